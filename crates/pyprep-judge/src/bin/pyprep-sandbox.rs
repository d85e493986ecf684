//! The judge's WebAssembly sandbox (built for wasm32-wasip1): one job as JSON on stdin, its
//! output as JSON on stdout. The browser's worker and `pyprep judge --engine wasm` host it.

use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        eprintln!("pyprep sandbox: cannot read the job: {e}");
        return ExitCode::from(pyprep_judge::ENGINE_FAILURE_STATUS as u8);
    }
    let job: pyprep_judge::Job = match serde_json::from_str(&input) {
        Ok(job) => job,
        Err(e) => {
            eprintln!("pyprep sandbox: the job is not valid JSON: {e}");
            return ExitCode::from(pyprep_judge::ENGINE_FAILURE_STATUS as u8);
        }
    };
    match pyprep_judge::execute(&job).and_then(|output| {
        serde_json::to_string(&output)
            .map_err(|e| pyprep_judge::JudgeError::new(pyprep_judge::JudgeErrorKind::Engine, e.to_string()))
    }) {
        Ok(json) => {
            let mut stdout = std::io::stdout().lock();
            let _ = stdout.write_all(json.as_bytes()).and_then(|_| stdout.flush());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("pyprep sandbox: {e}");
            ExitCode::from(pyprep_judge::ENGINE_FAILURE_STATUS as u8)
        }
    }
}
