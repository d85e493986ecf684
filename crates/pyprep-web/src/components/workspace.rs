//! The problem view: statement, editor with its toolbar and results, and the notes pane.

use yew::prelude::*;

use super::StateRef;
use super::custom_tests::CustomTests;
use super::editor::Editor;
use super::notes::Notes;
use super::results::Results;
use super::statement::Statement;
use super::timer::Timer;
use crate::records::RunKind;
use crate::state::{Action, Confirm, JudgeStatus, Tab};

/// The problem view's props.
#[derive(Properties, PartialEq)]
pub(crate) struct WorkspaceProps {
    /// The problem's key.
    pub problem_key: String,
    /// The app's state.
    pub state: StateRef,
    /// Reports actions.
    pub on_action: Callback<Action>,
    /// Starts a Run or a Submit.
    pub on_judge: Callback<RunKind>,
}

/// The problem view.
#[component]
pub(crate) fn Workspace(props: &WorkspaceProps) -> Html {
    let state = &props.state;
    let key = props.problem_key.clone();
    let Some((pack, problem)) = state.catalog.problem(&key) else { return html! {} };
    let record = state.records.get(&key).cloned().unwrap_or_default();
    let ready = matches!(state.judge, JudgeStatus::Ready);
    let running_here = matches!(&state.judge, JudgeStatus::Running { key: k, .. } if *k == key);
    let difficulty = problem.difficulty.map(|d| d.name()).unwrap_or("unrated");

    let on_change = {
        let key = key.clone();
        props.on_action.reform(move |code: String| Action::Edit { key: key.clone(), code })
    };
    let run = props.on_judge.reform(|_: ()| RunKind::Run);
    let submit = props.on_judge.reform(|_: ()| RunKind::Submit);
    let reset = {
        let key = key.clone();
        props.on_action.reform(move |_: MouseEvent| Action::Ask(Confirm::ResetStarter(key.clone())))
    };
    let tab = |which: Tab, label: Html| {
        let active = state.tab == which;
        html! {
            <button class={classes!("tab", active.then_some("active"))} role="tab" aria-selected={active.to_string()}
                onclick={props.on_action.reform(move |_| Action::SetTab(which))}>{ label }</button>
        }
    };
    let custom_count = record.custom_tests.len();

    html! {
        <section class="workspace">
            <aside class="pane statement-pane" aria-label="Problem statement">
                <header class="pane-head">
                    <button class="button button-ghost back" onclick={props.on_action.reform(|_| Action::Back)}>{ "← Problems" }</button>
                </header>
                <div class="statement-head">
                    <h1 class="problem-heading">{ &problem.name }</h1>
                    <span class={classes!("badge", format!("badge-{difficulty}"))}>{ difficulty }</span>
                    <span class="muted">{ format!("{} · {}", pack.title, problem.style.name()) }</span>
                </div>
                <Statement problem={problem.clone()} />
            </aside>
            <section class="pane editor-pane">
                <div class="toolbar">
                    <Timer problem_key={key.clone()} clock={record.clock.clone()} on_action={props.on_action.clone()} />
                    <span class="spacer"></span>
                    <button class="button button-ghost" onclick={reset} data-testid="reset">{ "Reset to starter" }</button>
                    <button class="button button-secondary" data-testid="run" disabled={!ready}
                        title="Run the samples and your own tests (Ctrl+Enter)"
                        onclick={run.reform(|_: MouseEvent| ())}>
                        { if running_here && matches!(state.judge, JudgeStatus::Running { kind: RunKind::Run, .. }) { "Running…" } else { "Run" } }
                        <kbd>{ "Ctrl+Enter" }</kbd>
                    </button>
                    <button class="button button-primary" data-testid="submit" disabled={!ready}
                        title="Run every test, hidden ones included (Ctrl+Shift+Enter)"
                        onclick={submit.reform(|_: MouseEvent| ())}>
                        { if running_here && matches!(state.judge, JudgeStatus::Running { kind: RunKind::Submit, .. }) { "Submitting…" } else { "Submit" } }
                    </button>
                </div>
                <Editor
                    problem_key={key.clone()}
                    code={state.code(&key)}
                    generation={state.editor_generation}
                    dark={state.theme == crate::state::Theme::Dark}
                    goto_line={state.goto_line}
                    on_change={on_change}
                    on_run={run}
                    on_submit={submit}
                    read_only={false}
                />
                <div class="bottom-panel">
                    <div class="tabs" role="tablist">
                        { tab(Tab::Results, html! { "Results" }) }
                        { tab(Tab::CustomTests, html! { <>{ "Custom tests" }
                            if custom_count > 0 { <span class="tab-count">{ custom_count }</span> }</> }) }
                    </div>
                    if state.tab == Tab::Results {
                        <Results
                            live={state.live.clone().filter(|l| l.key == key)}
                            last={state.results.get(&key).cloned()}
                            judge={state.judge.clone()}
                            on_goto={props.on_action.reform(Action::GotoLine)}
                        />
                    } else {
                        <CustomTests problem_key={key.clone()} style={problem.style.clone()}
                            tests={record.custom_tests.clone()} on_action={props.on_action.clone()} />
                    }
                </div>
            </section>
            <Notes notes={record.notes.clone()} draft={Some(record.note_draft.clone())}
                on_draft={{ let key = key.clone(); props.on_action.reform(move |text| Action::NoteDraft { key: key.clone(), text }) }}
                on_add={{ let key = key.clone(); props.on_action.reform(move |text| Action::AddNote { key: key.clone(), text, now: js_sys::Date::now() }) }}
                on_remove={{ let key = key.clone(); props.on_action.reform(move |index| Action::RemoveNote { key: key.clone(), index }) }} />
        </section>
    }
}
