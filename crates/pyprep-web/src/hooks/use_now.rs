//! The time now, refreshed twice a second, for clocks.

use gloo_timers::callback::Interval;
use yew::prelude::*;

/// The current time in ms since the epoch; the component re-renders every 500 ms.
#[hook]
pub(crate) fn use_now() -> f64 {
    let now = use_state(js_sys::Date::now);
    {
        let now = now.clone();
        use_effect_with((), move |_| {
            let interval = Interval::new(500, move || now.set(js_sys::Date::now()));
            move || drop(interval)
        });
    }
    *now
}
