//! The problem's countdown: always visible in the toolbar, pausable, with a changeable
//! duration, amber at five minutes and red at one.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_now;
use crate::state::Action;
use crate::timer::{Countdown, Urgency, clock};

/// The timer's props.
#[derive(Properties, PartialEq)]
pub(crate) struct TimerProps {
    /// The problem's key.
    pub problem_key: String,
    /// The clock, once started.
    pub clock: Option<Countdown>,
    /// Reports actions.
    pub on_action: Callback<Action>,
}

/// The countdown.
#[component]
pub(crate) fn Timer(props: &TimerProps) -> Html {
    let now = use_now();
    let editing = use_state(|| false);
    let Some(countdown) = props.clock.clone() else { return html! {} };
    let remaining = countdown.remaining_ms(now);
    let urgency = countdown.urgency(now);
    let class = match urgency {
        Urgency::Calm => None,
        Urgency::Warn => Some("timer-warn"),
        Urgency::Critical => Some("timer-critical"),
        Urgency::Over => Some("timer-over"),
    };
    let paused = countdown.paused();
    let toggle = {
        let key = props.problem_key.clone();
        props.on_action.reform(move |_: MouseEvent| Action::ToggleClock { key: key.clone(), now: js_sys::Date::now() })
    };
    let edit = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(!*editing))
    };
    let set_minutes = {
        let key = props.problem_key.clone();
        let on_action = props.on_action.clone();
        let editing = editing.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(minutes) = value.trim().parse::<u32>() {
                on_action.emit(Action::SetMinutes { key: key.clone(), minutes });
            }
            editing.set(false);
        })
    };
    let label = match urgency {
        Urgency::Over => "Time's up".to_string(),
        _ => clock(remaining),
    };
    let aria = match urgency {
        Urgency::Warn => "five minutes or less left",
        Urgency::Critical => "one minute or less left",
        Urgency::Over => "time is up",
        Urgency::Calm => "time left",
    };
    html! {
        <div class={classes!("timer", class, paused.then_some("timer-paused"))} data-testid="timer"
            data-remaining-ms={format!("{:.0}", remaining.max(0.0))} title={format!("Suggested time: {} min", countdown.limit_s / 60)}>
            <span class="timer-time" aria-label={aria}>{ if urgency == Urgency::Over { clock(0.0) } else { label.clone() } }</span>
            if urgency == Urgency::Over { <span class="timer-note">{ label }</span> }
            if paused { <span class="timer-note">{ "paused" }</span> }
            <button class="icon-button" onclick={toggle} aria-label={if paused { "Resume the timer" } else { "Pause the timer" }}
                title={if paused { "Resume" } else { "Pause" }}>{ if paused { super::icons::play() } else { super::icons::pause() } }</button>
            if *editing {
                <input class="timer-minutes" type="number" min="1" max="600" aria-label="Minutes"
                    value={(countdown.limit_s / 60).to_string()} onchange={set_minutes} />
            } else {
                <button class="icon-button" onclick={edit} aria-label="Change the duration" title="Change the duration">{ super::icons::edit() }</button>
            }
        </div>
    }
}
