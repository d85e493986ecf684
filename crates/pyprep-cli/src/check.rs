//! `pyprep check`: validates packs and problems, then checks every submission's verdict.

use std::path::Path;
use std::process::ExitCode;

use pyprep_judge::{JudgeOptions, MEASURING_TIME_LIMIT_MS, Report, Verdict, judge, time_limit_ms};
use pyprep_pack::{ExpectedOutcome, Problem, Submission};

use crate::child::ChildRunner;
use crate::cli::CheckArgs;
use crate::judge_cmd::slowest_test_ms;
use crate::load::{directories, error_count, load_dir, print_diagnostics};

/// Tallies of what was checked.
#[derive(Default)]
struct Tally {
    passed: usize,
    failed: usize,
}

pub(crate) fn check(args: CheckArgs) -> Result<ExitCode, String> {
    let mut runner = ChildRunner::new(&args.engine)?;
    let mut tally = Tally::default();
    for dir in directories(&args.dirs) {
        if let Err(message) = check_dir(dir, &mut runner, &mut tally) {
            // One broken directory must not hide what the others hold.
            println!("FAIL {}: {message}", dir.display());
            tally.failed += 1;
        }
    }
    println!("check: {} passed, {} failed", tally.passed, tally.failed);
    Ok(if tally.failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn check_dir(dir: &Path, runner: &mut ChildRunner, tally: &mut Tally) -> Result<(), String> {
    let (loaded, diagnostics) = load_dir(dir)?;
    print_diagnostics(&diagnostics);
    let errors = error_count(&diagnostics);
    if errors > 0 {
        println!("FAIL {}: {errors} error(s) in the pack format", dir.display());
        tally.failed += 1;
    }
    let Some(loaded) = loaded else { return Ok(()) };
    for problem in loaded.problems() {
        check_problem(dir, problem, runner, tally)?;
    }
    Ok(())
}

fn check_problem(dir: &Path, problem: &Problem, runner: &mut ChildRunner, tally: &mut Tally) -> Result<(), String> {
    let label = format!("{}/{}", dir.display(), problem.id);
    let accepted: Vec<&Submission> =
        problem.submissions.iter().filter(|s| s.expected == ExpectedOutcome::Accepted).collect();
    let mut results: Vec<(&Submission, Report)> = Vec::new();
    // Accepted submissions run first, with a generous limit, to derive the time limit.
    let measuring = JudgeOptions::all(problem.limits.time_limit.map_or(MEASURING_TIME_LIMIT_MS, |s| s * 1000.0));
    for submission in &accepted {
        let report = judge(problem, &submission.source, &measuring, runner)
            .map_err(|e| format!("{label}: {}: {e}", submission.path))?;
        results.push((submission, report));
    }
    let slowest =
        results.iter().map(|(_, r)| slowest_test_ms(r)).fold(None, |m: Option<f64>, t| Some(m.map_or(t, |m| m.max(t))));
    let limit = time_limit_ms(problem, slowest);
    for submission in problem.submissions.iter().filter(|s| s.expected != ExpectedOutcome::Accepted) {
        let stop_on = match submission.expected {
            ExpectedOutcome::TimeLimitExceeded => Some(Verdict::TLE),
            ExpectedOutcome::RunTimeError => Some(Verdict::RE),
            _ => None,
        };
        let options = JudgeOptions { stop_on, ..JudgeOptions::all(limit) };
        let report = judge(problem, &submission.source, &options, runner)
            .map_err(|e| format!("{label}: {}: {e}", submission.path))?;
        results.push((submission, report));
    }
    for (submission, mut report) in results {
        report.time_limit_ms = limit;
        let outcome = expectation_met(submission.expected, &report, limit);
        let summary = verdict_summary(&report);
        match outcome {
            Ok(()) => {
                tally.passed += 1;
                println!("ok   {label}: {} -> {summary}", submission.path);
            }
            Err(why) => {
                tally.failed += 1;
                println!("FAIL {label}: {} -> {summary}: {why}", submission.path);
                for test in report.tests.iter().filter(|t| t.verdict != Verdict::AC) {
                    println!("       {} {}: {}", test.verdict, test.name, test.message.as_deref().unwrap_or(""));
                }
            }
        }
    }
    if problem.submissions.is_empty() {
        println!("ok   {label}: no submissions to run (time limit {:.1} s)", limit / 1000.0);
    }
    Ok(())
}

fn verdict_summary(report: &Report) -> String {
    format!("{} ({}/{} tests, slowest {:.0} ms)", report.verdict, report.passed, report.total, slowest_test_ms(report))
}

/// Whether a submission's report is what its folder in `submissions/` promises.
fn expectation_met(expected: ExpectedOutcome, report: &Report, limit: f64) -> Result<(), String> {
    let has = |v: Verdict| report.tests.iter().any(|t| t.verdict == v);
    match expected {
        ExpectedOutcome::Accepted if report.verdict != Verdict::AC => Err("expected AC on every test".into()),
        ExpectedOutcome::Accepted if slowest_test_ms(report) > limit => Err("slower than the time limit".into()),
        ExpectedOutcome::WrongAnswer if !has(Verdict::WA) => Err("expected at least one WA".into()),
        ExpectedOutcome::WrongAnswer if has(Verdict::TLE) || has(Verdict::MLE) || has(Verdict::OLE) => {
            Err("a wrong-answer submission must stay within the limits".into())
        }
        ExpectedOutcome::TimeLimitExceeded if !has(Verdict::TLE) => Err("expected at least one TLE".into()),
        ExpectedOutcome::RunTimeError if !has(Verdict::RE) => Err("expected at least one RE".into()),
        _ => Ok(()),
    }
}
