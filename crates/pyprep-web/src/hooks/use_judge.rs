//! The judge on the page: starts the WebAssembly sandbox in its worker, shows its progress, and
//! judges a Run or a Submit test by test with `pyprep-judge`'s [`Judging`].

use std::rc::Rc;

use pyprep_judge::{Job, Judging, RunResult};
use pyprep_pack::Problem;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use yew::prelude::*;

use crate::bindings::{HostRun, JudgeHost};
use crate::plan::{STARTUP_GRACE_MS, options};
use crate::records::{CustomTest, RunKind};
use crate::state::{Action, RunTarget, State, oa_result_key};

/// The sandbox and the worker script, relative to the page.
const SANDBOX_URL: &str = "gen/pyprep-sandbox.wasm";
const WORKER_URL: &str = "gen/judge-worker.js";

/// The host's status callback: phase, fraction done, detail.
type StatusCallback = Closure<dyn Fn(String, f64, String)>;

/// The page's judge: one host, one run at a time.
#[derive(Clone)]
pub(crate) struct Judge {
    host: Rc<JudgeHost>,
    _on_status: Rc<StatusCallback>,
}

impl PartialEq for Judge {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.host, &other.host)
    }
}

/// Starts the judge once and returns it.
#[hook]
pub(crate) fn use_judge(dispatch: UseReducerDispatcher<State>) -> Judge {
    let judge = use_memo((), {
        let dispatch = dispatch.clone();
        move |_| {
            let on_status = StatusCallback::new(move |phase: String, fraction, detail| {
                dispatch.dispatch(match phase.as_str() {
                    "ready" => Action::JudgeReady,
                    "failed" => Action::JudgeFailed(detail),
                    _ => Action::JudgeLoading { phase, fraction },
                })
            });
            let host = JudgeHost::new(SANDBOX_URL, WORKER_URL, &on_status);
            Judge { host: Rc::new(host), _on_status: Rc::new(on_status) }
        }
    });
    {
        let host = judge.host.clone();
        use_effect_with((), move |_| {
            // Failures are reported through the status callback.
            let _ = host.start();
        });
    }
    (*judge).clone()
}

impl Judge {
    /// Judges `source` for a problem in the background, reporting through `dispatch`.
    pub(crate) fn judge(
        &self,
        dispatch: UseReducerDispatcher<State>,
        target: RunTarget,
        problem: Problem,
        source: String,
        kind: RunKind,
        custom: Vec<CustomTest>,
    ) {
        let judge = self.clone();
        spawn_local(async move { judge.judge_now(dispatch, target, problem, source, kind, custom).await });
    }

    /// Judges `source` and resolves when the result has been dispatched.
    pub(crate) async fn judge_now(
        &self,
        dispatch: UseReducerDispatcher<State>,
        target: RunTarget,
        problem: Problem,
        source: String,
        kind: RunKind,
        custom: Vec<CustomTest>,
    ) {
        let live_key = match &target {
            RunTarget::Practice(key) => key.clone(),
            RunTarget::Oa { session, index, .. } => oa_result_key(session, *index),
        };
        let mut judging = Judging::new(&problem, &source, &options(&problem, kind, &custom));
        dispatch.dispatch(Action::RunStarted { key: live_key, kind, total: judging.progress().1 });
        let mut reported = 0;
        while let Some(job) = judging.next_job() {
            let deadline = judging.limits().time_limit_ms + STARTUP_GRACE_MS;
            let result = match run(&self.host, &job, deadline).await {
                Ok(result) => result,
                Err(message) => return dispatch.dispatch(Action::RunFailed(message)),
            };
            if let Err(error) = judging.record(result) {
                return dispatch.dispatch(Action::RunFailed(error.to_string()));
            }
            for test in judging.tests_judged().iter().skip(reported) {
                dispatch.dispatch(Action::TestJudged(test.clone()));
            }
            reported = judging.tests_judged().len();
        }
        let report = judging.finish();
        dispatch.dispatch(Action::RunFinished { target, kind, report, now: js_sys::Date::now() });
    }
}

async fn run(host: &JudgeHost, job: &Job, deadline_ms: f64) -> Result<RunResult, String> {
    let json = serde_json::to_string(job).map_err(|e| e.to_string())?;
    let answer = JsFuture::from(host.run(&json, deadline_ms)).await.map_err(|e| format!("{e:?}"))?;
    let answer: HostRun = serde_json::from_str(&answer.as_string().unwrap_or_default())
        .map_err(|e| format!("the judge's worker answered nonsense: {e}"))?;
    if answer.timed_out {
        return Ok(RunResult::TimedOut);
    }
    let stderr = answer.trap.as_deref().unwrap_or(&answer.stderr);
    let code = if answer.trap.is_some() { None } else { answer.code };
    RunResult::from_sandbox(code, answer.stdout.as_bytes(), stderr).map_err(|e| e.to_string())
}
