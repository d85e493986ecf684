//! Composing a mock OA from the whole bank: number of problems, difficulty, topic, duration.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::state::{Action, Composition};

/// The composer's props.
#[derive(Properties, PartialEq)]
pub(crate) struct OaComposerProps {
    /// The topics to offer.
    pub topics: Vec<String>,
    /// Whether a session is running already.
    pub busy: bool,
    /// Reports actions.
    pub on_action: Callback<Action>,
}

/// A form that starts a composed OA.
#[component]
pub(crate) fn OaComposer(props: &OaComposerProps) -> Html {
    let plan = use_state(|| Composition { problems: 3, difficulty: String::new(), topic: String::new(), minutes: 75 });
    let select = |apply: fn(&mut Composition, String)| {
        let plan = plan.clone();
        Callback::from(move |e: Event| {
            let mut next = (*plan).clone();
            apply(&mut next, e.target_unchecked_into::<HtmlSelectElement>().value());
            plan.set(next);
        })
    };
    let start = {
        let plan = plan.clone();
        props
            .on_action
            .reform(move |_: MouseEvent| Action::ComposeOa { plan: (*plan).clone(), now: js_sys::Date::now() })
    };
    let option = |value: String, label: String, current: String| {
        html! { <option value={value.clone()} selected={value == current}>{ label }</option> }
    };
    html! {
        <div class="oa-composer" data-testid="oa-composer">
            <span class="problem-title">{ "Compose your own" }</span>
            <select class="select" aria-label="Number of problems" onchange={select(|p, v| p.problems = v.parse().unwrap_or(3))}>
                { for [2, 3, 4].map(|n| option(n.to_string(), format!("{n} problems"), plan.problems.to_string())) }
            </select>
            <select class="select" aria-label="Difficulty" onchange={select(|p, v| p.difficulty = v)}>
                { option(String::new(), "Easy to hard".into(), plan.difficulty.clone()) }
                { for ["easy", "medium", "hard"].map(|d| option(d.into(), format!("All {d}"), plan.difficulty.clone())) }
            </select>
            <select class="select" aria-label="Topic" onchange={select(|p, v| p.topic = v)}>
                { option(String::new(), "Any topic".into(), plan.topic.clone()) }
                { for props.topics.iter().map(|t| option(t.clone(), t.clone(), plan.topic.clone())) }
            </select>
            <select class="select" aria-label="Duration" onchange={select(|p, v| p.minutes = v.parse().unwrap_or(75))}>
                { for [30, 45, 60, 75, 90, 120].map(|m| option(m.to_string(), format!("{m} min"), plan.minutes.to_string())) }
            </select>
            <button class="button button-primary" data-testid="oa-compose" disabled={props.busy} onclick={start}
                title="One clock for the session; every problem is submitted when it ends">{ "Start" }</button>
            <p class="muted">{ "Same rules as the sets: one clock, submit as often as you like, everything is submitted and locked when the time is up. If too few problems match, nothing starts: widen the choice." }</p>
        </div>
    }
}
