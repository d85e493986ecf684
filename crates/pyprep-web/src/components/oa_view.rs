//! A running (or ending) OA session: one clock for the whole session, tabs for its problems,
//! and for the open problem the statement, the editor with Run and Submit, results and notes.

use yew::prelude::*;

use super::StateRef;
use super::custom_tests::CustomTests;
use super::editor::Editor;
use super::notes::Notes;
use super::results::Results;
use super::statement::Statement;
use crate::hooks::use_now;
use crate::records::{LastResult, RunKind};
use crate::state::{Action, Confirm, JudgeStatus, Tab, Theme, oa_result_key};
use crate::timer::clock;

/// The session view's props.
#[derive(Properties, PartialEq)]
pub(crate) struct OaViewProps {
    /// The session's id.
    pub session: String,
    /// The app's state.
    pub state: StateRef,
    /// Reports actions.
    pub on_action: Callback<Action>,
    /// Starts a Run or a Submit of the session's current problem.
    pub on_judge: Callback<RunKind>,
}

/// The session view.
#[component]
pub(crate) fn OaView(props: &OaViewProps) -> Html {
    let now = use_now();
    let state = &props.state;
    let Some(session) = state.sessions.get(&props.session).cloned() else {
        return html! { <section class="page"><p>{ "This session is not stored in this browser." }</p></section> };
    };
    let index = session.current.min(session.problems.len().saturating_sub(1));
    let Some(current) = session.problems.get(index) else { return html! {} };
    let problem = state.catalog.problem(&current.key).map(|(_, p)| p.clone());
    let active = session.active();
    let remaining = session.remaining_ms(now);
    let urgency = if !active {
        Some("timer-over")
    } else if remaining <= 60_000.0 {
        Some("timer-critical")
    } else if remaining <= 300_000.0 {
        Some("timer-warn")
    } else {
        None
    };
    let ready = matches!(state.judge, JudgeStatus::Ready) && active;
    let id = session.id.clone();

    let tabs = session.problems.iter().enumerate().map(|(i, p)| {
        let id = id.clone();
        let select = props.on_action.reform(move |_: MouseEvent| Action::OaSwitch { session: id.clone(), index: i, now: js_sys::Date::now() });
        let score = p.best_score();
        html! {
            <button class={classes!("tab", (i == index).then_some("active"))} role="tab" aria-selected={(i == index).to_string()}
                data-testid={format!("oa-tab-{}", i + 1)} onclick={select}>
                { format!("{}. {}", i + 1, p.title) }
                if !p.submissions.is_empty() { <span class="tab-count">{ format!("{score}") }</span> }
            </button>
        }
    });
    let end = {
        let id = id.clone();
        props.on_action.reform(move |_: MouseEvent| Action::Ask(Confirm::EndOa(id.clone())))
    };
    let on_change = {
        let id = id.clone();
        props.on_action.reform(move |code: String| Action::OaEdit { session: id.clone(), index, code })
    };
    let run = props.on_judge.reform(|_: ()| RunKind::Run);
    let submit = props.on_judge.reform(|_: ()| RunKind::Submit);
    let result_key = oa_result_key(&id, index);
    let last: Option<std::rc::Rc<LastResult>> = state.results.get(&result_key).cloned();
    // A problem's own tests are the candidate's, shared between practice and sessions.
    let custom = state.records.get(&current.key).map(|r| r.custom_tests.clone()).unwrap_or_default();
    let tab = |which: Tab, label: String| {
        let active = state.tab == which;
        html! {
            <button class={classes!("tab", active.then_some("active"))} role="tab" aria-selected={active.to_string()}
                onclick={props.on_action.reform(move |_| Action::SetTab(which))}>{ label }</button>
        }
    };

    html! {
        <section class="oa-session" data-testid="oa-session">
            <div class="oa-bar">
                <strong class="oa-title">{ &session.title }</strong>
                <div class="tabs oa-tabs" role="tablist">{ for tabs }</div>
                <span class="spacer"></span>
                <div class={classes!("timer", "oa-clock", urgency)} data-testid="oa-clock" data-remaining-ms={format!("{remaining:.0}")}>
                    <span class="timer-time">{ clock(remaining) }</span>
                    if !active { <span class="timer-note">{ if session.finalised { "ended" } else { "submitting…" } }</span> }
                </div>
                if active {
                    <button class="button button-danger" data-testid="oa-end" onclick={end}>{ "End now" }</button>
                }
            </div>
            if !active {
                <div class="banner banner-info" role="status">{
                    if session.finalised {
                        "The session has ended and editing is locked. Its report is on the History page."
                    } else {
                        "The session has ended: editing is locked and every problem is being submitted with its last code."
                    }
                }</div>
            }
            <div class="workspace">
                <aside class="pane statement-pane" aria-label="Problem statement">
                    <div class="statement-head"><h1 class="problem-heading">{ &current.title }</h1></div>
                    if let Some(problem) = problem.clone() { <Statement problem={problem} /> }
                </aside>
                <section class="pane editor-pane">
                    <div class="toolbar">
                        <span class="muted">{ format!(
                            "Best {} · last {} · {} submission{}",
                            current.best_score(),
                            current.last_score(),
                            current.submissions.len(),
                            if current.submissions.len() == 1 { "" } else { "s" }
                        ) }</span>
                        <span class="spacer"></span>
                        <button class="button button-secondary" data-testid="run" disabled={!ready} onclick={run.reform(|_: MouseEvent| ())}>
                            { "Run" }<kbd>{ "Ctrl+Enter" }</kbd>
                        </button>
                        <button class="button button-primary" data-testid="submit" disabled={!ready} onclick={submit.reform(|_: MouseEvent| ())}>{ "Submit" }</button>
                    </div>
                    <Editor
                        problem_key={result_key.clone()}
                        code={current.code.clone()}
                        generation={0}
                        dark={state.theme == Theme::Dark}
                        goto_line={state.goto_line}
                        on_change={on_change}
                        on_run={run}
                        on_submit={submit}
                        read_only={!active}
                    />
                    <div class="bottom-panel">
                        <div class="tabs" role="tablist">
                            { tab(Tab::Results, "Results".to_string()) }
                            { tab(Tab::CustomTests, format!("Custom tests ({})", custom.len())) }
                        </div>
                        if state.tab == Tab::Results {
                            <Results
                                live={state.live.clone().filter(|l| l.key == result_key)}
                                last={last}
                                judge={state.judge.clone()}
                                on_goto={props.on_action.reform(Action::GotoLine)}
                            />
                        } else if let Some(problem) = problem.clone() {
                            <CustomTests problem_key={current.key.clone()} style={problem.style.clone()}
                                tests={custom.clone()} on_action={props.on_action.clone()} />
                        }
                    </div>
                </section>
                <Notes notes={current.notes.clone()} on_remove={None::<Callback<usize>>}
                    on_add={{ let id = id.clone(); props.on_action.reform(move |text| Action::OaNote { session: id.clone(), index, text, now: js_sys::Date::now() }) }} />
            </div>
        </section>
    }
}
