//! Finding and reading the problem statement.

use crate::{Diagnostic, FileTree, Statement, StatementFormat, latex};

/// Where a statement may be, in order of preference.
const CANDIDATES: &[(&str, StatementFormat)] = &[
    ("problem_statement/problem.en.md", StatementFormat::Markdown),
    ("problem_statement/problem.md", StatementFormat::Markdown),
    ("statement/problem.en.md", StatementFormat::Markdown),
    ("statement/problem.md", StatementFormat::Markdown),
    ("problem_statement/problem.en.tex", StatementFormat::Latex),
    ("problem_statement/problem.tex", StatementFormat::Latex),
    ("statement/problem.en.tex", StatementFormat::Latex),
    ("statement/problem.tex", StatementFormat::Latex),
];

/// A statement found in the problem directory.
pub(crate) struct Found {
    /// The statement, converted to text for LaTeX.
    pub statement: Statement,
    /// The title from a LaTeX statement's `\problemname{..}`.
    pub latex_name: Option<String>,
}

/// Finds the English statement, reporting its absence or undecodable contents.
pub(crate) fn find(tree: &FileTree, diags: &mut Vec<Diagnostic>) -> Option<Found> {
    let Some((path, format, bytes)) =
        CANDIDATES.iter().find_map(|(path, format)| tree.get(path).map(|bytes| (*path, *format, bytes)))
    else {
        let others: Vec<&str> = tree
            .iter()
            .map(|(p, _)| p)
            .filter(|p| p.starts_with("problem_statement/problem.") || p.starts_with("statement/problem."))
            .collect();
        let mut help = "write the statement in problem_statement/problem.en.md (Markdown), or \
                        problem_statement/problem.en.tex (Kattis LaTeX)"
            .to_owned();
        if !others.is_empty() {
            help.push_str(&format!("; found only {}, and pyprep needs English", others.join(", ")));
        }
        diags.push(Diagnostic::error("problem_statement/problem.en.md", "there is no problem statement").help(help));
        return None;
    };
    let text = match crate::text::utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            diags.push(
                Diagnostic::error(path, "the statement is not valid UTF-8")
                    .at(Some(e.line))
                    .help("save the file as UTF-8"),
            );
            return None;
        }
    };
    if text.trim().is_empty() {
        diags.push(Diagnostic::warning(path, "the statement is empty").help("describe the task for the candidate"));
    }
    Some(match format {
        StatementFormat::Markdown => Found { statement: Statement { format, text: text.to_owned() }, latex_name: None },
        StatementFormat::Latex => {
            Found { statement: Statement { format, text: latex::to_text(text) }, latex_name: latex::problem_name(text) }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefers_markdown_then_latex() {
        let tree: FileTree =
            [("problem_statement/problem.en.tex", "\\problemname{T}\nHi"), ("statement/problem.en.md", "# T\nHello")]
                .into_iter()
                .collect();
        let mut diags = Vec::new();
        let found = find(&tree, &mut diags).unwrap();
        assert_eq!(found.statement.format, StatementFormat::Markdown);
        assert_eq!(found.statement.text, "# T\nHello");

        let tree: FileTree = [("problem_statement/problem.tex", "\\problemname{T}\nHi")].into_iter().collect();
        let found = find(&tree, &mut diags).unwrap();
        assert_eq!(found.statement, Statement { format: StatementFormat::Latex, text: "# T\n\nHi\n".into() });
        assert_eq!(found.latex_name.as_deref(), Some("T"));
        assert!(diags.is_empty());
    }

    #[test]
    fn reports_a_missing_statement_and_other_languages() {
        let tree: FileTree = [("problem_statement/problem.sv.tex", "Hej")].into_iter().collect();
        let mut diags = Vec::new();
        assert!(find(&tree, &mut diags).is_none());
        assert_eq!(diags[0].message, "there is no problem statement");
        assert!(diags[0].help.as_deref().unwrap().contains("problem_statement/problem.sv.tex"));
    }

    #[test]
    fn reports_non_utf8() {
        let tree: FileTree = [("problem_statement/problem.en.md", b"ok\n\xff".to_vec())].into_iter().collect();
        let mut diags = Vec::new();
        assert!(find(&tree, &mut diags).is_none());
        assert_eq!(diags[0].line, Some(2));
    }
}
