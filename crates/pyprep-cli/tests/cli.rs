//! The `pyprep` command end to end: verdicts for every style and every hostile program,
//! exit statuses, `check`, `build` and `run`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn pyprep(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pyprep")).args(args).current_dir(fixtures()).output().expect("pyprep runs")
}

fn judge_json(problem: &str, file: &str) -> (Value, Option<i32>) {
    let out = pyprep(&["judge", problem, file, "--json"]);
    let report: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{problem} {file}: no JSON ({e}): {}", String::from_utf8_lossy(&out.stderr)));
    (report, out.status.code())
}

fn verdicts(report: &Value) -> Vec<String> {
    report["tests"].as_array().unwrap().iter().map(|t| t["verdict"].as_str().unwrap().to_string()).collect()
}

#[test]
fn hostile_programs_end_with_the_right_verdicts() {
    let cases = [
        ("infinite_loop.py", "TLE"),
        ("catch_all_loop.py", "TLE"),
        ("deep_recursion.py", "RE"),
        ("huge_allocation.py", "MLE"),
        ("print_flood.py", "OLE"),
        ("sys_exit_ok.py", "AC"),
        ("sys_exit_fail.py", "RE"),
        ("os_exit.py", "AC"),
        ("read_answers.py", "WA"),
        ("syntax_error.py", "CE"),
        ("runtime_error.py", "RE"),
        ("memo_deep.py", "AC"),
    ];
    for (file, expected) in cases {
        let (report, code) = judge_json("echo-sum", &format!("hostile/{file}"));
        assert_eq!(report["verdict"], expected, "{file}: {report:#}");
        assert_eq!(code, Some(if expected == "AC" { 0 } else { 1 }), "{file}");
        for test in report["tests"].as_array().unwrap() {
            assert!(test["name"].is_string() && test["group"].is_string() && test["time_ms"].is_number());
        }
    }
}

#[test]
fn reading_other_tests_answers_finds_nothing() {
    let (report, _) = judge_json("echo-sum", "hostile/read_answers.py");
    // It prints how many directory entries it could list: none.
    assert_eq!(report["tests"][0]["stdout"], "0\n", "{report:#}");
}

#[test]
fn runtime_errors_point_at_the_candidates_line() {
    let (report, _) = judge_json("echo-sum", "hostile/runtime_error.py");
    let sample = &report["tests"][0];
    assert_eq!(sample["error"]["type_name"], "ZeroDivisionError");
    assert_eq!(sample["error"]["line"], 7);
    assert!(sample["error"]["traceback"].as_str().unwrap().contains("solution.py"));
    // Hidden tests never show exception text or tracebacks.
    assert_eq!(report["tests"][1]["error"]["traceback"], "");
}

#[test]
fn compile_errors_give_line_and_column() {
    let (report, _) = judge_json("echo-sum", "hostile/syntax_error.py");
    assert_eq!(verdicts(&report), ["CE", "CE", "CE"]);
    assert_eq!(report["tests"][0]["error"]["line"], 1);
}

#[test]
fn lying_return_values_are_wrong_answers() {
    for file in ["lying_eq.py", "int_subclass.py"] {
        let (report, code) = judge_json("double", &format!("double/submissions/wrong_answer/{file}"));
        assert_eq!(verdicts(&report), ["WA", "WA", "WA"], "{file}");
        assert_eq!(code, Some(1));
    }
    let (report, code) = judge_json("double", "double/submissions/accepted/mul.py");
    assert_eq!(report["verdict"], "AC");
    assert_eq!(code, Some(0));
}

#[test]
fn a_kattis_package_judges_unchanged_with_float_tolerance() {
    let (report, _) = judge_json("kattis-circle", "kattis-circle/submissions/accepted/area.py");
    assert_eq!(verdicts(&report), ["AC", "AC", "AC", "AC"]);
    let (report, _) = judge_json("kattis-circle", "kattis-circle/submissions/wrong_answer/rounded.py");
    assert_eq!(report["verdict"], "WA");
    assert_eq!(report["tests"][0]["diff_line"], 1);
}

#[test]
fn python_output_validators_decide() {
    let (report, _) = judge_json("validated", "validated/submissions/accepted/largest.py");
    assert_eq!(report["verdict"], "AC", "{report:#}");
    let (report, _) = judge_json("validated", "validated/submissions/wrong_answer/one.py");
    assert_eq!(verdicts(&report), ["WA", "WA", "WA"]);
}

#[test]
fn starter_pack_styles_judge_as_expected() {
    let starter = fixtures().join("../../../../problems/starter");
    let starter = starter.to_str().unwrap();
    let cases = [
        ("max-profit", "submissions/wrong_answer/first_two.py", "WA"),
        ("min-stack", "submissions/accepted/pairs.py", "AC"),
        ("min-stack", "submissions/wrong_answer/single_min.py", "WA"),
        ("retry-decorator", "submissions/accepted/wraps.py", "AC"),
        ("retry-decorator", "submissions/wrong_answer/no_wraps.py", "WA"),
    ];
    for (problem, file, expected) in cases {
        let dir = format!("{starter}/{problem}");
        let (report, _) = judge_json(&dir, &format!("{dir}/{file}"));
        assert_eq!(report["verdict"], expected, "{problem} {file}: {report:#}");
    }
}

#[test]
fn wrong_answers_show_the_difference_on_samples_and_hints_on_hidden_tests() {
    let starter = fixtures().join("../../../../problems/starter/second-largest");
    let dir = starter.to_str().unwrap();
    let (report, _) = judge_json(dir, &format!("{dir}/submissions/wrong_answer/ignores_duplicates.py"));
    let sample = &report["tests"][0];
    assert_eq!(sample["verdict"], "WA");
    assert_eq!(sample["expected"], "4\n");
    assert_eq!(sample["actual"], "9\n");
    let hidden = report["tests"].as_array().unwrap().iter().find(|t| t["group"] == "duplicates").unwrap();
    assert_eq!(hidden["verdict"], "WA");
    assert!(hidden["hint"].as_str().unwrap().contains("repeat"));
    assert!(hidden.get("input").is_none() && hidden.get("expected").is_none() && hidden.get("stdout").is_none());
}

#[test]
fn judge_table_is_readable() {
    let out = pyprep(&["judge", "double", "double/submissions/wrong_answer/lying_eq.py"]);
    let text = String::from_utf8_lossy(&out.stdout);
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"\d+ ms", "[time] ms");
    settings.bind(|| insta::assert_snapshot!(text));
}

#[test]
fn usage_and_pack_errors_exit_with_2() {
    let out = pyprep(&["judge", "no-such-problem", "x.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-problem"));
}

#[test]
fn check_runs_every_submission() {
    let out = pyprep(&["check", "echo-sum", "double", "kattis-circle", "validated"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("check: 8 passed, 0 failed"), "{text}");
}

#[test]
fn check_reports_broken_packs_with_file_and_line() {
    let broken = fixtures().join("../../../pyprep-pack/tests/fixtures/broken-pack");
    let out = pyprep(&["check", broken.to_str().unwrap()]);
    assert!(!out.status.success());
    let diagnostics = String::from_utf8_lossy(&out.stderr);
    assert!(diagnostics.contains("error: ") && diagnostics.contains("pack.yaml:"), "{diagnostics}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("0 passed")
            || String::from_utf8_lossy(&out.stdout).contains("failed")
    );
}

#[test]
fn check_fails_when_a_submission_misses_its_verdict() {
    let dir = tempdir("mislabelled");
    copy_dir(&fixtures().join("double"), &dir);
    std::fs::rename(dir.join("submissions/wrong_answer"), dir.join("submissions/wrong")).unwrap();
    std::fs::create_dir_all(dir.join("submissions/wrong_answer")).unwrap();
    std::fs::copy(dir.join("submissions/accepted/mul.py"), dir.join("submissions/wrong_answer/actually_right.py"))
        .unwrap();
    let out = pyprep(&["check", dir.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success());
    assert!(
        text.contains("FAIL") && text.contains("actually_right.py") && text.contains("expected at least one WA"),
        "{text}"
    );
}

#[test]
fn build_writes_an_index_and_packs_without_submissions() {
    let out_dir = tempdir("build");
    let starter = fixtures().join("../../../../problems/starter");
    let out = pyprep(&["build", starter.to_str().unwrap(), "--out", out_dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let index: Value = serde_json::from_str(&std::fs::read_to_string(out_dir.join("index.json")).unwrap()).unwrap();
    assert_eq!(index["format_version"], 1);
    assert_eq!(index["packs"][0]["id"], "starter");
    let pack: Value = serde_json::from_str(&std::fs::read_to_string(out_dir.join("starter.json")).unwrap()).unwrap();
    let problems = pack["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 4);
    for problem in problems {
        assert!(problem.get("submissions").is_none(), "{}", problem["id"]);
        assert!(problem["limits"]["time_limit"].as_f64().unwrap() >= 1.0, "{}", problem["id"]);
    }
}

#[test]
fn run_uses_the_judges_interpreter() {
    let dir = tempdir("run");
    let ok = dir.join("ok.py");
    std::fs::write(&ok, "import os\nprint(input()[::-1], os.getcwd())").unwrap();
    let stdin = dir.join("in.txt");
    std::fs::write(&stdin, "abc\n").unwrap();
    let out = pyprep(&["run", ok.to_str().unwrap(), "--stdin", stdin.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "cba /\n");
    let bad = dir.join("bad.py");
    std::fs::write(&bad, "def f():\n    return 1 / 0\nf()\n").unwrap();
    let out = pyprep(&["run", bad.to_str().unwrap(), "--stdin", stdin.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("line 2") && err.contains("ZeroDivisionError"), "{err}");
    // `sys.exit(n)` ends `pyprep run` with status n, as `python3` would.
    let exits = dir.join("exits.py");
    std::fs::write(&exits, "import sys\nprint('bye')\nsys.exit(3)\n").unwrap();
    let out = pyprep(&["run", exits.to_str().unwrap(), "--stdin", stdin.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "bye\n");
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyprep-cli-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
