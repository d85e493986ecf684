//! pyprep's judge: runs a Python submission against a problem's tests and returns a report.
//!
//! The judge is pure. The sandbox side ([`execute`], behind the `engine` feature) takes a
//! [`Job`] (source and one test's input, never its answer) and runs it in a fresh RustPython
//! interpreter. The host side ([`judge`]) asks a [`Runner`] (the CLI's child process, the
//! browser's worker, or [`InProcess`] in tests) to run each job within the limits, then grades
//! the outcome against the answer. A failing submission is a [`Report`]; `Err` is for a broken
//! problem or engine.

#[cfg(feature = "engine")]
mod engine;
mod error;
mod grade;
#[cfg(feature = "engine")]
mod in_process;
mod job;
mod judge;
mod report;
mod sandbox_exit;
mod structural;
mod tokens;
mod value;

#[cfg(feature = "engine")]
pub use engine::{UNAVAILABLE_MODULES, execute};
pub use error::{JudgeError, JudgeErrorKind};
pub use grade::RunResult;
#[cfg(feature = "engine")]
pub use in_process::InProcess;
pub use job::{CallResult, Job, JobKind, JobOutput, Outcome, PyError};
pub use judge::{
    DEFAULT_TIME_LIMIT_MS, JudgeOptions, Judging, MEASURING_TIME_LIMIT_MS, MIN_TIME_LIMIT_MS, RunLimits, Runner,
    Selection, job_for, judge, time_limit_ms,
};
pub use report::{GroupReport, Report, TestReport, Verdict};
pub use sandbox_exit::ENGINE_FAILURE_STATUS;
pub use tokens::{Mismatch, compare_output};
pub use value::Value;
