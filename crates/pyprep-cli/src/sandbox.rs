//! The sandbox side of a child process: `pyprep sandbox` reads one job and prints its output.

use std::io::{Read, Write};
use std::process::ExitCode;

use pyprep_judge::{Job, JobOutput, JudgeError, execute};

/// The stack for the interpreter's thread. RustPython recurses on the native stack, so deep
/// (but legal) Python recursion needs far more than a default thread's 2 MiB.
pub(crate) const STACK_BYTES: usize = 256 * 1024 * 1024;

/// Runs a job on a thread with a large stack.
pub(crate) fn execute_on_big_stack(job: Job) -> Result<JobOutput, JudgeError> {
    let worker =
        std::thread::Builder::new().name("pyprep-python".into()).stack_size(STACK_BYTES).spawn(move || execute(&job));
    match worker {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| Err(JudgeError::new(pyprep_judge::JudgeErrorKind::Engine, "the interpreter panicked"))),
        Err(e) => Err(JudgeError::new(
            pyprep_judge::JudgeErrorKind::Engine,
            format!("cannot start the interpreter's thread: {e}"),
        )),
    }
}

/// Serves one job: JSON in on stdin, JSON out on stdout. Exit status 3 means an engine error.
pub(crate) fn serve() -> Result<ExitCode, String> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).map_err(|e| format!("cannot read the job: {e}"))?;
    let job: Job = serde_json::from_str(&input).map_err(|e| format!("the job is not valid JSON: {e}"))?;
    match execute_on_big_stack(job) {
        Ok(output) => {
            let json = serde_json::to_string(&output).map_err(|e| format!("cannot encode the output: {e}"))?;
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(json.as_bytes())
                .and_then(|_| stdout.flush())
                .map_err(|e| format!("cannot write the output: {e}"))?;
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!("pyprep sandbox: {e}");
            Ok(ExitCode::from(3))
        }
    }
}
