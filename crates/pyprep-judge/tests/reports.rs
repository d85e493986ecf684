//! Snapshot tests of judge reports for the starter pack's problems, judged in process.

use std::path::Path;

use pyprep_judge::{InProcess, JudgeOptions, Report, judge};
use pyprep_pack::{FileTree, Problem, load_problem};

fn load(id: &str) -> Problem {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../problems/starter").join(id);
    let mut tree = FileTree::new();
    read(&dir, "", &mut tree);
    load_problem(id, &tree).value.unwrap_or_else(|| panic!("{id} loads"))
}

fn read(dir: &Path, prefix: &str, tree: &mut FileTree) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = if prefix.is_empty() { name } else { format!("{prefix}/{name}") };
        if entry.file_type().unwrap().is_dir() {
            read(&entry.path(), &rel, tree);
        } else {
            tree.insert(rel, std::fs::read(entry.path()).unwrap());
        }
    }
}

fn judge_submission(problem: &Problem, path: &str) -> Report {
    let source = &problem.submissions.iter().find(|s| s.path == path).unwrap_or_else(|| panic!("{path}")).source;
    judge_source(problem, source)
}

fn judge_source(problem: &Problem, source: &str) -> Report {
    let problem = problem.clone();
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || judge(&problem, &source, &JudgeOptions::all(2000.0), &mut InProcess).unwrap())
        .unwrap()
        .join()
        .unwrap()
}

/// Snapshots a report with its times zeroed, since they vary from run to run.
fn snapshot(name: &str, report: &Report) {
    let mut report = report.clone();
    for test in &mut report.tests {
        assert!(test.time_ms >= 0.0);
        test.time_ms = 0.0;
    }
    insta::assert_json_snapshot!(name, report);
}

#[test]
fn class_problem_wrong_answer_report() {
    let problem = load("min-stack");
    let report = judge_submission(&problem, "submissions/wrong_answer/single_min.py");
    snapshot("min_stack_single_min", &report);
}

#[test]
fn snippet_problem_wrong_answer_report() {
    let problem = load("retry-decorator");
    let report = judge_submission(&problem, "submissions/wrong_answer/no_wraps.py");
    snapshot("retry_no_wraps", &report);
}

#[test]
fn function_problem_accepted_report() {
    let problem = load("max-profit");
    let report = judge_submission(&problem, "submissions/accepted/one_pass.py");
    snapshot("max_profit_accepted", &report);
}

#[test]
fn function_problem_run_time_error_report() {
    // A function that raises where a value is expected: RE, with the traceback on sample tests
    // (for its line links) and neither traceback nor message text on hidden ones.
    let problem = load("max-profit");
    let source = "def max_profit(prices):\n    best = 0\n    return best // (len(prices) - len(prices))\n";
    let report = judge_source(&problem, source);
    assert!(report.tests.iter().all(|t| t.verdict.to_string() == "RE"));
    for test in &report.tests {
        let error = test.error.as_ref().expect("an RE test carries its error");
        assert_eq!(error.type_name, "ZeroDivisionError");
        assert_eq!(error.line, Some(3));
        assert_eq!(test.visible, error.traceback.contains("line 3"), "{}: {}", test.name, error.traceback);
    }
    snapshot("max_profit_run_time_error", &report);
}
