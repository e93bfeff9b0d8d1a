//! `deskdrill understand`: the acts heard in a line, or measured over a labelled corpus.

use super::{Common, compile_lexicon, default_lang, library};
use crate::class::commands as class;
use crate::evaluate;
use crate::fsio;
use crate::lang::Lang;
use crate::understanding::{self, Act};
use anyhow::{Result, anyhow};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How to answer.
pub(super) struct Options {
    pub json: bool,
    pub explain: bool,
    pub layers: understanding::Layers,
    pub leave_out: bool,
}

pub(super) fn run(
    common: &Common,
    scenario: Option<String>,
    opts: Options,
    evaluate: Option<PathBuf>,
    text: Vec<String>,
) -> Result<ExitCode> {
    let Options {
        json,
        explain,
        layers,
        leave_out,
    } = opts;
    let corpus = match &evaluate {
        Some(path) => Some(fsio::read_text(
            fsio::Input::Path(path),
            fsio::MAX_CORPUS_BYTES,
        )?),
        None => None,
    };
    let lang = corpus_lang(common.lang, evaluate.as_deref(), corpus.as_deref())?;
    let scenario = match scenario {
        Some(name) => Some(library(common).find(&name)?),
        None => None,
    };
    let mut lexicon = compile_lexicon(
        lang,
        scenario.as_ref(),
        class::set(common.scenarios.clone()).as_deref(),
    )?;
    lexicon.set_layers(layers);
    lexicon.set_leave_out(leave_out);
    let mut out = io::BufWriter::new(io::stdout().lock());
    if let (Some(path), Some(corpus)) = (evaluate, corpus) {
        let report = evaluate::evaluate(&lexicon, &corpus)
            .map_err(|e| anyhow!("{}: {e}", path.display()))?;
        write!(out, "{}", report.render())?;
        if !leave_out {
            warn_learned(&lexicon, &corpus, report.total);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let answer = |out: &mut dyn Write, line: &str| -> Result<()> {
        if explain {
            let why = lexicon.explain(line);
            if json {
                let v =
                    serde_json::json!({"text": line, "acts": why.acts, "explain": why.to_json()});
                writeln!(out, "{}", serde_json::to_string(&v)?)?;
            } else {
                write!(out, "{}", why.render())?;
            }
            return Ok(());
        }
        let acts = lexicon.understand(line);
        if json {
            writeln!(
                out,
                "{}",
                serde_json::to_string(&serde_json::json!({"text": line, "acts": acts}))?
            )?;
        } else {
            let labels: Vec<String> = acts.iter().map(Act::label).collect();
            writeln!(
                out,
                "{}",
                if labels.is_empty() {
                    "-".to_string()
                } else {
                    labels.join("  ")
                }
            )?;
        }
        Ok(())
    };
    if text.is_empty() {
        let mut input = io::stdin().lock();
        let mut n = 0;
        while let Some(line) =
            fsio::read_line(&mut input, "standard input", n + 1, fsio::MAX_LINE_BYTES)?
        {
            n += 1;
            answer(&mut out, &line)?;
        }
    } else {
        answer(&mut out, &text.join(" "))?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The language to hear in: the one asked for, else the one an evaluated corpus's lines say
/// they are in, else the default. Lines labelled in one language and heard in another would
/// measure nothing, so asking for that is an error.
fn corpus_lang(asked: Option<Lang>, path: Option<&Path>, corpus: Option<&str>) -> Result<Lang> {
    let (Some(path), Some(corpus)) = (path, corpus) else {
        return Ok(default_lang(asked));
    };
    let labelled = evaluate::corpus_lang(corpus).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    match (asked, labelled) {
        (Some(asked), Some(labelled)) if asked != labelled => Err(anyhow!(
            "{}: the lines are in {labelled}, but --lang {asked} was asked for; \
             leave out --lang to hear them in {labelled}",
            path.display()
        )),
        (asked, labelled) => Ok(labelled.unwrap_or_else(|| default_lang(asked))),
    }
}

/// Says on stderr when the evaluated lines are lines deskdrill learns from: their figure says
/// nothing about unseen speech unless each line leaves itself out.
fn warn_learned(lexicon: &understanding::Lexicon, corpus: &str, total: usize) {
    let values: Vec<serde_json::Value> = corpus
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let texts: Vec<&str> = values.iter().filter_map(|v| v["text"].as_str()).collect();
    let known = lexicon.learned_from(&texts);
    if known > 0 {
        eprintln!(
            "note: {known} of these {total} lines are lines deskdrill learns from; \
             add --leave-one-out for a figure as on unseen lines"
        );
    }
}
