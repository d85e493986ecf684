//! Judging a submission: runs each test through a host's [`Runner`] and grades it.

use pyprep_pack::{Problem, Style, TestCase, Validator};

use crate::error::{JudgeError, JudgeErrorKind};
use crate::grade::{Judgement, RunResult, grade, judge_stdout, judge_values};
use crate::job::{Job, JobKind, JobOutput, Outcome};
use crate::report::{GroupReport, Report, TestReport, Verdict};

/// The time limit when a problem fixes none and no accepted submission was measured, in ms.
pub const DEFAULT_TIME_LIMIT_MS: f64 = 2000.0;

/// The time limit while accepted submissions are timed to derive a problem's limit, in ms.
pub const MEASURING_TIME_LIMIT_MS: f64 = 20_000.0;

/// The smallest time limit ever applied, in ms: start-up noise dominates below it.
pub const MIN_TIME_LIMIT_MS: f64 = 1000.0;

/// The most characters a program may print to stdout (or to stderr) per test by default.
pub const DEFAULT_OUTPUT_LIMIT: usize = 1024 * 1024;

/// A host that runs jobs in a sandbox and enforces the limits.
pub trait Runner {
    /// Runs one job. A failing program is a [`RunResult`]; `Err` is a failure of the host.
    fn run(&mut self, job: &Job, limits: &RunLimits) -> Result<RunResult, JudgeError>;
}

/// The limits a host enforces on one job.
#[derive(Clone, Debug, PartialEq)]
pub struct RunLimits {
    /// The time limit of the test, in ms; hosts stop the run a little after it.
    pub time_limit_ms: f64,
    /// The memory limit, in MiB.
    pub memory_mib: u32,
}

/// Which tests to run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Selection {
    /// The samples and the candidate's own tests ("Run").
    Samples,
    /// Every test ("Submit").
    All,
}

/// How to judge.
#[derive(Clone, Debug)]
pub struct JudgeOptions {
    /// Which tests.
    pub selection: Selection,
    /// The time limit per test, in ms.
    pub time_limit_ms: f64,
    /// The candidate's own tests, run after the samples; treated as visible.
    pub custom_tests: Vec<TestCase>,
    /// Stops at the first test with this verdict (to spare the time of further timeouts).
    pub stop_on: Option<Verdict>,
}

impl JudgeOptions {
    /// Every test, with this time limit, no custom tests, never stopping early.
    pub fn all(time_limit_ms: f64) -> Self {
        JudgeOptions { selection: Selection::All, time_limit_ms, custom_tests: Vec::new(), stop_on: None }
    }
}

/// The time limit for a problem: the fixed one, else the slowest accepted submission's time
/// times the problem's multiplier (Kattis style), never below [`MIN_TIME_LIMIT_MS`].
pub fn time_limit_ms(problem: &Problem, slowest_accepted_ms: Option<f64>) -> f64 {
    if let Some(seconds) = problem.limits.time_limit {
        return seconds * 1000.0;
    }
    match slowest_accepted_ms {
        Some(ms) => (ms * problem.limits.time_multiplier).max(MIN_TIME_LIMIT_MS).ceil(),
        None => DEFAULT_TIME_LIMIT_MS,
    }
}

/// The job that runs `source` on `test` of `problem`.
pub fn job_for(problem: &Problem, source: &str, test: &TestCase) -> Job {
    let kind = match &problem.style {
        Style::Stdio => JobKind::Program { stdin: test.input.clone() },
        Style::Function { entry, .. } => JobKind::Function { entry: entry.clone(), args: test.input.clone() },
        Style::Class { entry } => JobKind::Class { entry: entry.clone(), ops: test.input.clone() },
        Style::Snippet => JobKind::Snippet { snippet: test.input.clone() },
    };
    let output_limit = (problem.limits.output_kib as usize * 1024).min(DEFAULT_OUTPUT_LIMIT * 8);
    Job { source: source.to_string(), kind, output_limit }
}

/// Judges `source` against the selected tests of `problem`.
pub fn judge(
    problem: &Problem,
    source: &str,
    options: &JudgeOptions,
    runner: &mut dyn Runner,
) -> Result<Report, JudgeError> {
    let mut tests: Vec<&TestCase> =
        problem.tests.iter().filter(|t| t.sample || options.selection == Selection::All).collect();
    let insert_at = tests.iter().take_while(|t| t.sample).count();
    for (i, custom) in options.custom_tests.iter().enumerate() {
        tests.insert(insert_at + i, custom);
    }
    let limits = RunLimits { time_limit_ms: options.time_limit_ms, memory_mib: problem.limits.memory_mib };
    let mut reports: Vec<TestReport> = Vec::with_capacity(tests.len());
    let mut compile_error: Option<TestReport> = None;
    for test in tests {
        if let Some(ce) = &compile_error {
            // A compile error fails every test the same way; there is no need to run them.
            reports.push(TestReport {
                name: test.name.clone(),
                group: test.group.clone(),
                visible: test.sample,
                hint: None,
                ..ce.clone()
            });
            continue;
        }
        let job = job_for(problem, source, test);
        let result = runner.run(&job, &limits)?;
        let mut validator_error = None;
        let report = grade(test, result, options.time_limit_ms, |output| {
            judge_answer(problem, test, output, runner, &limits).unwrap_or_else(|e| {
                validator_error = Some(e);
                Judgement { verdict: Verdict::WA, message: None, diff_line: None, expected: None, actual: None }
            })
        });
        if let Some(e) = validator_error {
            return Err(e);
        }
        if report.verdict == Verdict::CE {
            compile_error = Some(report.clone());
        }
        let stop = options.stop_on == Some(report.verdict);
        reports.push(report);
        if stop {
            break;
        }
    }
    Ok(summarise(problem, options.time_limit_ms, reports))
}

fn judge_answer(
    problem: &Problem,
    test: &TestCase,
    output: &JobOutput,
    runner: &mut dyn Runner,
    limits: &RunLimits,
) -> Result<Judgement, JudgeError> {
    match (&problem.validator, &problem.style) {
        (_, Style::Function { .. } | Style::Class { .. }) => Ok(judge_values(problem, test, output)),
        (Validator::Default, _) => Ok(judge_stdout(test, output)),
        (Validator::Python { path, source }, _) => run_validator(path, source, test, output, runner, limits),
    }
}

/// Runs a Kattis output validator written in Python: exit status 42 accepts, 43 rejects.
fn run_validator(
    path: &str,
    source: &str,
    test: &TestCase,
    output: &JobOutput,
    runner: &mut dyn Runner,
    limits: &RunLimits,
) -> Result<Judgement, JudgeError> {
    let job = Job {
        source: source.to_string(),
        kind: JobKind::Validate {
            input: test.input.clone(),
            answer: test.answer.clone(),
            output: output.stdout.clone(),
        },
        output_limit: DEFAULT_OUTPUT_LIMIT,
    };
    let broken =
        |what: String| JudgeError::new(JudgeErrorKind::Problem, format!("{path}: on test {}: {what}", test.name));
    match runner.run(&job, limits)? {
        RunResult::Completed(JobOutput { outcome: Outcome::Exit { code: 42 }, .. }) => {
            Ok(Judgement { verdict: Verdict::AC, message: None, diff_line: None, expected: None, actual: None })
        }
        RunResult::Completed(JobOutput { outcome: Outcome::Exit { code: 43 }, stdout, stderr, .. }) => {
            let feedback = [stdout.trim(), stderr.trim()]
                .into_iter()
                .find(|s| !s.is_empty())
                .unwrap_or("rejected by the output validator");
            Ok(Judgement {
                verdict: Verdict::WA,
                message: Some(feedback.lines().next().unwrap_or_default().to_string()),
                diff_line: None,
                expected: None,
                actual: test.sample.then(|| output.stdout.clone()),
            })
        }
        RunResult::Completed(JobOutput { outcome: Outcome::Exception(e), .. }) => {
            Err(broken(format!("the output validator raised {}: {}", e.type_name, e.message)))
        }
        RunResult::Completed(JobOutput { outcome, .. }) => {
            Err(broken(format!("the output validator must exit with status 42 or 43, but it ended with {outcome:?}")))
        }
        other => Err(broken(format!("the output validator did not finish: {other:?}"))),
    }
}

fn summarise(problem: &Problem, time_limit_ms: f64, tests: Vec<TestReport>) -> Report {
    let verdict = tests.iter().map(|t| t.verdict).find(|v| *v != Verdict::AC).unwrap_or(Verdict::AC);
    let passed = tests.iter().filter(|t| t.verdict == Verdict::AC).count();
    let mut groups: Vec<GroupReport> = Vec::new();
    for test in &tests {
        let index = match groups.iter().position(|g| g.name == test.group) {
            Some(i) => i,
            None => {
                let points = problem.groups.iter().find(|g| g.name == test.group).and_then(|g| g.points);
                groups.push(GroupReport { name: test.group.clone(), passed: 0, total: 0, points });
                groups.len() - 1
            }
        };
        groups[index].total += 1;
        groups[index].passed += usize::from(test.verdict == Verdict::AC);
    }
    Report {
        problem: problem.id.clone(),
        verdict,
        passed,
        total: tests.len(),
        time_limit_ms,
        score: score(&groups, &tests),
        groups,
        tests,
    }
}

/// The hidden tests' score from 0 to 100: by group points when given, else by share of tests.
fn score(groups: &[GroupReport], tests: &[TestReport]) -> f64 {
    let hidden: Vec<&GroupReport> =
        groups.iter().filter(|g| g.name != "sample" && !tests.iter().any(|t| t.group == g.name && t.visible)).collect();
    let total_points: f64 = hidden.iter().filter_map(|g| g.points).sum();
    if total_points > 0.0 {
        let earned: f64 = hidden.iter().filter(|g| g.passed == g.total).filter_map(|g| g.points).sum();
        return (earned / total_points * 100.0 * 100.0).round() / 100.0;
    }
    let (passed, total) = hidden.iter().fold((0, 0), |(p, t), g| (p + g.passed, t + g.total));
    if total == 0 { 0.0 } else { (passed as f64 / total as f64 * 100.0 * 100.0).round() / 100.0 }
}
