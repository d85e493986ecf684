//! Practice history and progress: past OA sessions with their reports, problems solved by topic
//! and difficulty, days practised, OA scores over time, and the data's export, import and reset.

use std::collections::{BTreeMap, BTreeSet};

use yew::prelude::*;

use super::StateRef;
use crate::backup::{Backup, FORMAT};
use crate::catalog::problem_key;
use crate::download::download;
use crate::records::Status;
use crate::state::{Action, Confirm, Route};

/// The history page's props.
#[derive(Properties, PartialEq)]
pub(crate) struct HistoryProps {
    /// The app's state.
    pub state: StateRef,
    /// Reports actions.
    pub on_action: Callback<Action>,
    /// An export file was picked for import.
    pub on_import: Callback<Event>,
}

fn day(ms: f64) -> String {
    let date = js_sys::Date::new(&ms.into());
    format!("{:04}-{:02}-{:02}", date.get_full_year(), date.get_month() + 1, date.get_date())
}

/// The history page.
#[component]
pub(crate) fn History(props: &HistoryProps) -> Html {
    let state = &props.state;
    let mut sessions: Vec<_> = state.sessions.values().cloned().collect();
    sessions.sort_by(|a, b| a.started_at.total_cmp(&b.started_at));

    // Solved problems by topic and by difficulty.
    let mut by_topic: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut by_difficulty: BTreeMap<Option<pyprep_pack::Difficulty>, (usize, usize)> = BTreeMap::new();
    for loaded in &state.catalog.packs {
        for p in &loaded.pack.problems {
            let solved = usize::from(state.status(&problem_key(&loaded.pack.id, &p.id)) == Status::Solved);
            for t in &p.topics {
                let e = by_topic.entry(t.clone()).or_default();
                e.0 += solved;
                e.1 += 1;
            }
            let e = by_difficulty.entry(p.difficulty).or_default();
            e.0 += solved;
            e.1 += 1;
        }
    }
    let mut days: BTreeSet<String> = BTreeSet::new();
    for r in state.results.values() {
        days.insert(day(r.at_ms));
    }
    for s in &sessions {
        days.insert(day(s.started_at));
    }
    for r in state.records.values() {
        if let Some(c) = &r.clock {
            if let Some(since) = c.running_since {
                days.insert(day(since));
            }
        }
    }

    let export = {
        let state = state.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            let backup = Backup {
                format: FORMAT.into(),
                version: 1,
                exported_at: js_sys::Date::now(),
                records: state.records.iter().map(|(k, v)| (k.clone(), (**v).clone())).collect(),
                sessions: state.sessions.iter().map(|(k, v)| (k.clone(), (**v).clone())).collect(),
            };
            let json = serde_json::to_string_pretty(&backup).unwrap_or_default();
            if let Err(e) = download("pyprep-data.json", "application/json", &json) {
                on_action.emit(Action::StorageFailed(e));
            }
        })
    };
    let solved_total = state.records.values().filter(|r| r.status == Status::Solved).count();
    let bar = |(name, (solved, total)): (String, (usize, usize))| {
        let width = if total == 0 { 0.0 } else { solved as f64 / total as f64 * 100.0 };
        html! {
            <li class="progress-row">
                <span class="progress-name">{ name }</span>
                <span class="progress-bar"><span class="progress-fill" style={format!("width: {width:.0}%")}></span></span>
                <span class="muted">{ format!("{solved}/{total}") }</span>
            </li>
        }
    };
    html! {
        <section class="page history" data-testid="history">
            <h1>{ "History and progress" }</h1>
            <div class="stats">
                <div class="stat"><strong data-testid="solved-count">{ solved_total }</strong><span>{ "problems solved" }</span></div>
                <div class="stat"><strong data-testid="days-count">{ days.len() }</strong><span>{ "days practised" }</span></div>
                <div class="stat"><strong>{ sessions.len() }</strong><span>{ "mock OAs" }</span></div>
            </div>
            <h2>{ "OA scores over time" }</h2>
            { chart(&sessions.iter().map(|s| if s.max_total() > 0.0 { s.total() / s.max_total() * 100.0 } else { 0.0 }).collect::<Vec<_>>()) }
            <ul class="session-list">
                { for sessions.iter().rev().map(|s| {
                    let id = s.id.clone();
                    let open = props.on_action.reform(move |_| Action::Navigate(if id.is_empty() { Route::History } else { Route::Report(id.clone()) }));
                    html! {
                        <li class="session-entry" data-testid={format!("session-{}", s.id)}>
                            <button class="problem-link" onclick={open}>
                                <span class="problem-title">{ &s.title }</span>
                                <span class="muted">{ day(s.started_at) }</span>
                                <span class="score">{ format!("{} / {}", s.total(), s.max_total()) }</span>
                                <span class="muted">{ if s.active() { "running" } else { "ended" } }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
            if sessions.is_empty() { <p class="muted">{ "No mock OA yet: start one from an OA set on the problems page." }</p> }
            <div class="progress-grid">
                <div><h2>{ "Solved by difficulty" }</h2><ul class="progress-list">{ for by_difficulty.into_iter().map(|(k, v)| bar((k.map_or("unrated", |d| d.name()).to_string(), v))) }</ul></div>
                <div><h2>{ "Solved by topic" }</h2><ul class="progress-list">{ for by_topic.into_iter().map(bar) }</ul></div>
            </div>
            <h2>{ "Your data" }</h2>
            <p class="muted">{ "Everything stays in this browser. Export it to one JSON file to move it to another machine; importing replaces what is here." }</p>
            <div class="report-actions">
                <button class="button button-secondary" data-testid="export-data" onclick={export}>{ "Export all data" }</button>
                <label class="button button-secondary file-button">{ "Import data" }
                    <input type="file" accept=".json,application/json" hidden=true data-testid="import-data" onchange={props.on_import.clone()} />
                </label>
                <button class="button button-danger" data-testid="clear-data" onclick={props.on_action.reform(|_| Action::Ask(Confirm::ClearData))}>{ "Clear all data" }</button>
            </div>
        </section>
    }
}

/// A small line chart of OA scores (percent), oldest first.
fn chart(scores: &[f64]) -> Html {
    if scores.is_empty() {
        return html! {};
    }
    let (w, h) = (480.0, 120.0);
    let (left, right) = (44.0, w - 10.0);
    let step = if scores.len() > 1 { (right - left) / (scores.len() - 1) as f64 } else { 0.0 };
    let first = if scores.len() > 1 { left } else { (left + right) / 2.0 };
    let points: Vec<(f64, f64)> =
        scores.iter().enumerate().map(|(i, s)| (first + i as f64 * step, h - 10.0 - s / 100.0 * (h - 20.0))).collect();
    let line = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    html! {
        <svg class="score-chart" viewBox={format!("0 0 {w} {h}")} role="img" aria-label="OA scores over time, in percent">
            <line x1={format!("{left}")} y1={format!("{}", h - 10.0)} x2={format!("{right}")} y2={format!("{}", h - 10.0)} class="axis" />
            <line x1={format!("{left}")} y1="10" x2={format!("{right}")} y2="10" class="axis axis-top" />
            <text x="4" y="14" class="chart-label">{ "100%" }</text>
            <text x="4" y={format!("{}", h - 6.0)} class="chart-label">{ "0%" }</text>
            <polyline points={line} class="score-line" fill="none" />
            { for points.iter().zip(scores).map(|((x, y), s)| html! {
                <g>
                    <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="4" class="score-dot"><title>{ format!("{s:.0}%") }</title></circle>
                    <text x={format!("{x:.1}")} y={format!("{:.1}", (y - 8.0).max(10.0))} class="chart-value" text-anchor="middle">{ format!("{s:.0}%") }</text>
                </g>
            }) }
        </svg>
    }
}
