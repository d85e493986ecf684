//! The judge's report: an overall verdict and one entry per test.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::job::PyError;

/// The verdict of a test, or of a whole submission.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Verdict {
    /// Accepted.
    AC,
    /// Wrong answer.
    WA,
    /// Time limit exceeded.
    TLE,
    /// Memory limit exceeded.
    MLE,
    /// Output limit exceeded.
    OLE,
    /// Run-time error: an uncaught exception, a non-zero exit, a crash.
    RE,
    /// Compile error: the source is not valid Python.
    CE,
}

impl Verdict {
    /// A short description for people.
    pub fn describe(self) -> &'static str {
        match self {
            Verdict::AC => "Accepted",
            Verdict::WA => "Wrong answer",
            Verdict::TLE => "Time limit exceeded",
            Verdict::MLE => "Memory limit exceeded",
            Verdict::OLE => "Output limit exceeded",
            Verdict::RE => "Run-time error",
            Verdict::CE => "Compile error",
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// The result of one test.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TestReport {
    /// The test's name, for example `sample/1` or `secret/empty/01`.
    pub name: String,
    /// The test's group.
    pub group: String,
    /// Whether the candidate may see the test's data (samples and their own tests).
    pub visible: bool,
    /// The verdict.
    pub verdict: Verdict,
    /// Time spent running the candidate's code, in ms.
    pub time_ms: f64,
    /// Why the test failed, in a sentence (none when accepted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The first line of the output that differs, for wrong answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diff_line: Option<usize>,
    /// The pack's hint for this test, shown when it fails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// The uncaught exception or syntax error, with its traceback (visible tests only carry the traceback).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<PyError>,
    /// The test's input (visible tests only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub input: Option<String>,
    /// The expected output or value (visible tests only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// The actual output or value (visible tests only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<String>,
    /// What the code printed (visible tests only; capped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stdout: Option<String>,
    /// What the code wrote to stderr (visible tests only; capped).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stderr: Option<String>,
}

/// How a test group fared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GroupReport {
    /// The group's name.
    pub name: String,
    /// Tests passed.
    pub passed: usize,
    /// Tests run.
    pub total: usize,
    /// Points for the whole group, when the pack gives them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub points: Option<f64>,
}

/// The result of judging one submission.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The problem's id.
    pub problem: String,
    /// AC when every test passed, else the verdict of the first failing test.
    pub verdict: Verdict,
    /// Tests passed.
    pub passed: usize,
    /// Tests run.
    pub total: usize,
    /// The time limit per test that was applied, in ms.
    pub time_limit_ms: f64,
    /// The hidden tests' score: points of fully passed groups when the pack gives points,
    /// else the share of hidden tests passed, from 0 to 100.
    pub score: f64,
    /// Per group, in the problem's order.
    pub groups: Vec<GroupReport>,
    /// Per test, in order.
    pub tests: Vec<TestReport>,
}
