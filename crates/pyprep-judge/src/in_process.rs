//! A runner that executes jobs in the calling process, without limits: for trusted code and tests.

use crate::error::JudgeError;
use crate::grade::RunResult;
use crate::job::Job;
use crate::judge::{RunLimits, Runner};

/// Runs each job in a fresh interpreter in this process. It enforces no limit, so it is only
/// for code that is known to finish, such as reference solutions in tests.
#[derive(Clone, Copy, Debug, Default)]
pub struct InProcess;

impl Runner for InProcess {
    fn run(&mut self, job: &Job, _limits: &RunLimits) -> Result<RunResult, JudgeError> {
        crate::engine::execute(job).map(RunResult::Completed)
    }
}
