//! Finding a problem's custom output validator, which pyprep runs only when it is Python.

use crate::{Diagnostic, FileTree, Validator};

/// The legacy Kattis directory: `output_validators/<name>/...` or `output_validators/<file>`.
const LEGACY_DIR: &str = "output_validators";
/// The 2023-07 draft directory: `output_validator/...`.
const DRAFT_DIR: &str = "output_validator";

/// Decides how outputs are checked. A custom validator is used when legacy `validation` says
/// `custom` (from either directory) or when a 2023-07 `output_validator/` directory exists.
pub(crate) fn find(tree: &FileTree, custom: bool, diags: &mut Vec<Diagnostic>) -> Validator {
    let legacy = files_under(tree, LEGACY_DIR);
    let draft = files_under(tree, DRAFT_DIR);
    if !custom && draft.is_empty() {
        if let Some(first) = legacy.first() {
            diags.push(
                Diagnostic::warning(*first, "output_validators/ is ignored because `validation` is not `custom`")
                    .help("add `validation: custom` to problem.yaml to use it, or delete it"),
            );
        }
        return Validator::Default;
    }
    let (dir, files) = if draft.is_empty() { (LEGACY_DIR, legacy) } else { (DRAFT_DIR, draft) };
    if files.is_empty() {
        diags.push(
            Diagnostic::error("problem.yaml", "`validation: custom` needs an output validator, and there is none")
                .field("validation")
                .help("write it in Python as output_validator/validate.py, or use `validation: default` with validator_flags"),
        );
        return Validator::Default;
    }
    let python: Vec<&str> = files.iter().copied().filter(|p| p.ends_with(".py")).collect();
    let Some(path) = pick(&python) else {
        let language = language_of(&files);
        diags.push(
            Diagnostic::error(format!("{dir}/"), format!("output validator written in {language} is not supported"))
                .help("pyprep runs validators in its Python interpreter: port it to Python or use validator_flags"),
        );
        return Validator::Default;
    };
    match tree.get(path).map(crate::text::utf8) {
        Some(Ok(source)) => Validator::Python { path: path.to_owned(), source: source.to_owned() },
        Some(Err(e)) => {
            diags.push(
                Diagnostic::error(path, "the output validator is not valid UTF-8")
                    .at(Some(e.line))
                    .help("save it as UTF-8"),
            );
            Validator::Default
        }
        None => Validator::Default,
    }
}

/// The paths of the files below `dir`.
fn files_under<'a>(tree: &'a FileTree, dir: &str) -> Vec<&'a str> {
    let prefix = format!("{dir}/");
    tree.iter().map(|(p, _)| p).filter(|p| p.starts_with(&prefix)).collect()
}

/// The validator's main file: `validate.py`, else one named like its directory, else the first.
fn pick<'a>(python: &[&'a str]) -> Option<&'a str> {
    let file_name = |p: &str| p.rsplit('/').next().unwrap_or(p).to_owned();
    let dir_name = |p: &str| p.rsplit('/').nth(1).unwrap_or("").to_owned();
    python
        .iter()
        .find(|p| file_name(p) == "validate.py")
        .or_else(|| python.iter().find(|p| file_name(p) == format!("{}.py", dir_name(p))))
        .or_else(|| python.first())
        .copied()
}

/// The language a non-Python validator is written in, for the message.
fn language_of(files: &[&str]) -> &'static str {
    let has = |exts: &[&str]| files.iter().any(|f| exts.iter().any(|e| f.ends_with(e)));
    if has(&[".cpp", ".cc", ".cxx", ".hpp", ".h"]) {
        "C++"
    } else if has(&[".c"]) {
        "C"
    } else if has(&[".java"]) {
        "Java"
    } else if has(&[".kt"]) {
        "Kotlin"
    } else {
        "a language other than Python"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(files: &[&str]) -> FileTree {
        files.iter().map(|f| (*f, format!("# {f}\n"))).collect()
    }

    #[test]
    fn default_unless_asked() {
        let mut diags = Vec::new();
        assert_eq!(find(&tree(&["data/x"]), false, &mut diags), Validator::Default);
        assert!(diags.is_empty());
        assert_eq!(find(&tree(&["output_validators/v/validate.py"]), false, &mut diags), Validator::Default);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].severity, crate::Severity::Warning);
    }

    #[test]
    fn legacy_and_draft_python_validators() {
        let mut diags = Vec::new();
        let v = find(
            &tree(&["output_validators/checker/checker.py", "output_validators/checker/util.py"]),
            true,
            &mut diags,
        );
        assert_eq!(
            v,
            Validator::Python {
                path: "output_validators/checker/checker.py".into(),
                source: "# output_validators/checker/checker.py\n".into()
            }
        );
        let v = find(&tree(&["output_validator/a.py", "output_validator/validate.py"]), false, &mut diags);
        assert!(matches!(v, Validator::Python { path, .. } if path == "output_validator/validate.py"));
        assert!(diags.is_empty());
    }

    #[test]
    fn cpp_validators_are_refused() {
        let mut diags = Vec::new();
        find(&tree(&["output_validators/v/validate.cpp", "output_validators/v/validate.h"]), true, &mut diags);
        assert_eq!(diags[0].message, "output validator written in C++ is not supported");
        assert_eq!(
            diags[0].help.as_deref(),
            Some("pyprep runs validators in its Python interpreter: port it to Python or use validator_flags")
        );
    }

    #[test]
    fn custom_without_a_validator() {
        let mut diags = Vec::new();
        find(&tree(&[]), true, &mut diags);
        assert_eq!(diags[0].field.as_deref(), Some("validation"));
    }
}
