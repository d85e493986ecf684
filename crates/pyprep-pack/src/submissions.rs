//! The example submissions in `submissions/<verdict>/`.

use crate::{Diagnostic, ExpectedOutcome, FileTree, Submission};

/// The verdict folders pyprep runs, with the outcome each expects.
const FOLDERS: &[(&str, ExpectedOutcome)] = &[
    ("accepted", ExpectedOutcome::Accepted),
    ("wrong_answer", ExpectedOutcome::WrongAnswer),
    ("time_limit_exceeded", ExpectedOutcome::TimeLimitExceeded),
    ("run_time_error", ExpectedOutcome::RunTimeError),
];

/// Reads the Python submissions, warning about everything that will not be run.
pub(crate) fn load(tree: &FileTree, diags: &mut Vec<Diagnostic>) -> Vec<Submission> {
    let mut submissions = Vec::new();
    let mut unknown_folders: Vec<&str> = Vec::new();
    for (path, bytes) in tree.iter() {
        let Some(rest) = path.strip_prefix("submissions/") else {
            continue;
        };
        let Some((folder, file)) = rest.split_once('/') else {
            if rest.ends_with(".py") {
                diags.push(
                    Diagnostic::warning(path, "a submission outside a verdict folder is not run; ignored")
                        .help("move it to submissions/accepted/ or another verdict folder"),
                );
            }
            continue;
        };
        let Some((_, expected)) = FOLDERS.iter().find(|(f, _)| *f == folder) else {
            if !unknown_folders.contains(&folder) {
                unknown_folders.push(folder);
                diags.push(
                    Diagnostic::warning(
                        format!("submissions/{folder}/"),
                        format!("unknown submissions folder `{folder}`; ignored"),
                    )
                    .help("use accepted, wrong_answer, time_limit_exceeded or run_time_error"),
                );
            }
            continue;
        };
        if file.contains('/') || !file.ends_with(".py") {
            diags.push(
                Diagnostic::warning(path, "only Python submissions are run; ignored")
                    .help("pyprep runs single-file Python submissions (a .py file directly in the verdict folder)"),
            );
            continue;
        }
        match crate::text::utf8(bytes) {
            Ok(source) => {
                submissions.push(Submission { path: path.to_owned(), expected: *expected, source: source.to_owned() })
            }
            Err(e) => diags.push(
                Diagnostic::error(path, "the submission is not valid UTF-8").at(Some(e.line)).help("save it as UTF-8"),
            ),
        }
    }
    if !submissions.iter().any(|s| s.expected == ExpectedOutcome::Accepted) {
        diags.push(
            Diagnostic::warning("submissions/accepted/", "there is no accepted submission")
                .help("add a reference solution as submissions/accepted/solution.py so the tests can be checked"),
        );
    }
    submissions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_python_submissions_and_warns_about_the_rest() {
        let tree: FileTree = [
            ("submissions/accepted/sol.py", "print(1)\n"),
            ("submissions/accepted/sol.cpp", "int main() {}\n"),
            ("submissions/wrong_answer/off_by_one.py", "print(2)\n"),
            ("submissions/partially_accepted/a.py", ""),
            ("submissions/partially_accepted/b.py", ""),
            ("submissions/accepted/multi/main.py", ""),
            ("submissions/run_time_error/crash.py", "1/0\n"),
        ]
        .into_iter()
        .collect();
        let mut diags = Vec::new();
        let subs = load(&tree, &mut diags);
        let got: Vec<(&str, ExpectedOutcome)> = subs.iter().map(|s| (s.path.as_str(), s.expected)).collect();
        assert_eq!(
            got,
            [
                ("submissions/accepted/sol.py", ExpectedOutcome::Accepted),
                ("submissions/run_time_error/crash.py", ExpectedOutcome::RunTimeError),
                ("submissions/wrong_answer/off_by_one.py", ExpectedOutcome::WrongAnswer),
            ]
        );
        let messages: Vec<String> = diags.iter().map(|d| format!("{}: {}", d.file, d.message)).collect();
        assert_eq!(
            messages,
            [
                "submissions/accepted/multi/main.py: only Python submissions are run; ignored",
                "submissions/accepted/sol.cpp: only Python submissions are run; ignored",
                "submissions/partially_accepted/: unknown submissions folder `partially_accepted`; ignored",
            ]
        );
    }

    #[test]
    fn warns_without_an_accepted_submission() {
        let mut diags = Vec::new();
        assert!(load(&FileTree::new(), &mut diags).is_empty());
        assert_eq!(diags[0].message, "there is no accepted submission");
        assert_eq!(diags[0].severity, crate::Severity::Warning);
    }
}
