//! Reading how the sandbox program ended, for every host that runs it (a child process, a
//! WebAssembly instance under Node.js or in the browser's worker).

use crate::error::{JudgeError, JudgeErrorKind};
use crate::grade::RunResult;
use crate::job::JobOutput;

/// The exit status with which the sandbox reports a failure of the engine itself.
pub const ENGINE_FAILURE_STATUS: i32 = 3;

impl RunResult {
    /// Interprets a finished sandbox: its exit status (`None` when it died by a signal or a
    /// WebAssembly trap), its stdout (the [`JobOutput`] as JSON) and its stderr, or the trap's
    /// message. A dead sandbox is a verdict; `Err` is for a broken engine.
    pub fn from_sandbox(code: Option<i32>, stdout: &[u8], stderr: &str) -> Result<RunResult, JudgeError> {
        let engine = |what: String| JudgeError::new(JudgeErrorKind::Engine, what);
        match code {
            Some(0) => serde_json::from_slice::<JobOutput>(stdout)
                .map(RunResult::Completed)
                .map_err(|e| engine(format!("the sandbox's answer is not valid: {e}"))),
            Some(ENGINE_FAILURE_STATUS) => Err(engine(stderr.trim().to_string())),
            _ => Ok(classify_crash(stderr, code)),
        }
    }
}

/// Explains why a sandbox died without answering.
fn classify_crash(stderr: &str, code: Option<i32>) -> RunResult {
    if stderr.contains("memory allocation of") || stderr.contains("MemoryError") || stderr.contains("out of memory") {
        return RunResult::MemoryExceeded;
    }
    if stderr.contains("overflowed its stack") || stderr.contains("Maximum call stack size exceeded") {
        return RunResult::Crashed {
            message: "RecursionError: the recursion went deeper than the judge's stack allows".into(),
        };
    }
    let status = code.map_or("a signal or a trap".to_string(), |c| format!("status {c}"));
    let detail = stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("no message");
    RunResult::Crashed { message: format!("the interpreter crashed ({status}): {detail}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_browser_stack_overflow_is_a_recursion_error() {
        let result = RunResult::from_sandbox(None, b"", "RangeError: Maximum call stack size exceeded").unwrap();
        assert!(matches!(result, RunResult::Crashed { message } if message.starts_with("RecursionError")));
    }

    #[test]
    fn running_out_of_memory_is_mle() {
        let result = RunResult::from_sandbox(Some(134), b"", "memory allocation of 8 bytes failed").unwrap();
        assert_eq!(result, RunResult::MemoryExceeded);
    }

    #[test]
    fn an_engine_failure_is_an_error() {
        let error = RunResult::from_sandbox(Some(3), b"", "cannot start the interpreter\n").unwrap_err();
        assert_eq!(error.kind, JudgeErrorKind::Engine);
    }

    #[test]
    fn garbage_on_stdout_is_an_error() {
        assert!(RunResult::from_sandbox(Some(0), b"{", "").is_err());
    }
}
