//! Autosave: restores the stored work at start, then saves every record, result and theme that
//! changed, right after the change (well within a second of typing).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::oa::OaSession;
use crate::records::{LastResult, ProblemRecord};
use crate::state::{Action, State, Theme};
use crate::storage;

#[derive(Default)]
struct Saved {
    records: BTreeMap<String, Rc<ProblemRecord>>,
    results: BTreeMap<String, Rc<LastResult>>,
    sessions: BTreeMap<String, Rc<OaSession>>,
    theme: Option<Theme>,
    restored: bool,
}

/// Restores the stored work once, and saves what changed on every render after that.
#[hook]
pub(crate) fn use_persistence(state: UseReducerHandle<State>) {
    let saved = use_mut_ref(Saved::default);
    {
        let dispatch = state.dispatcher();
        let saved = saved.clone();
        use_effect_with((), move |_| {
            let (records, results, theme) = storage::load();
            let sessions = storage::load_sessions();
            dispatch.dispatch(Action::Restore { records, results, theme, sessions });
            saved.borrow_mut().restored = true;
        });
    }
    let dispatch = state.dispatcher();
    let state = (*state).clone();
    use_effect(move || save_changes(&saved, &state, &dispatch));
}

fn save_changes(saved: &RefCell<Saved>, state: &State, dispatch: &UseReducerDispatcher<State>) {
    let mut saved = saved.borrow_mut();
    if !saved.restored {
        return;
    }
    let mut failure = None;
    save_changed(&mut saved.records, &state.records, |key, record| storage::save_record(key, record), &mut failure);
    save_changed(&mut saved.results, &state.results, |key, result| storage::save_result(key, result), &mut failure);
    save_changed(&mut saved.sessions, &state.sessions, |_, session| storage::save_session(session), &mut failure);
    if saved.theme != Some(state.theme) {
        match storage::save_theme(state.theme) {
            Ok(()) => saved.theme = Some(state.theme),
            Err(e) => failure = Some(e),
        }
    }
    if let Some(reason) = failure {
        let message = format!(
            "Your latest changes are not saved: {reason}. What was saved before is kept; \
             free some space or export your work before closing the tab."
        );
        if state.storage_warning.as_deref() != Some(message.as_str()) {
            dispatch.dispatch(Action::StorageFailed(message));
        }
    }
}

/// Saves every entry of `current` that is not the very one saved last, remembering what was
/// saved; the last failure is left in `failure`.
fn save_changed<T>(
    saved: &mut BTreeMap<String, Rc<T>>,
    current: &BTreeMap<String, Rc<T>>,
    save: impl Fn(&str, &T) -> Result<(), String>,
    failure: &mut Option<String>,
) {
    for (key, value) in current {
        if saved.get(key).is_some_and(|s| Rc::ptr_eq(s, value)) {
            continue;
        }
        match save(key, value) {
            Ok(()) => {
                saved.insert(key.clone(), value.clone());
            }
            Err(e) => *failure = Some(e),
        }
    }
}
