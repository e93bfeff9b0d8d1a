//! Speed, measured: understanding 10,000 utterances, startup (lexicons compiled and scenarios
//! loaded), one whole scripted call with its scoring, and 1,000 explored random calls. Run with `cargo bench --features bench --bench speed`.

use criterion::{Criterion, criterion_group, criterion_main};
use deskdrill::authoring::{explore, pool::Pool};
use deskdrill::lang::Lang;
use deskdrill::scenario;
use deskdrill::selftest;
use deskdrill::understanding::{self, Lexicon};
use std::hint::black_box;
use std::sync::Arc;

fn corpus_lines(lang: Lang) -> Vec<String> {
    let text =
        std::fs::read_to_string(format!("tests/corpus/{}.jsonl", lang.code())).expect("corpus");
    text.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

fn bench(c: &mut Criterion) {
    for lang in Lang::ALL {
        let lexicon = Lexicon::compile(&understanding::builtin(lang).unwrap(), &[]).unwrap();
        let lines = corpus_lines(lang);
        let ten_thousand: Vec<&String> = lines.iter().cycle().take(10_000).collect();
        // Per line, the slowest matter: median and 99th percentile over the corpus lines.
        let mut times: Vec<f64> = lines
            .iter()
            .map(|line| {
                let start = std::time::Instant::now();
                for _ in 0..5 {
                    black_box(lexicon.understand(line));
                }
                start.elapsed().as_secs_f64() / 5.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let at = |q: f64| times[((times.len() - 1) as f64 * q) as usize] * 1e3;
        eprintln!(
            "one line ({lang}): median {:.3} ms, p99 {:.3} ms, max {:.3} ms",
            at(0.5),
            at(0.99),
            at(1.0)
        );
        c.bench_function(&format!("understand 10k utterances ({lang})"), |b| {
            b.iter(|| {
                for line in &ten_thousand {
                    black_box(lexicon.understand(line));
                }
            })
        });
    }
    c.bench_function(
        "startup: compile both lexicons, load the shipped scenarios",
        |b| {
            b.iter(|| {
                for lang in Lang::ALL {
                    black_box(
                        Lexicon::compile(&understanding::builtin(lang).unwrap(), &[]).unwrap(),
                    );
                }
                for (name, text) in scenario::SHIPPED {
                    black_box(scenario::load_str(text, name).unwrap());
                }
            })
        },
    );
    let s = Arc::new(scenario::load_str(scenario::SHIPPED[0].1, "impostor").unwrap());
    let lexicon = Arc::new(
        Lexicon::compile(
            &understanding::builtin(Lang::En).unwrap(),
            &[s.understanding.get(&Lang::En).unwrap()],
        )
        .unwrap(),
    );
    let test = s.tests.iter().find(|t| t.lang == Lang::En).unwrap().clone();
    c.bench_function("one scripted impostor call, scored", |b| {
        b.iter(|| {
            black_box(selftest::play(
                &s,
                Arc::clone(&lexicon),
                Lang::En,
                test.seed,
                &test.script,
            ))
        })
    });
    let pool = Pool::new(
        &s,
        Lang::En,
        &understanding::builtin(Lang::En).unwrap().facts,
    );
    let plan = explore::Plan {
        calls: 1000,
        seed: 0,
        max_turns: 60,
        threads: 1,
    };
    c.bench_function("explore 1,000 random impostor calls (one thread)", |b| {
        b.iter(|| black_box(explore::explore(&s, &lexicon, Lang::En, &pool, plan)))
    });
}

criterion_group! {
    name = speed;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(speed);
