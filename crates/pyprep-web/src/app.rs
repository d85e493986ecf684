//! The root component: owns the state, runs the side effects (packs, judge, storage, theme,
//! the page's `data-judge` hook) and hands callbacks to the components.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::{Banner, ConfirmDialog, ProblemList, Topbar, Workspace};
use crate::hooks::{open_pack_file, use_judge, use_packs, use_persistence, use_route, use_shortcuts};
use crate::records::RunKind;
use crate::state::{Action, Confirm, Route, State, Theme};

/// The app.
#[component]
pub(crate) fn App() -> Html {
    let state = use_reducer(State::default);
    use_packs(state.dispatcher());
    use_persistence(state.clone());
    let judge = use_judge(state.dispatcher());
    use_route(&state);

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

    let dispatch = state.dispatcher();
    let on_action = Callback::from(move |action: Action| dispatch.dispatch(action));

    let on_judge = {
        let state = state.clone();
        let judge = judge.clone();
        Callback::from(move |kind: RunKind| {
            let Route::Problem(key) = &state.route else { return };
            if !matches!(state.judge, crate::state::JudgeStatus::Ready) {
                return;
            }
            let Some((_, problem)) = state.catalog.problem(key) else { return };
            let custom = state.records.get(key).map(|r| r.custom_tests.clone()).unwrap_or_default();
            judge.judge(state.dispatcher(), key.clone(), problem.clone(), state.code(key), kind, custom);
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

    let page = match &state.route {
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
