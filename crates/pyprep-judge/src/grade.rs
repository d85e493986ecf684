//! Grading: turns what a run produced into a verdict for one test.

use pyprep_pack::{Problem, Style, TestCase};
use serde_json::Value as Json;

use crate::job::{CallResult, JobOutput, Outcome, PyError};
use crate::report::{TestReport, Verdict};
use crate::structural::{Expected, expected, matches, python_repr};
use crate::tokens::compare_output;
use crate::value::Value;

/// The most characters of stdout or stderr a report keeps per test.
const REPORT_OUTPUT_CAP: usize = 8 * 1024;

/// What the host observed when it ran a job.
#[derive(Clone, Debug, PartialEq)]
pub enum RunResult {
    /// The sandbox finished and described the run.
    Completed(JobOutput),
    /// The host stopped the run at the hard time limit.
    TimedOut,
    /// The run hit the memory limit.
    MemoryExceeded,
    /// The sandbox died without a description (a crash or trap).
    Crashed {
        /// What the host saw.
        message: String,
    },
}

/// The parts of a grade that depend on comparing answers.
pub(crate) struct Judgement {
    pub verdict: Verdict,
    pub message: Option<String>,
    pub diff_line: Option<usize>,
    pub expected: Option<String>,
    pub actual: Option<String>,
    /// The exception a call raised where a value was expected, for its traceback.
    pub error: Option<PyError>,
}

impl Judgement {
    pub(crate) fn accepted() -> Self {
        Judgement { verdict: Verdict::AC, message: None, diff_line: None, expected: None, actual: None, error: None }
    }

    pub(crate) fn wrong(message: String) -> Self {
        Judgement {
            verdict: Verdict::WA,
            message: Some(message),
            diff_line: None,
            expected: None,
            actual: None,
            error: None,
        }
    }
}

/// Builds the report of one test from the run's result and a judgement of its answer.
/// `judge_answer` is called only when the run finished within its limits.
pub(crate) fn grade(
    test: &TestCase,
    result: RunResult,
    time_limit_ms: f64,
    judge_answer: impl FnOnce(&JobOutput) -> Judgement,
) -> TestReport {
    let mut report = TestReport {
        name: test.name.clone(),
        group: test.group.clone(),
        visible: test.sample,
        verdict: Verdict::AC,
        time_ms: 0.0,
        message: None,
        diff_line: None,
        hint: None,
        error: None,
        input: None,
        expected: None,
        actual: None,
        stdout: None,
        stderr: None,
    };
    match result {
        RunResult::TimedOut => {
            report.verdict = Verdict::TLE;
            report.time_ms = time_limit_ms;
            report.message = Some(format!("stopped after {:.1} s", time_limit_ms / 1000.0));
        }
        RunResult::MemoryExceeded => {
            report.verdict = Verdict::MLE;
            report.message = Some("the program used more memory than the limit".into());
        }
        RunResult::Crashed { message } => {
            report.verdict = Verdict::RE;
            report.message = Some(message);
        }
        RunResult::Completed(output) => {
            report.time_ms = output.time_ms;
            let error = match &output.outcome {
                Outcome::CompileError(e) | Outcome::Exception(e) => Some(e.clone()),
                _ => None,
            };
            let (verdict, message) = run_verdict(&output, time_limit_ms);
            report.verdict = verdict;
            report.message = message;
            report.error = error;
            if verdict == Verdict::AC {
                let j = judge_answer(&output);
                report.verdict = j.verdict;
                report.message = j.message;
                report.diff_line = j.diff_line;
                report.expected = j.expected;
                report.actual = j.actual;
                report.error = report.error.take().or(j.error);
            }
            if test.sample {
                report.stdout = Some(cap(&output.stdout));
                report.stderr = Some(cap(&output.stderr));
            }
        }
    }
    if report.verdict != Verdict::AC {
        report.hint = test.hint.clone();
    }
    if test.sample {
        report.input = Some(test.input.clone());
        if report.expected.is_none() {
            report.expected = Some(test.answer.clone());
        }
    } else {
        // Hidden tests never show their data: no output, values or exception text, and a
        // message that says only what kind of failure it was and where.
        report.expected = None;
        report.actual = None;
        if let Some(error) = &mut report.error {
            error.traceback = String::new();
            error.message = String::new();
        }
        report.message = hidden_message(&report);
    }
    report
}

/// The message of a hidden test: the kind of failure and its line, never the test's data.
fn hidden_message(report: &TestReport) -> Option<String> {
    let at = |line: Option<u32>| line.map(|l| format!(" (line {l})")).unwrap_or_default();
    match (report.verdict, &report.error) {
        (Verdict::AC, _) => None,
        // The token comparison quotes the expected and the printed output; value comparisons
        // describe the type or the operation only, and stay.
        (Verdict::WA, _) => match report.diff_line {
            Some(line) => Some(format!("wrong answer: the output differs from the expected one on line {line}")),
            None => report.message.clone(),
        },
        (Verdict::RE | Verdict::MLE, Some(error)) => Some(format!("{}{}", error.type_name, at(error.line))),
        _ => report.message.clone(),
    }
}

/// The verdict from how the run ended, before any answer is compared.
fn run_verdict(output: &JobOutput, time_limit_ms: f64) -> (Verdict, Option<String>) {
    match &output.outcome {
        Outcome::CompileError(e) => {
            let at = e.line.map(|l| format!(" on line {l}")).unwrap_or_default();
            (Verdict::CE, Some(format!("{}{at}: {}", e.type_name, e.message)))
        }
        _ if output.output_exceeded => (Verdict::OLE, Some("the program printed more than the output limit".into())),
        _ if output.time_ms > time_limit_ms => {
            (Verdict::TLE, Some(format!("took {:.0} ms; the limit is {:.0} ms", output.time_ms, time_limit_ms)))
        }
        Outcome::Exception(e) => exception_verdict(e),
        Outcome::Exit { code } => (Verdict::RE, Some(format!("the program exited with status {code}"))),
        Outcome::Finished { .. } => (Verdict::AC, None),
    }
}

fn exception_verdict(e: &PyError) -> (Verdict, Option<String>) {
    let at = e.line.map(|l| format!(" (line {l})")).unwrap_or_default();
    // A size that does not fit an index is a request for more memory than there is: CPython on
    // 64 bits raises MemoryError for `[0] * 10**10`, the 32-bit WebAssembly build OverflowError.
    let too_big = e.type_name == "OverflowError" && e.message.contains("index-sized integer");
    let verdict = if e.type_name == "MemoryError" || too_big { Verdict::MLE } else { Verdict::RE };
    let text = if too_big {
        format!("the program asked for more memory than there is ({}: {})", e.type_name, e.message)
    } else if e.message.is_empty() {
        e.type_name.clone()
    } else {
        format!("{}: {}", e.type_name, e.message)
    };
    (verdict, Some(format!("{text}{at}")))
}

fn cap(text: &str) -> String {
    if text.len() <= REPORT_OUTPUT_CAP {
        return text.to_string();
    }
    let mut end = REPORT_OUTPUT_CAP;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}\n[... output cut ...]", &text[..end])
}

/// Judges printed output with the Kattis default validator.
pub(crate) fn judge_stdout(test: &TestCase, output: &JobOutput) -> Judgement {
    match compare_output(&test.answer, &output.stdout, &test.flags) {
        Ok(()) => Judgement::accepted(),
        Err(mismatch) => Judgement {
            verdict: Verdict::WA,
            message: Some(format!("line {}: {}", mismatch.line, mismatch.message)),
            diff_line: Some(mismatch.line),
            expected: None,
            actual: test.sample.then(|| output.stdout.clone()),
            error: None,
        },
    }
}

/// Judges the values a function or class test returned.
pub(crate) fn judge_values(problem: &Problem, test: &TestCase, output: &JobOutput) -> Judgement {
    let results = match &output.outcome {
        Outcome::Finished { results } => results,
        _ => return Judgement::wrong("the program did not finish".into()),
    };
    let parsed: Result<Json, _> = serde_json::from_str(&test.answer);
    let Ok(answer) = parsed else {
        return Judgement::wrong("the test's answer is not valid JSON".into());
    };
    match &problem.style {
        Style::Function { unordered, .. } => {
            let Some(result) = results.first() else {
                return Judgement::wrong("the function was not called".into());
            };
            judge_call(&answer, result, test, *unordered, None)
        }
        Style::Class { .. } => {
            let expected_list = answer.as_array().cloned().unwrap_or_default();
            let ops: Vec<Json> =
                serde_json::from_str::<Json>(&test.input).ok().and_then(|j| j.as_array().cloned()).unwrap_or_default();
            for (i, expected_value) in expected_list.iter().enumerate() {
                let call = describe_op(ops.get(i));
                let Some(result) = results.get(i) else {
                    return Judgement::wrong(format!("operation {} ({call}) was not reached", i + 1));
                };
                // The constructor's result is not compared unless an exception is expected.
                if i == 0 && expected_value.is_null() && matches!(result, CallResult::Returned(_)) {
                    continue;
                }
                let j = judge_call(expected_value, result, test, false, Some((i + 1, &call)));
                if j.verdict != Verdict::AC {
                    return j;
                }
            }
            Judgement::accepted()
        }
        Style::Stdio | Style::Snippet => judge_stdout(test, output),
    }
}

fn describe_op(op: Option<&Json>) -> String {
    let Some(parts) = op.and_then(Json::as_array) else {
        return "?".into();
    };
    let name = parts.first().and_then(Json::as_str).unwrap_or("?");
    let args: Vec<String> = parts.iter().skip(1).map(python_repr).collect();
    format!("{name}({})", args.join(", "))
}

fn judge_call(
    expected_json: &Json,
    result: &CallResult,
    test: &TestCase,
    unordered: bool,
    op: Option<(usize, &str)>,
) -> Judgement {
    let prefix = op.map(|(i, call)| format!("operation {i}, {call}: ")).unwrap_or_default();
    let shown_expected = python_repr(expected_json);
    match (expected(expected_json), result) {
        // A dotted name (`json.JSONDecodeError`) matches by its last part, as the class's name.
        (Expected::Raises(name), CallResult::Raised(e))
            if e.mro.iter().any(|m| Some(m.as_str()) == name.rsplit('.').next()) =>
        {
            Judgement::accepted()
        }
        (Expected::Raises(name), CallResult::Raised(e)) => Judgement {
            verdict: Verdict::WA,
            message: Some(format!("{prefix}expected {name} to be raised, got {}", e.type_name)),
            diff_line: None,
            expected: test.sample.then(|| shown_expected.clone()),
            actual: test.sample.then(|| format!("raises {}", e.type_name)),
            error: None,
        },
        (Expected::Raises(name), CallResult::Returned(v)) => Judgement {
            verdict: Verdict::WA,
            message: Some(format!("{prefix}expected {name} to be raised, but it returned")),
            diff_line: None,
            expected: test.sample.then(|| shown_expected.clone()),
            actual: test.sample.then(|| v.to_string()),
            error: None,
        },
        (Expected::Value(_), CallResult::Raised(e)) => {
            let (verdict, message) = exception_verdict(e);
            Judgement {
                verdict,
                message: message.map(|m| format!("{prefix}{m}")),
                diff_line: None,
                expected: None,
                actual: None,
                error: Some(e.clone()),
            }
        }
        (Expected::Value(json), CallResult::Returned(v)) => {
            if matches(json, v, &test.flags, unordered) {
                Judgement::accepted()
            } else {
                let detail = match v {
                    Value::Other(name) => {
                        format!(
                            "returned an object of type {name}; the judge compares only built-in values (int, str, list, dict, ...)"
                        )
                    }
                    _ if test.sample => format!("expected {shown_expected}, got {v}"),
                    _ => format!("returned a wrong {}", v.type_name()),
                };
                Judgement {
                    verdict: Verdict::WA,
                    message: Some(format!("{prefix}{detail}")),
                    diff_line: None,
                    expected: test.sample.then(|| shown_expected.clone()),
                    actual: test.sample.then(|| v.to_string()),
                    error: None,
                }
            }
        }
    }
}
