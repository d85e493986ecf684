//! The report of an OA session: the score, each problem's groups passed and failed with the
//! pack's hints, the timeline of submissions and notes, the final code, exports and printing.

use std::rc::Rc;

use yew::prelude::*;

use super::StateRef;
use crate::download::download;
use crate::oa::{OaSession, TimelineWhat, group_results, markdown};
use crate::state::{Action, Route};
use crate::timer::stamp;

/// The report's props.
#[derive(Properties, PartialEq)]
pub(crate) struct OaReportProps {
    /// The session's id.
    pub session: String,
    /// The app's state.
    pub state: StateRef,
    /// Reports actions.
    pub on_action: Callback<Action>,
}

/// The session report.
#[component]
pub(crate) fn OaReport(props: &OaReportProps) -> Html {
    let reveal = use_state(|| false);
    let Some(session) = props.state.sessions.get(&props.session).cloned() else {
        return html! { <section class="page"><p>{ "This session is not stored in this browser." }</p></section> };
    };
    let total = session.total();
    let max = session.max_total();
    let percent = if max > 0.0 { (total / max * 1000.0).round() / 10.0 } else { 0.0 };
    let export_md = {
        let session = session.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Err(e) = download(&format!("pyprep-oa-{}.md", session.id), "text/markdown", &markdown(&session)) {
                on_action.emit(Action::StorageFailed(e));
            }
        })
    };
    let export_json = {
        let session = session.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            let json = serde_json::to_string_pretty(&*session).unwrap_or_default();
            if let Err(e) = download(&format!("pyprep-oa-{}.json", session.id), "application/json", &json) {
                on_action.emit(Action::StorageFailed(e));
            }
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
    let can_reveal = !session.active()
        && session.problems.iter().any(|p| props.state.catalog.problem(&p.key).is_some_and(|(_, q)| q.reveal_hidden));
    html! {
        <section class="page oa-report" data-testid="oa-report" data-score={format!("{total}")} data-max-score={format!("{max}")}>
            <header class="report-head">
                <h1>{ format!("Report: {}", session.title) }</h1>
                if session.active() {
                    <p class="banner banner-info">{ "The session is still running; this is the report so far." }</p>
                } else if !session.finalised {
                    <p class="banner banner-info">{ "Submitting every problem with its last code…" }</p>
                }
                <p class="report-score"><strong>{ format!("{total} / {max}") }</strong>{ format!(" ({percent}%)") }</p>
                <p class="muted">{ format!(
                    "{} min session · used {} · {}",
                    session.minutes,
                    stamp(session.elapsed_ms(js_sys::Date::now())),
                    if session.expired { "ended when time ran out" } else if session.active() { "running" } else { "ended early" }
                ) }</p>
                <div class="report-actions no-print">
                    <button class="button button-secondary" data-testid="export-md" onclick={export_md}>{ "Export Markdown" }</button>
                    <button class="button button-secondary" data-testid="export-json" onclick={export_json}>{ "Export JSON" }</button>
                    <button class="button button-ghost" onclick={print}>{ "Print" }</button>
                    if can_reveal {
                        <button class="button button-ghost" data-testid="reveal-hidden" onclick={{ let reveal = reveal.clone(); Callback::from(move |_| reveal.set(!*reveal)) }}>
                            { if *reveal { "Hide hidden tests" } else { "Reveal hidden tests" } }
                        </button>
                    }
                    <button class="button button-ghost" onclick={props.on_action.reform(|_| Action::Navigate(Route::History))}>{ "All sessions" }</button>
                </div>
            </header>
            { problems(&session, &props.state, *reveal) }
            { timeline(&session) }
        </section>
    }
}

fn problems(session: &Rc<OaSession>, state: &StateRef, reveal: bool) -> Html {
    let rows = session.problems.iter().map(|p| {
        let id = p.key.split_once('/').map_or(p.key.as_str(), |(_, id)| id);
        let groups = group_results(p).into_iter().map(|(group, passed, total, hint)| {
            let ok = passed == total;
            html! {
                <li class={classes!("group", if ok { "group-passed" } else { "group-failed" })} data-group={group.clone()}>
                    <span class={classes!("verdict", if ok { "verdict-AC" } else { "verdict-WA" })}>{ if ok { "passed" } else { "failed" } }</span>
                    { " " }<strong>{ group.replace(['-', '_'], " ") }</strong>{ format!(" {passed}/{total}") }
                    if let (false, Some(hint)) = (ok, hint) { <span class="hint">{ format!(" — {hint}") }</span> }
                </li>
            }
        });
        let hidden = reveal
            .then(|| state.catalog.problem(&p.key).filter(|(_, q)| q.reveal_hidden))
            .flatten()
            .map(|(_, q)| {
                html! {
                    <details open=true><summary>{ "Hidden tests' inputs" }</summary>
                        { for q.tests.iter().filter(|t| !t.sample).map(|t| html! {
                            <div><h4>{ &t.name }</h4><pre class="io">{ &t.input }</pre></div>
                        }) }
                    </details>
                }
            });
        html! {
            <section class="report-problem" data-testid={format!("oa-problem-{id}")} data-best={format!("{}", p.best_score())}
                data-last={format!("{}", p.last_score())} data-submissions={p.submissions.len().to_string()}>
                <h2>{ &p.title }</h2>
                <p>{ format!("Best {} · last {} · {} submission{} · {} on this problem", p.best_score(), p.last_score(),
                    p.submissions.len(), if p.submissions.len() == 1 { "" } else { "s" }, stamp(p.time_ms)) }</p>
                if p.submissions.is_empty() { <p class="muted">{ "Not submitted." }</p> }
                <ul class="groups">{ for groups }</ul>
                { for hidden }
                <details><summary>{ "Final code" }</summary><pre class="io final-code">{ &p.code }</pre></details>
            </section>
        }
    });
    html! { <>{ for rows }</> }
}

fn timeline(session: &OaSession) -> Html {
    let entries = session.timeline().into_iter().map(|e| {
        let title = session.problems[e.problem].title.clone();
        let body = match e.what {
            TimelineWhat::Submission { verdict, score, passed, total, automatic } => html! {
                <>
                    <span class={classes!("verdict", format!("verdict-{verdict}"))}>{ verdict.to_string() }</span>
                    { format!(" submitted{}: {passed}/{total} tests, score {score}", if automatic { " automatically at the end" } else { "" }) }
                </>
            },
            TimelineWhat::Note(text) => html! { <><span class="note-badge">{ "note" }</span>{ " " }<span class="note-text">{ text }</span></> },
        };
        html! {
            <li class="timeline-entry">
                <span class="note-time">{ stamp(e.elapsed_ms) }</span>
                <span class="timeline-problem">{ title }</span>
                <span class="timeline-body">{ body }</span>
            </li>
        }
    });
    html! {
        <section class="report-timeline" data-testid="oa-timeline">
            <h2>{ "Timeline" }</h2>
            <ol class="timeline">{ for entries }</ol>
        </section>
    }
}
