//! Human-readable output: the judge's report as a table.

use pyprep_judge::{Report, Verdict};
use pyprep_pack::Problem;

/// Prints a report as a table, with details under failing tests.
pub(crate) fn print_report(problem: &Problem, report: &Report) {
    println!(
        "{} ({}, {} style), time limit {:.1} s",
        problem.name,
        problem.id,
        problem.style.name(),
        report.time_limit_ms / 1000.0
    );
    let width = report.tests.iter().map(|t| t.name.len()).max().unwrap_or(4).max(4);
    println!("{:width$}  {:8}  {:7}  {:>8}", "TEST", "GROUP", "VERDICT", "TIME");
    for test in &report.tests {
        println!("{:width$}  {:8}  {:7}  {:>5.0} ms", test.name, test.group, test.verdict.to_string(), test.time_ms);
        if test.verdict == Verdict::AC {
            continue;
        }
        if let Some(message) = &test.message {
            println!("{:width$}    {message}", "");
        }
        if let Some(hint) = &test.hint {
            println!("{:width$}    hint: {}", "", hint.trim());
        }
        if let Some(error) = test.error.as_ref().filter(|e| !e.traceback.is_empty()) {
            for line in error.traceback.lines() {
                println!("{:width$}    | {line}", "");
            }
        }
    }
    println!(
        "Verdict: {} ({}), {}/{} tests passed, score {:.0}",
        report.verdict,
        report.verdict.describe(),
        report.passed,
        report.total,
        report.score
    );
}
