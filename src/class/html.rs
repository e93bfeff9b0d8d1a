//! The class report as one self-contained HTML page, to project or to mail: no script, no
//! network, no CDN. Charts are SVG drawn with `plotters` (its SVG backend only); the page is an
//! `askama` template (`templates/report.html`), which escapes every value from a result file.
//!
//! Charts: the best total per trainee and scenario, a heat map of the rules that cost the
//! most points × trainees, and the caller's mood over each trainee's last call of each
//! scenario. Each chart has a text alternative: the tables on the same page carry the same
//! figures.

use super::load::{Attempt, Class, DIMENSIONS};
use super::report::{Filter, Report, cut};
use crate::lang::Lang;
use crate::report::clean;
use crate::ui::{fmt, t};
use askama::Template;
use plotters::prelude::*;
use std::collections::BTreeMap;

/// Okabe–Ito: colours told apart with every common colour-vision deficiency.
const PALETTE: [RGBColor; 8] = [
    RGBColor(0, 114, 178),
    RGBColor(230, 159, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(213, 94, 0),
    RGBColor(120, 120, 120),
    RGBColor(0, 0, 0),
];
/// At most this many rules in the heat map, and mood curves on the page.
const HEAT_RULES: usize = 12;
const MOOD_CURVES: usize = 60;
const FONT: &str = "sans-serif";

fn hex(c: &RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// The translated strings a page needs, looked up by key from the template.
struct Tr(Lang);

impl Tr {
    fn t(&self, key: &str) -> String {
        t(self.0, key).to_string()
    }
}

struct RowView {
    trainee: String,
    scenario: String,
    title: String,
    attempts: usize,
    best: u32,
    last: u32,
    passed: bool,
    dims: Vec<u32>,
}

struct RuleView {
    rule: String,
    text: String,
    points: i64,
    attempts: usize,
    trainees: usize,
}

struct CriticalView {
    scenario: String,
    rule: String,
    text: String,
    count: usize,
    trainees: String,
}

struct Legend {
    colour: String,
    label: String,
}

struct MoodView {
    label: String,
    svg: String,
}

#[derive(Template)]
#[template(path = "report.html")]
struct Page {
    lang: String,
    tr: Tr,
    heading: String,
    summary: String,
    filter: String,
    dims: Vec<String>,
    rows: Vec<RowView>,
    rules: Vec<RuleView>,
    critical: Vec<CriticalView>,
    scores_svg: String,
    scores_legend: Vec<Legend>,
    heat_svg: String,
    heat_legend: String,
    moods: Vec<MoodView>,
    mood_legend: Vec<Legend>,
    skipped: usize,
}

/// The whole page.
pub fn render(
    report: &Report,
    class: &Class,
    filter: &Filter,
    lang: Lang,
) -> Result<String, askama::Error> {
    let scenarios: Vec<&str> = report.scenarios.iter().map(|s| s.id.as_str()).collect();
    let colour = |scenario: &str| {
        PALETTE[scenarios.iter().position(|s| *s == scenario).unwrap_or(0) % PALETTE.len()]
    };
    let filter_text = {
        let mut parts = Vec::new();
        if !filter.trainees.is_empty() {
            parts.push(format!(
                "{}: {}",
                t(lang, "report.col.trainee"),
                filter.trainees.join(", ")
            ));
        }
        if !filter.scenarios.is_empty() {
            parts.push(format!(
                "{}: {}",
                t(lang, "report.col.scenario"),
                filter.scenarios.join(", ")
            ));
        }
        if let Some(s) = &filter.since {
            parts.push(fmt(lang, "html.since", &[("since", s)]));
        }
        clean(&parts.join(" · "))
    };
    let page = Page {
        lang: lang.code().into(),
        tr: Tr(lang),
        heading: t(lang, "html.heading").into(),
        summary: fmt(
            lang,
            "html.summary",
            &[
                ("attempts", &report.attempts.to_string()),
                ("trainees", &report.trainees.len().to_string()),
                ("scenarios", &report.scenarios.len().to_string()),
            ],
        ),
        filter: filter_text,
        dims: DIMENSIONS
            .iter()
            .map(|d| t(lang, &format!("dim.{d}")).to_string())
            .collect(),
        rows: report
            .rows
            .iter()
            .map(|r| RowView {
                trainee: clean(&r.trainee),
                scenario: clean(&r.scenario),
                title: clean(&r.title),
                attempts: r.attempts,
                best: r.best,
                last: r.last,
                passed: r.passed,
                dims: DIMENSIONS.iter().map(|d| r.score.get(d)).collect(),
            })
            .collect(),
        rules: report
            .rules
            .iter()
            .take(HEAT_RULES)
            .map(|r| RuleView {
                rule: r.rule.clone(),
                text: super::report::rule_name(lang, &r.rule),
                points: r.points,
                attempts: r.attempts,
                trainees: r.trainees.len(),
            })
            .collect(),
        critical: report
            .critical
            .iter()
            .map(|c| CriticalView {
                scenario: clean(&c.scenario),
                rule: c.rule.clone(),
                text: super::report::rule_name(lang, &c.rule),
                count: c.count,
                trainees: clean(&c.trainees.join(", ")),
            })
            .collect(),
        scores_svg: scores_chart(report, lang, &colour),
        scores_legend: report
            .scenarios
            .iter()
            .map(|s| Legend {
                colour: hex(&colour(&s.id)),
                label: clean(&s.id),
            })
            .collect(),
        heat_svg: heat_map(report, lang),
        heat_legend: t(lang, "html.heat_legend").into(),
        moods: mood_curves(report, class, filter, lang),
        mood_legend: ["anger", "anxiety"]
            .iter()
            .enumerate()
            .map(|(i, m)| Legend {
                colour: hex(&PALETTE[i * 5 % PALETTE.len()]),
                label: t(lang, &format!("mood.{m}")).into(),
            })
            .collect(),
        skipped: report.skipped.len(),
    };
    page.render()
}

/// Gives an SVG from plotters an accessible name and lets it scale with the page.
fn accessible(svg: String, label: &str) -> String {
    let label = askama::filters::escape(label, askama::filters::Html)
        .map(|s| s.to_string())
        .unwrap_or_default();
    svg.replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{label}\" class=\"chart\" "),
        1,
    )
}

/// Best total per trainee, one bar per scenario, grouped by trainee.
fn scores_chart(report: &Report, lang: Lang, colour: &dyn Fn(&str) -> RGBColor) -> String {
    let trainees = &report.trainees;
    let n = trainees.len().max(1);
    let per_group = report.scenarios.len().max(1);
    let width = (160 + n * (per_group * 14 + 24)).clamp(480, 1400) as u32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, 320)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let names: Vec<String> = trainees.iter().map(|s| cut(&clean(s), 14)).collect();
        let label = |v: &f64| {
            let i = v.round();
            if (v - i).abs() < 0.01 && i >= 0.0 {
                names.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        };
        let Ok(mut chart) = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(36)
            .y_label_area_size(40)
            .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), 0f64..100f64)
        else {
            return String::new();
        };
        let _ = chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(n)
            .x_label_formatter(&label)
            .y_labels(6)
            .y_label_formatter(&|v| format!("{v:.0}"))
            .y_desc(t(lang, "html.axis.total"))
            .label_style((FONT, 13))
            .light_line_style(WHITE)
            .draw();
        let bar = 0.8 / per_group as f64;
        for (i, name) in trainees.iter().enumerate() {
            for (j, s) in report.scenarios.iter().enumerate() {
                let Some(row) = report
                    .rows
                    .iter()
                    .find(|r| &r.trainee == name && r.scenario == s.id)
                else {
                    continue;
                };
                let x0 = i as f64 - 0.4 + j as f64 * bar;
                let c = colour(&s.id);
                let style = if row.passed {
                    c.filled()
                } else {
                    c.mix(0.45).filled()
                };
                let _ = chart.draw_series(std::iter::once(Rectangle::new(
                    [(x0 + 0.01, 0.0), (x0 + bar - 0.01, f64::from(row.best))],
                    style,
                )));
            }
        }
        let _ = root.present();
    }
    accessible(svg, t(lang, "html.scores"))
}

/// Rules × trainees: points lost, darker for more.
fn heat_map(report: &Report, lang: Lang) -> String {
    let rules: Vec<&super::report::RuleCost> = report.rules.iter().take(HEAT_RULES).collect();
    if rules.is_empty() {
        return String::new();
    }
    let trainees = &report.trainees;
    let (n, m) = (trainees.len().max(1), rules.len());
    let width = (200 + n * 70).clamp(420, 1400) as u32;
    let height = (70 + m * 28) as u32;
    let max = rules
        .iter()
        .flat_map(|r| r.trainees.values())
        .copied()
        .max()
        .unwrap_or(1)
        .max(1);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let names: Vec<String> = trainees.iter().map(|s| cut(&clean(s), 10)).collect();
        let rule_names: Vec<String> = rules.iter().map(|r| r.rule.clone()).collect();
        let pick = |list: &[String], v: &f64| {
            let i = v.round();
            if (v - i).abs() < 0.01 && i >= 0.0 {
                list.get(i as usize).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        };
        let xl = |v: &f64| pick(&names, v);
        let yl = |v: &f64| pick(&rule_names, &(m as f64 - 1.0 - v));
        let Ok(mut chart) = ChartBuilder::on(&root)
            .margin(10)
            .x_label_area_size(30)
            .y_label_area_size(170)
            .build_cartesian_2d(-0.5f64..(n as f64 - 0.5), -0.5f64..(m as f64 - 0.5))
        else {
            return String::new();
        };
        let _ = chart
            .configure_mesh()
            .disable_mesh()
            .x_labels(n)
            .y_labels(m)
            .x_label_formatter(&xl)
            .y_label_formatter(&yl)
            .label_style((FONT, 12))
            .draw();
        for (j, r) in rules.iter().enumerate() {
            let y = (m - 1 - j) as f64;
            for (i, name) in trainees.iter().enumerate() {
                let lost = r.trainees.get(name).copied().unwrap_or(0);
                let share = lost as f64 / max as f64;
                // From white to a deep red.
                let shade = |full: u8| (255.0 - (255.0 - f64::from(full)) * share) as u8;
                let fill = RGBColor(shade(178), shade(34), shade(34));
                let _ = chart.draw_series(std::iter::once(Rectangle::new(
                    [(i as f64 - 0.48, y - 0.46), (i as f64 + 0.48, y + 0.46)],
                    fill.filled(),
                )));
                if lost > 0 {
                    let ink = if share > 0.5 { WHITE } else { BLACK };
                    let style = TextStyle::from((FONT, 12).into_font()).color(&ink).pos(
                        plotters::style::text_anchor::Pos::new(
                            plotters::style::text_anchor::HPos::Center,
                            plotters::style::text_anchor::VPos::Center,
                        ),
                    );
                    let _ = chart.draw_series(std::iter::once(Text::new(
                        format!("-{lost}"),
                        (i as f64, y),
                        style,
                    )));
                }
            }
        }
        let _ = root.present();
    }
    accessible(svg, t(lang, "html.heat"))
}

/// The caller's mood over the last call of each trainee in each scenario.
fn mood_curves(report: &Report, class: &Class, filter: &Filter, lang: Lang) -> Vec<MoodView> {
    let mut last: BTreeMap<(String, String), &Attempt> = BTreeMap::new();
    for a in class.attempts.iter().filter(|a| filter.keep(a)) {
        last.insert((a.trainee.trim().to_lowercase(), a.scenario.clone()), a);
    }
    report
        .rows
        .iter()
        .filter_map(|r| last.get(&(r.trainee.trim().to_lowercase(), r.scenario.clone())))
        .take(MOOD_CURVES)
        .map(|a| {
            let label = fmt(
                lang,
                "html.mood_of",
                &[
                    ("trainee", &clean(&a.trainee)),
                    ("scenario", &clean(&a.scenario)),
                    ("started", &a.started_at),
                    ("total", &a.score.total.to_string()),
                    ("outcome", t(lang, &format!("outcome.{}", a.outcome))),
                ],
            );
            MoodView {
                svg: mood_chart(a, lang, &label),
                label,
            }
        })
        .collect()
}

fn mood_chart(a: &Attempt, lang: Lang, label: &str) -> String {
    let turns = a.mood.len().max(2);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (640, 240)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let Ok(mut chart) = ChartBuilder::on(&root)
            .margin(10)
            .x_label_area_size(34)
            .y_label_area_size(40)
            .build_cartesian_2d(1u32..turns as u32, 0i64..100i64)
        else {
            return String::new();
        };
        let _ = chart
            .configure_mesh()
            .x_desc(t(lang, "word.turn"))
            .y_desc(t(lang, "html.axis.mood"))
            .label_style((FONT, 12))
            .light_line_style(RGBColor(240, 240, 240))
            .draw();
        for (i, dim) in ["anger", "anxiety"].iter().enumerate() {
            let points: Vec<(u32, i64)> = a
                .mood
                .iter()
                .enumerate()
                .filter_map(|(n, m)| m.get(*dim).map(|v| (n as u32 + 1, *v)))
                .collect();
            if points.is_empty() {
                continue;
            }
            let c = PALETTE[i * 5 % PALETTE.len()];
            let _ = chart.draw_series(LineSeries::new(points, c.stroke_width(3)));
        }
        let _ = root.present();
    }
    accessible(svg, label)
}
