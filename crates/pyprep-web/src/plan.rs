//! What a Run or a Submit judges: the tests, the candidate's own tests, and the time limit the
//! browser applies.

use pyprep_judge::{DEFAULT_TIME_LIMIT_MS, JudgeOptions, Selection, Verdict};
use pyprep_pack::{Problem, Style, TestCase};

use crate::records::{CustomTest, RunKind};

/// How much slower Python runs in the browser's WebAssembly sandbox than in the native build
/// that `pyprep build` used to measure each problem's time limit (docs/benchmarks.md).
pub const BROWSER_SLOWDOWN: f64 = 3.0;

/// Wall-clock time the page grants a job beyond its time limit before it stops the worker: a
/// fresh instance and the interpreter's start-up are not the candidate's time.
pub const STARTUP_GRACE_MS: f64 = 3000.0;

/// The time limit per test in the browser, in ms.
pub fn browser_time_limit_ms(problem: &Problem) -> f64 {
    problem.limits.time_limit.map_or(DEFAULT_TIME_LIMIT_MS, |s| s * 1000.0) * BROWSER_SLOWDOWN
}

/// The judge's options for a Run or a Submit.
pub fn options(problem: &Problem, kind: RunKind, custom: &[CustomTest]) -> JudgeOptions {
    let custom_tests = match kind {
        RunKind::Run => custom
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.input.trim().is_empty() || !t.expected.trim().is_empty())
            .map(|(i, t)| custom_test(problem, i, t))
            .collect(),
        RunKind::Submit => Vec::new(),
    };
    JudgeOptions {
        selection: match kind {
            RunKind::Run => Selection::Samples,
            RunKind::Submit => Selection::All,
        },
        time_limit_ms: browser_time_limit_ms(problem),
        custom_tests,
        // One timeout costs the whole limit; further ones would only make the candidate wait.
        stop_on: Some(Verdict::TLE),
    }
}

/// A candidate's test as a visible test case named `custom-N`.
fn custom_test(problem: &Problem, index: usize, test: &CustomTest) -> TestCase {
    let mut input = test.input.clone();
    if matches!(problem.style, Style::Stdio) && !input.is_empty() && !input.ends_with('\n') {
        input.push('\n');
    }
    TestCase {
        name: format!("custom-{}", index + 1),
        group: "custom".into(),
        sample: true,
        input,
        answer: test.expected.clone(),
        hint: None,
        desc: None,
        flags: problem.tests.first().map(|t| t.flags.clone()).unwrap_or_default(),
    }
}

/// What the two fields of a custom test hold, by the problem's style.
pub fn custom_labels(style: &Style) -> (&'static str, &'static str) {
    match style {
        Style::Stdio => ("Input (stdin)", "Expected output"),
        Style::Function { .. } => ("Arguments (a JSON list)", "Expected return value (JSON)"),
        Style::Class { .. } => ("Operations (JSON)", "Expected results (JSON)"),
        Style::Snippet => ("Test code", "Expected output"),
    }
}

/// How a sample's input and answer are titled, by the problem's style.
pub fn sample_labels(style: &Style) -> (&'static str, &'static str) {
    match style {
        Style::Stdio => ("Input", "Expected output"),
        Style::Function { .. } => ("Arguments", "Returns"),
        Style::Class { .. } => ("Operations", "Results"),
        Style::Snippet => ("Test code", "Expected output"),
    }
}
