//! The host side of a child process: runs each job in a fresh process with hard limits.

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use pyprep_judge::{Job, JudgeError, JudgeErrorKind, RunLimits, RunResult, Runner};

use crate::cli::{Engine, EngineArgs};
use crate::sandbox::STACK_BYTES;

/// Extra wall-clock time a child gets beyond the test's limit, for starting the interpreter.
const NATIVE_STARTUP_MS: f64 = 1500.0;

/// The same for the WebAssembly sandbox under Node.js, which compiles the module first.
const WASM_STARTUP_MS: f64 = 4000.0;

/// Address space a native child gets beyond the memory limit: its stack and the interpreter.
const NATIVE_OVERHEAD_MIB: u64 = (STACK_BYTES as u64 >> 20) + 768;

/// Runs jobs in child processes: this executable's hidden `sandbox` subcommand, or the
/// WebAssembly sandbox under Node.js.
pub(crate) struct ChildRunner {
    program: PathBuf,
    args: Vec<String>,
    native: bool,
}

impl ChildRunner {
    /// A runner for the engine the user chose.
    pub(crate) fn new(engine: &EngineArgs) -> Result<Self, String> {
        match engine.engine {
            Engine::Native => {
                let program = std::env::current_exe().map_err(|e| format!("cannot find the pyprep executable: {e}"))?;
                Ok(ChildRunner { program, args: vec!["sandbox".into()], native: true })
            }
            Engine::Wasm => {
                let wasm = engine.wasm.clone().ok_or("--engine wasm needs --wasm PATH (or PYPREP_SANDBOX_WASM)")?;
                if !wasm.is_file() {
                    return Err(format!(
                        "{}: no such WebAssembly sandbox; build it with scripts/build-sandbox",
                        wasm.display()
                    ));
                }
                let script = wasm.with_file_name("wasi-run.mjs");
                if !script.is_file() {
                    return Err(format!("{}: the Node.js runner is missing beside the sandbox", script.display()));
                }
                // Node 20 sometimes crashes at exit while background threads still compile the
                // large module; a single-threaded Node does not.
                Ok(ChildRunner {
                    program: PathBuf::from("node"),
                    args: vec![
                        "--no-warnings".into(),
                        "--single-threaded".into(),
                        script.display().to_string(),
                        wasm.display().to_string(),
                    ],
                    native: false,
                })
            }
        }
    }

    fn spawn(&self, limits: &RunLimits) -> std::io::Result<Child> {
        let mut command = Command::new(&self.program);
        command.args(&self.args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        if self.native {
            limit_address_space(&mut command, (u64::from(limits.memory_mib) + NATIVE_OVERHEAD_MIB) << 20);
        }
        command.spawn()
    }
}

#[cfg(unix)]
fn limit_address_space(command: &mut Command, bytes: u64) {
    use std::os::unix::process::CommandExt;
    // SAFETY: the closure runs in the child between fork and exec and only calls
    // setrlimit, which is async-signal-safe.
    unsafe {
        command.pre_exec(move || {
            let limit = libc::rlimit { rlim_cur: bytes as libc::rlim_t, rlim_max: bytes as libc::rlim_t };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

#[cfg(not(unix))]
fn limit_address_space(_command: &mut Command, _bytes: u64) {}

fn drain(mut stream: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stream.read_to_end(&mut buf);
        buf
    })
}

impl Runner for ChildRunner {
    fn run(&mut self, job: &Job, limits: &RunLimits) -> Result<RunResult, JudgeError> {
        let engine = |what: String| JudgeError::new(JudgeErrorKind::Engine, what);
        let input = serde_json::to_vec(job).map_err(|e| engine(format!("cannot encode the job: {e}")))?;
        let mut child =
            self.spawn(limits).map_err(|e| engine(format!("cannot start {}: {e}", self.program.display())))?;
        let mut stdin = child.stdin.take().ok_or_else(|| engine("no stdin".into()))?;
        let writer = thread::spawn(move || {
            let _ = stdin.write_all(&input);
        });
        let stdout = drain(child.stdout.take().ok_or_else(|| engine("no stdout".into()))?);
        let stderr = drain(child.stderr.take().ok_or_else(|| engine("no stderr".into()))?);
        let startup = if self.native { NATIVE_STARTUP_MS } else { WASM_STARTUP_MS };
        let deadline = Instant::now() + Duration::from_secs_f64((limits.time_limit_ms + startup) / 1000.0);
        let status = loop {
            match child.try_wait().map_err(|e| engine(format!("cannot wait for the sandbox: {e}")))? {
                Some(status) => break Some(status),
                None if Instant::now() >= deadline => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
                None => thread::sleep(Duration::from_millis(2)),
            }
        };
        let _ = writer.join();
        let out = stdout.join().unwrap_or_default();
        let err = String::from_utf8_lossy(&stderr.join().unwrap_or_default()).into_owned();
        let Some(status) = status else {
            return Ok(RunResult::TimedOut);
        };
        RunResult::from_sandbox(status.code(), &out, &err)
    }
}
