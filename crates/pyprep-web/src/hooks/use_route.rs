//! The page in the address bar: `#/problem/PACK/ID` opens a problem, so that a reload, a
//! bookmark or the browser's Back button lands where the candidate expects.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::state::{Route, State};

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// Keeps the route and the location hash in step.
#[hook]
pub(crate) fn use_route(state: &UseReducerHandle<State>) {
    // The page the address named at start, opened as soon as its pack has loaded.
    let pending = use_mut_ref(|| match Route::from_hash(&current_hash()) {
        Route::List => None,
        route => Some(route),
    });
    {
        let pending = pending.clone();
        let dispatch = state.dispatcher();
        let wanted = pending.borrow().clone();
        let available = wanted.as_ref().is_some_and(|route| state.can_show(route));
        use_effect_with(available, move |available| {
            if !*available {
                return;
            }
            if let Some(route) = pending.borrow_mut().take() {
                dispatch.dispatch(State::show(route, js_sys::Date::now()));
            }
        });
    }
    {
        let pending = pending.clone();
        use_effect_with(state.route.clone(), move |route| {
            // Until the page named at start has opened, the list must not overwrite its address;
            // opening any problem settles it.
            if pending.borrow().is_some() {
                if *route == Route::List {
                    return;
                }
                pending.borrow_mut().take();
            }
            let hash = route.hash();
            if current_hash() != hash
                && let Some(window) = web_sys::window()
            {
                {
                    let url = if hash.is_empty() {
                        let location = window.location();
                        format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default())
                    } else {
                        hash
                    };
                    if let Ok(history) = window.history() {
                        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
                    }
                }
            }
        });
    }
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn()>::new(move || {
                pending.borrow_mut().take();
                dispatch.dispatch(State::show(Route::from_hash(&current_hash()), js_sys::Date::now()));
            });
            let window = web_sys::window();
            if let Some(window) = &window {
                let _ = window.add_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
            }
            move || {
                if let Some(window) = window {
                    let _ = window.remove_event_listener_with_callback("popstate", listener.as_ref().unchecked_ref());
                }
            }
        });
    }
}
