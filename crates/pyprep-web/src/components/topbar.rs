//! The bar across the top: the brand, the judge's state with its loading progress, the theme
//! switch and "Open pack".

use yew::prelude::*;

use crate::state::{Action, JudgeStatus, Route, Theme};

/// The top bar's props.
#[derive(Properties, PartialEq)]
pub(crate) struct TopbarProps {
    /// The page shown.
    pub route: Route,
    /// The running OA session, if any.
    pub active_oa: Option<String>,
    /// The judge's state.
    pub judge: JudgeStatus,
    /// The colour scheme.
    pub theme: Theme,
    /// Reports actions.
    pub on_action: Callback<Action>,
    /// A pack file was picked.
    pub on_open_file: Callback<Event>,
}

/// The top bar.
#[component]
pub(crate) fn Topbar(props: &TopbarProps) -> Html {
    let home = props.on_action.reform(|e: MouseEvent| {
        e.prevent_default();
        Action::Back
    });
    let next_theme = if props.theme == Theme::Dark { Theme::Light } else { Theme::Dark };
    let toggle = props.on_action.reform(move |_: MouseEvent| Action::SetTheme(next_theme));
    let (class, label, progress) = match &props.judge {
        JudgeStatus::Loading { phase, fraction } if phase == "download" => {
            ("judge-loading", format!("Downloading Python… {:.0}%", fraction * 100.0), Some(fraction * 100.0))
        }
        JudgeStatus::Loading { .. } => ("judge-loading", "Starting Python…".to_string(), None),
        JudgeStatus::Ready => ("judge-ready", "Python ready".to_string(), None),
        JudgeStatus::Running { done, total, .. } => {
            ("judge-running", format!("Judging {done}/{total}…"), Some(*done as f64 / (*total).max(1) as f64 * 100.0))
        }
        JudgeStatus::Failed(message) => ("judge-failed", format!("Python failed to start: {message}"), None),
    };
    let loading = matches!(props.judge, JudgeStatus::Loading { .. });
    html! {
        <header class="topbar">
            <a class="brand" href="./" onclick={home}>{ "pyprep" }</a>
            <nav class="topnav">
                <button class={classes!("nav-link", matches!(props.route, Route::List | Route::Problem(_)).then_some("active"))}
                    onclick={props.on_action.reform(|_| Action::Back)}>{ "Problems" }</button>
                <button class={classes!("nav-link", matches!(props.route, Route::History | Route::Report(_)).then_some("active"))}
                    data-testid="nav-history" onclick={props.on_action.reform(|_| Action::Navigate(Route::History))}>{ "History" }</button>
                <button class={classes!("nav-link", (props.route == Route::Python).then_some("active"))}
                    data-testid="nav-python" onclick={props.on_action.reform(|_| Action::Navigate(Route::Python))}>{ "Python" }</button>
                if let Some(id) = props.active_oa.clone() {
                    if props.route != Route::Oa(id.clone()) {
                        <button class="nav-link oa-resume" data-testid="oa-resume"
                            onclick={props.on_action.reform(move |_| Action::Navigate(Route::Oa(id.clone())))}>
                            { "OA running: resume" }</button>
                    }
                }
            </nav>
            <div class={classes!("judge-status", class)} role="status" aria-live="polite" data-testid="judge-status">
                <span class="dot"></span>
                <span class="label">{ label }</span>
                if let Some(value) = progress {
                    <progress class="progress" max="100" value={format!("{value:.0}")}></progress>
                } else if loading {
                    <progress class="progress"></progress>
                }
            </div>
            <div class="topbar-actions">
                <button class="icon-button theme-toggle" data-testid="theme-toggle" onclick={toggle}
                    title={if props.theme == Theme::Dark { "Switch to the light theme" } else { "Switch to the dark theme" }}
                    aria-label="Switch theme">
                    { if props.theme == Theme::Dark { super::icons::sun() } else { super::icons::moon() } }
                </button>
                <label class="button button-ghost file-button" title="Open a pack compiled by `pyprep build` (a .json file)">
                    { "Open pack" }
                    <input type="file" accept=".json,application/json" hidden=true data-testid="open-pack"
                        onchange={props.on_open_file.clone()} />
                </label>
            </div>
        </header>
    }
}
