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

/// Judges `source` against the selected tests of `problem`, running each job through `runner`.
pub fn judge(
    problem: &Problem,
    source: &str,
    options: &JudgeOptions,
    runner: &mut dyn Runner,
) -> Result<Report, JudgeError> {
    let mut judging = Judging::new(problem, source, options);
    while let Some(job) = judging.next_job() {
        let result = runner.run(&job, judging.limits())?;
        judging.record(result)?;
    }
    Ok(judging.finish())
}

/// A judgement in progress, one job at a time, for hosts that run jobs asynchronously (the
/// browser's worker): ask [`Judging::next_job`], run it within [`Judging::limits`], hand the
/// result to [`Judging::record`], and when no job is left take the [`Judging::finish`]ed report.
#[derive(Debug)]
pub struct Judging {
    problem: Problem,
    source: String,
    tests: Vec<TestCase>,
    next: usize,
    limits: RunLimits,
    stop_on: Option<Verdict>,
    stopped: bool,
    reports: Vec<TestReport>,
    compile_error: Option<TestReport>,
    /// A test whose program finished and whose output waits for the output validator.
    awaiting_validator: Option<(usize, RunResult)>,
}

impl Judging {
    /// Starts judging `source` against the tests of `problem` that `options` selects.
    pub fn new(problem: &Problem, source: &str, options: &JudgeOptions) -> Self {
        let mut tests: Vec<TestCase> =
            problem.tests.iter().filter(|t| t.sample || options.selection == Selection::All).cloned().collect();
        let insert_at = tests.iter().take_while(|t| t.sample).count();
        for (i, custom) in options.custom_tests.iter().enumerate() {
            tests.insert(insert_at + i, custom.clone());
        }
        Judging {
            problem: problem.clone(),
            source: source.to_string(),
            tests,
            next: 0,
            limits: RunLimits { time_limit_ms: options.time_limit_ms, memory_mib: problem.limits.memory_mib },
            stop_on: options.stop_on,
            stopped: false,
            reports: Vec::new(),
            compile_error: None,
            awaiting_validator: None,
        }
    }

    /// The limits every job of this judgement runs within.
    pub fn limits(&self) -> &RunLimits {
        &self.limits
    }

    /// How many tests are judged so far, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        (self.reports.len(), self.tests.len())
    }

    /// The tests judged so far, in order.
    pub fn tests_judged(&self) -> &[TestReport] {
        &self.reports
    }

    /// The next job to run, or `None` when the judgement is complete.
    pub fn next_job(&mut self) -> Option<Job> {
        if let Some((index, RunResult::Completed(output))) = &self.awaiting_validator {
            return Some(validator_job(&self.problem, &self.tests[*index], output));
        }
        while !self.stopped && self.next < self.tests.len() {
            let test = &self.tests[self.next];
            match &self.compile_error {
                // A compile error fails every test the same way; there is no need to run them.
                Some(ce) => {
                    let report = TestReport {
                        name: test.name.clone(),
                        group: test.group.clone(),
                        visible: test.sample,
                        hint: None,
                        ..ce.clone()
                    };
                    self.reports.push(report);
                    self.next += 1;
                }
                None => return Some(job_for(&self.problem, &self.source, test)),
            }
        }
        None
    }

    /// Records what the host observed for the job [`Judging::next_job`] returned last.
    /// `Err` means the problem is broken (its output validator failed).
    pub fn record(&mut self, result: RunResult) -> Result<(), JudgeError> {
        let time_limit_ms = self.limits.time_limit_ms;
        if let Some((index, main)) = self.awaiting_validator.take() {
            let test = &self.tests[index];
            let Validator::Python { path, .. } = &self.problem.validator else {
                unreachable!("only a Python validator is awaited");
            };
            let RunResult::Completed(output) = &main else { unreachable!("only finished runs are validated") };
            let judgement = validator_judgement(path, test, output, result)?;
            let report = grade(test, main.clone(), time_limit_ms, |_| judgement);
            self.push(report);
            return Ok(());
        }
        let test = &self.tests[self.next];
        let mut needs_validator = false;
        let report =
            grade(test, result.clone(), time_limit_ms, |output| match (&self.problem.validator, &self.problem.style) {
                (_, Style::Function { .. } | Style::Class { .. }) => judge_values(&self.problem, test, output),
                (Validator::Default, _) => judge_stdout(test, output),
                (Validator::Python { .. }, _) => {
                    needs_validator = true;
                    // A placeholder: the validator's judgement replaces this report.
                    Judgement::wrong(String::new())
                }
            });
        if needs_validator {
            self.awaiting_validator = Some((self.next, result));
            return Ok(());
        }
        self.push(report);
        Ok(())
    }

    fn push(&mut self, report: TestReport) {
        if report.verdict == Verdict::CE {
            self.compile_error = Some(report.clone());
        }
        self.stopped = self.stop_on == Some(report.verdict);
        self.reports.push(report);
        self.next += 1;
    }

    /// The report: the tests judged so far and the groups they make up.
    pub fn finish(self) -> Report {
        summarise(&self.problem, self.limits.time_limit_ms, self.reports)
    }
}

/// The job that runs a Kattis output validator written in Python on a test's output.
fn validator_job(problem: &Problem, test: &TestCase, output: &JobOutput) -> Job {
    let Validator::Python { source, .. } = &problem.validator else { unreachable!("only a Python validator runs") };
    Job {
        source: source.clone(),
        kind: JobKind::Validate {
            input: test.input.clone(),
            answer: test.answer.clone(),
            output: output.stdout.clone(),
        },
        output_limit: DEFAULT_OUTPUT_LIMIT,
    }
}

/// Reads the verdict of a Kattis output validator: exit status 42 accepts, 43 rejects.
fn validator_judgement(
    path: &str,
    test: &TestCase,
    output: &JobOutput,
    result: RunResult,
) -> Result<Judgement, JudgeError> {
    let broken =
        |what: String| JudgeError::new(JudgeErrorKind::Problem, format!("{path}: on test {}: {what}", test.name));
    match result {
        RunResult::Completed(JobOutput { outcome: Outcome::Exit { code: 42 }, .. }) => Ok(Judgement::accepted()),
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
                error: None,
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
