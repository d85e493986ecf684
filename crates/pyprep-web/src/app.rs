//! The root component: owns the state, runs the side effects (packs, judge, storage, theme,
//! the page's `data-judge` hook) and hands callbacks to the components.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::{
    Banner, ConfirmDialog, History, OaReport, OaRules, OaView, ProblemList, PythonNotes, Topbar, Workspace,
};
use crate::hooks::{open_pack_file, use_judge, use_oa, use_packs, use_persistence, use_route, use_shortcuts};
use crate::records::RunKind;
use crate::state::{Action, Confirm, JudgeStatus, Route, RunTarget, State, Theme};
use crate::{backup, storage};

/// The app.
#[component]
pub(crate) fn App() -> Html {
    let state = use_reducer(State::default);
    use_packs(state.dispatcher());
    use_persistence(state.clone());
    let judge = use_judge(state.dispatcher());
    use_route(&state);
    use_oa(&state, judge.clone());

    // The automation hook `document.body.dataset.judge`, and the theme on <html>.
    {
        let code = state.judge.code();
        use_effect_with(code, move |code| {
            if let Some(body) = gloo_body() {
                let _ = body.dataset().set("judge", code);
            }
        });
    }
    {
        use_effect_with(state.theme, move |theme| {
            if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
                let _ = root.set_attribute("data-theme", if *theme == Theme::Dark { "dark" } else { "light" });
            }
        });
    }

    // A new page starts at its top.
    use_effect_with(state.route.clone(), |_| {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, 0.0);
            if let Some(main) = window.document().and_then(|d| d.query_selector(".main").ok().flatten()) {
                main.set_scroll_top(0);
            }
        }
    });

    let dispatch = state.dispatcher();
    let on_action = Callback::from(move |action: Action| dispatch.dispatch(action));

    let on_judge = {
        let state = state.clone();
        let judge = judge.clone();
        Callback::from(move |kind: RunKind| {
            if !matches!(state.judge, JudgeStatus::Ready) {
                return;
            }
            match &state.route {
                Route::Problem(key) => {
                    let Some((_, problem)) = state.catalog.problem(key) else { return };
                    let custom = state.records.get(key).map(|r| r.custom_tests.clone()).unwrap_or_default();
                    let target = RunTarget::Practice(key.clone());
                    judge.judge(state.dispatcher(), target, problem.clone(), state.code(key), kind, custom);
                }
                Route::Oa(id) => {
                    let Some(session) = state.sessions.get(id).filter(|s| s.active()) else { return };
                    let index = session.current;
                    let Some(current) = session.problems.get(index) else { return };
                    let Some((_, problem)) = state.catalog.problem(&current.key) else { return };
                    let target = RunTarget::Oa { session: id.clone(), index, automatic: false };
                    let custom = state.records.get(&current.key).map(|r| r.custom_tests.clone()).unwrap_or_default();
                    judge.judge(state.dispatcher(), target, problem.clone(), current.code.clone(), kind, custom);
                }
                _ => {}
            }
        })
    };

    use_shortcuts(on_judge.clone());

    let on_open_file = {
        let dispatch = state.dispatcher();
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                return;
            };
            if let Some(files) = input.files() {
                for i in 0..files.length() {
                    if let Some(file) = files.get(i) {
                        open_pack_file(dispatch.clone(), file);
                    }
                }
            }
            input.set_value("");
        })
    };

    let on_import = {
        let dispatch = state.dispatcher();
        Callback::from(move |event: Event| {
            let Some(input) = event.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                return;
            };
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
                match backup::parse(&name, &text.unwrap_or_default()) {
                    Ok(data) => match storage::clear_all() {
                        Ok(()) => dispatch.dispatch(Action::Import { records: data.records, sessions: data.sessions }),
                        Err(e) => dispatch.dispatch(Action::StorageFailed(format!("Import failed: {e}"))),
                    },
                    Err(e) => dispatch.dispatch(Action::StorageFailed(format!("Import failed: {e}"))),
                }
            });
        })
    };

    let shared = crate::components::StateRef(state_rc(&state));
    let page = match &state.route {
        Route::OaRules { pack, set } => html! {
            <OaRules pack={pack.clone()} set={set.clone()} state={shared.clone()} on_action={on_action.clone()} />
        },
        Route::Oa(id) => html! {
            <OaView session={id.clone()} state={shared.clone()} on_action={on_action.clone()} on_judge={on_judge.clone()} />
        },
        Route::Report(id) => {
            html! { <OaReport session={id.clone()} state={shared.clone()} on_action={on_action.clone()} /> }
        }
        Route::History => {
            html! { <History state={shared.clone()} on_action={on_action.clone()} on_import={on_import} /> }
        }
        Route::Python => html! { <PythonNotes /> },
        Route::List => {
            html! { <ProblemList state={crate::components::StateRef(state_rc(&state))} on_action={on_action.clone()} /> }
        }
        Route::Problem(key) => match state.catalog.problem(key) {
            Some(_) => html! {
                <Workspace
                    key={key.clone()}
                    problem_key={key.clone()}
                    state={crate::components::StateRef(state_rc(&state))}
                    on_action={on_action.clone()}
                    on_judge={on_judge.clone()}
                />
            },
            None => {
                html! { <ProblemList state={crate::components::StateRef(state_rc(&state))} on_action={on_action.clone()} /> }
            }
        },
    };

    let confirm = state.confirm.clone().map(|question| match question {
        Confirm::EndOa(session) => {
            let yes = on_action.reform(move |_| Action::EndOa { session: session.clone(), now: js_sys::Date::now() });
            html! {
                <ConfirmDialog
                    title="End the assessment now?"
                    body="Every problem will be submitted with the code in its editor, editing locks, and the report opens. The remaining time is lost."
                    confirm_label="End now"
                    on_confirm={yes}
                    on_cancel={on_action.reform(|_| Action::Cancel)}
                />
            }
        }
        Confirm::ClearData => {
            let on_action2 = on_action.clone();
            let yes = Callback::from(move |_| match storage::clear_all() {
                Ok(()) => on_action2.emit(Action::ClearAll),
                Err(e) => on_action2.emit(Action::StorageFailed(e)),
            });
            html! {
                <ConfirmDialog
                    title="Delete all your pyprep data?"
                    body="Drafts, notes, results and every OA session in this browser will be deleted. Export them first if you want to keep them."
                    confirm_label="Delete everything"
                    on_confirm={yes}
                    on_cancel={on_action.reform(|_| Action::Cancel)}
                />
            }
        }
        Confirm::ResetStarter(key) => {
            let yes = on_action.reform(move |_| Action::ResetStarter(key.clone()));
            let no = on_action.reform(|_| Action::Cancel);
            html! {
                <ConfirmDialog
                    title="Reset to the starter code?"
                    body="Your code for this problem will be replaced by the starter code. This cannot be undone."
                    confirm_label="Reset"
                    on_confirm={yes}
                    on_cancel={no}
                />
            }
        }
    });

    html! {
        <div class="app">
            <Topbar
                route={state.route.clone()}
                active_oa={state.active_session().map(|s| s.id.clone())}
                judge={state.judge.clone()}
                theme={state.theme}
                on_action={on_action.clone()}
                on_open_file={on_open_file}
            />
            if let Some(message) = state.storage_warning.clone() {
                <Banner message={message} on_close={on_action.reform(|_| Action::DismissWarning)} />
            }
            <main class="main">
                { page }
            </main>
            { for confirm }
        </div>
    }
}

fn state_rc(state: &UseReducerHandle<State>) -> std::rc::Rc<State> {
    std::rc::Rc::new((**state).clone())
}

fn gloo_body() -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.body()
}
