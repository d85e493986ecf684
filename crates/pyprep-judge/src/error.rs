//! The judge's error type: a broken job, pack or engine, never a failing submission.

use std::fmt;

/// What went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JudgeErrorKind {
    /// A job could not be run as given: its test data is malformed.
    Job,
    /// The problem cannot be judged: for example its output validator does not answer 42 or 43.
    Problem,
    /// The interpreter or the host that runs it failed.
    Engine,
}

/// An error with its kind and a message that says where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JudgeError {
    /// What went wrong.
    pub kind: JudgeErrorKind,
    /// What happened and where (test name, file).
    pub message: String,
}

impl JudgeError {
    /// A new error.
    pub fn new(kind: JudgeErrorKind, message: impl Into<String>) -> Self {
        Self { kind, message: message.into() }
    }
}

impl fmt::Display for JudgeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for JudgeError {}
