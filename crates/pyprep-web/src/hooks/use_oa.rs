//! The OA session's side effects: ends it when its time runs out (from the stored start time,
//! so a reload or a closed tab changes nothing), then submits every problem with its last code.

use gloo_timers::callback::Timeout;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use super::use_judge::Judge;
use crate::records::RunKind;
use crate::state::{Action, JudgeStatus, RunTarget, State};

/// Ends the running session at its deadline and finalises ended sessions.
#[hook]
pub(crate) fn use_oa(state: &UseReducerHandle<State>, judge: Judge) {
    let active = state.active_session().map(|s| (s.id.clone(), s.deadline()));
    {
        let dispatch = state.dispatcher();
        use_effect_with(active, move |active| {
            let timeout = active.clone().map(|(session, deadline)| {
                let wait = (deadline - js_sys::Date::now()).max(0.0).min(f64::from(i32::MAX));
                Timeout::new(wait as u32, move || {
                    dispatch.dispatch(Action::EndOa { session, now: js_sys::Date::now() })
                })
            });
            move || drop(timeout)
        });
    }
    let started = use_mut_ref(|| None::<String>);
    let to_finalise = state.session_to_finalise().map(|s| (**s).clone());
    // The final submissions wait for the judge and for every pack (a session's problems may come
    // from a `?pack=` pack that loads after the bundled ones).
    let ready = matches!(state.judge, JudgeStatus::Ready) && state.catalog.settled;
    let catalog = state.catalog.clone();
    let dispatch = state.dispatcher();
    use_effect_with((to_finalise.as_ref().map(|s| s.id.clone()), ready), move |_| {
        let Some(session) = to_finalise else { return };
        if !ready || started.borrow().as_deref() == Some(session.id.as_str()) {
            return;
        }
        *started.borrow_mut() = Some(session.id.clone());
        spawn_local(async move {
            for (index, problem) in session.problems.iter().enumerate() {
                let Some((_, pack_problem)) = catalog.problem(&problem.key) else { continue };
                let target = RunTarget::Oa { session: session.id.clone(), index, automatic: true };
                judge
                    .judge_now(
                        dispatch.clone(),
                        target,
                        pack_problem.clone(),
                        problem.code.clone(),
                        RunKind::Submit,
                        Vec::new(),
                    )
                    .await;
            }
            dispatch.dispatch(Action::OaFinished(session.id.clone()));
        });
    });
}
