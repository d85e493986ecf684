//! `pyprep judge`: judges one submission and prints a table or JSON.

use std::process::ExitCode;

use pyprep_judge::{JudgeOptions, MEASURING_TIME_LIMIT_MS, Report, Runner, Selection, Verdict};
use pyprep_pack::{ExpectedOutcome, Problem};

use crate::child::ChildRunner;
use crate::cli::JudgeArgs;
use crate::files::read_text;
use crate::load::load_problem_dir;
use crate::output::print_report;

pub(crate) fn judge(args: JudgeArgs) -> Result<ExitCode, String> {
    let problem = load_problem_dir(&args.problem)?;
    let source = read_text(&args.file)?;
    let mut runner = ChildRunner::new(&args.engine)?;
    let time_limit_ms = problem_time_limit(&problem, &mut runner, !args.json)?;
    let selection = if args.samples { Selection::Samples } else { Selection::All };
    let options = JudgeOptions { selection, ..JudgeOptions::all(time_limit_ms) };
    let report = pyprep_judge::judge(&problem, &source, &options, &mut runner).map_err(|e| e.to_string())?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?);
    } else {
        print_report(&problem, &report);
    }
    Ok(if report.verdict == Verdict::AC { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// The problem's time limit: fixed, or derived from its accepted submissions' slowest time.
pub(crate) fn problem_time_limit(problem: &Problem, runner: &mut dyn Runner, verbose: bool) -> Result<f64, String> {
    if problem.limits.time_limit.is_some() {
        return Ok(pyprep_judge::time_limit_ms(problem, None));
    }
    let accepted: Vec<_> = problem.submissions.iter().filter(|s| s.expected == ExpectedOutcome::Accepted).collect();
    if accepted.is_empty() {
        return Ok(pyprep_judge::time_limit_ms(problem, None));
    }
    if verbose {
        eprintln!("deriving the time limit of {} from {} accepted submission(s)...", problem.id, accepted.len());
    }
    let options = JudgeOptions::all(MEASURING_TIME_LIMIT_MS);
    let mut slowest: f64 = 0.0;
    for submission in accepted {
        let report = pyprep_judge::judge(problem, &submission.source, &options, runner)
            .map_err(|e| format!("{}: {e}", submission.path))?;
        slowest = slowest_test_ms(&report).max(slowest);
    }
    Ok(pyprep_judge::time_limit_ms(problem, Some(slowest)))
}

/// The slowest test of a report, in ms.
pub(crate) fn slowest_test_ms(report: &Report) -> f64 {
    report.tests.iter().map(|t| t.time_ms).fold(0.0, f64::max)
}
