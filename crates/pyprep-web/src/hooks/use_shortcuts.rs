//! Page-wide shortcuts: Ctrl/Cmd+Enter runs and Ctrl/Cmd+Shift+Enter submits wherever the focus
//! is (the editor handles them itself and marks the event handled).

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::records::RunKind;

/// Calls `on_judge` for the run and submit shortcuts pressed outside the editor.
#[hook]
pub(crate) fn use_shortcuts(on_judge: Callback<RunKind>) {
    let latest = use_mut_ref(|| on_judge.clone());
    *latest.borrow_mut() = on_judge;
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
            if e.key() != "Enter" || !(e.ctrl_key() || e.meta_key()) || e.default_prevented() {
                return;
            }
            e.prevent_default();
            latest.borrow().emit(if e.shift_key() { RunKind::Submit } else { RunKind::Run });
        });
        let window = web_sys::window();
        if let Some(window) = &window {
            let _ = window.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
        }
        move || {
            if let Some(window) = window {
                let _ = window.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
        }
    });
}
