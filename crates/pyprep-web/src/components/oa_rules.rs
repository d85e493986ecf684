//! The rules screen shown before an OA set starts: duration, problems, scoring, the end.

use yew::prelude::*;

use super::StateRef;
use crate::state::{Action, Route};

/// The rules screen's props.
#[derive(Properties, PartialEq)]
pub(crate) struct OaRulesProps {
    /// The pack.
    pub pack: String,
    /// The set.
    pub set: String,
    /// The app's state.
    pub state: StateRef,
    /// Reports actions.
    pub on_action: Callback<Action>,
}

/// The rules of an OA set, with the start button.
#[component]
pub(crate) fn OaRules(props: &OaRulesProps) -> Html {
    let state = &props.state;
    let Some(loaded) = state.catalog.packs.iter().find(|p| p.pack.id == props.pack) else {
        return html! { <section class="page"><p>{ "Loading the pack…" }</p></section> };
    };
    let Some(set) = loaded.pack.oa_sets.iter().find(|s| s.id == props.set) else {
        return html! { <section class="page"><p>{ format!("The pack has no OA set {:?}.", props.set) }</p></section> };
    };
    let problems = set.problems.iter().filter_map(|id| loaded.pack.problems.iter().find(|p| &p.id == id)).map(|p| {
        let difficulty = p.difficulty.map(|d| d.name()).unwrap_or("unrated");
        html! {
            <li>
                <span class="problem-title">{ &p.name }</span>{ " " }
                <span class={classes!("badge", format!("badge-{difficulty}"))}>{ difficulty }</span>{ " " }
                <span class="muted">{ p.topics.join(", ") }</span>
            </li>
        }
    });
    let (pack, set_id) = (props.pack.clone(), props.set.clone());
    let start = props.on_action.reform(move |_: MouseEvent| Action::StartOa {
        pack: pack.clone(),
        set: set_id.clone(),
        now: js_sys::Date::now(),
    });
    let active = state.active_session().cloned();
    html! {
        <section class="page oa-rules" data-testid="oa-rules">
            <h1>{ &set.title }</h1>
            <p class="muted">{ format!("{} · {} problems · {} minutes", loaded.pack.title, set.problems.len(), set.minutes) }</p>
            <h2>{ "Problems" }</h2>
            <ol class="oa-rule-problems">{ for problems }</ol>
            <h2>{ "Rules" }</h2>
            <ul class="rules">
                <li>{ format!("One clock for the whole session: {} minutes from the moment you start. It keeps running if you close the tab; come back and it resumes.", set.minutes) }</li>
                <li>{ "Move freely between the problems. Run checks the samples; Submit runs the hidden tests and may be used as often as you like." }</li>
                <li>{ "Each problem scores the share of its hidden tests you pass (or the points of the test groups you pass completely, when the pack gives points), out of 100. Your best submission counts." }</li>
                <li>{ "When the time is up, every problem is submitted automatically with the code in its editor, and editing locks. \"End now\" does the same early." }</li>
                <li>{ "The report shows which kinds of hidden test failed, your submissions and notes on a timeline, and your final code. Nothing leaves this browser." }</li>
            </ul>
            if let Some(session) = active {
                <p class="banner banner-info">{ format!("\"{}\" is still running. Finish it before starting another.", session.title) }</p>
                <button class="button button-primary" onclick={props.on_action.reform(move |_| Action::Navigate(Route::Oa(session.id.clone())))}>{ "Resume the running session" }</button>
            } else {
                <button class="button button-primary oa-start-button" data-testid="oa-start" onclick={start}>{ "Start the assessment" }</button>
            }
            { " " }
            <button class="button button-ghost" onclick={props.on_action.reform(|_| Action::Back)}>{ "Back to problems" }</button>
        </section>
    }
}
