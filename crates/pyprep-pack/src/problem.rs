//! Loading one problem directory.

use crate::ids::is_problem_id;
use crate::{Diagnostic, FileTree, Loaded, Problem, Style, config, output_validator, statement, submissions, testdata};

/// Whether `tree` looks like a problem directory: it has a `problem.yaml`.
pub fn is_problem_dir(tree: &FileTree) -> bool {
    tree.get(config::FILE).is_some()
}

/// Loads and validates the problem in `tree`, the contents of the directory named `id`.
///
/// Every problem found is reported, with paths relative to the problem directory; the problem
/// is returned only when none of them is an error. [`crate::load_pack`] prefixes these paths
/// with `<id>/`; a caller loading a lone problem can do the same with its own prefix.
pub fn load_problem(id: &str, tree: &FileTree) -> Loaded<Problem> {
    let mut diags = Vec::new();
    if !is_problem_id(id) {
        diags.push(
            Diagnostic::error(config::FILE, format!("`{id}` is not a valid problem id"))
                .help("name the problem directory with lowercase letters, digits, `-` and `_`, for example `two-sum`"),
        );
    }
    let config = config::read(tree.get(config::FILE), &mut diags);
    let found = statement::find(tree, &mut diags);
    let name = config.name.clone().or_else(|| found.as_ref().and_then(|f| f.latex_name.clone()));
    // An unreadable problem.yaml has been reported already; a name given but invalid, too.
    if name.is_none() && config.readable && !diags.iter().any(|d| d.field.as_deref() == Some("name")) {
        diags.push(
            Diagnostic::error(config::FILE, "the problem has no name")
                .field("name")
                .help("add `name: ...` to problem.yaml"),
        );
    }
    let starter = match tree.get("starter.py").map(crate::text::utf8) {
        None => None,
        Some(Ok(text)) => Some(text.to_owned()),
        Some(Err(e)) => {
            diags.push(
                Diagnostic::error("starter.py", "the starter code is not valid UTF-8")
                    .at(Some(e.line))
                    .help("save it as UTF-8"),
            );
            None
        }
    };
    let validator = output_validator::find(tree, config.custom_validation, &mut diags);
    // With an invalid style, the tests are still read (as free text) to report their problems.
    let check_style = config.style.clone().unwrap_or(Style::Stdio);
    let tests = testdata::load(tree, &check_style, &config.flags, &mut diags);
    let submissions = submissions::load(tree, &mut diags);

    let problem = match (name, config.style, found) {
        (Some(name), Some(style), Some(found)) => Some(Problem {
            id: id.to_owned(),
            name,
            style,
            scoring: config.scoring,
            difficulty: config.difficulty,
            topics: config.topics,
            minutes: config.minutes,
            limits: config.limits,
            statement: found.statement,
            starter,
            validator,
            groups: tests.groups,
            tests: tests.tests,
            reveal_hidden: config.reveal_hidden,
            submissions,
        }),
        _ => None,
    };
    Loaded::new(problem, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> FileTree {
        [
            ("problem.yaml", "name: Echo\n"),
            ("problem_statement/problem.en.md", "Print the input.\n"),
            ("data/sample/1.in", "hi\n"),
            ("data/sample/1.ans", "hi\n"),
            ("submissions/accepted/echo.py", "print(input())\n"),
        ]
        .into_iter()
        .collect()
    }

    #[test]
    fn loads_a_minimal_problem() {
        let loaded = load_problem("echo", &minimal());
        assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
        let problem = loaded.value.unwrap();
        assert_eq!(problem.name, "Echo");
        assert_eq!(problem.style, Style::Stdio);
        assert_eq!(problem.tests.len(), 1);
        assert_eq!(problem.submissions.len(), 1);
        assert!(is_problem_dir(&minimal()));
        assert!(!is_problem_dir(&FileTree::new()));
    }

    #[test]
    fn errors_drop_the_value_and_warnings_do_not() {
        let mut tree = minimal();
        tree.insert("problem.yaml", "name: Echo\nflavour: vanilla\n");
        let loaded = load_problem("echo", &tree);
        assert!(loaded.value.is_some());
        assert_eq!(loaded.diagnostics.len(), 1);
        let loaded = load_problem("Echo", &tree);
        assert!(loaded.value.is_none());
        assert!(loaded.has_errors());
    }

    #[test]
    fn the_name_may_come_from_a_latex_statement() {
        let tree: FileTree = [
            ("problem.yaml", ""),
            ("problem_statement/problem.en.tex", "\\problemname{Echo}\nPrint it.\n"),
            ("data/sample/1.in", ""),
            ("data/sample/1.ans", ""),
        ]
        .into_iter()
        .collect();
        let loaded = load_problem("echo", &tree);
        assert_eq!(loaded.value.map(|p| p.name).as_deref(), Some("Echo"));

        let mut tree = tree;
        tree.insert("problem_statement/problem.en.tex", "Print it.\n");
        let loaded = load_problem("echo", &tree);
        assert!(loaded.diagnostics.iter().any(|d| d.message == "the problem has no name"));
    }
}
