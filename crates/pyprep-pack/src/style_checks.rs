//! The checks each problem style makes of a test's `.in` and `.ans` files.

use crate::ids::is_python_identifier;
use crate::json::{self, Json, Kind};
use crate::special;
use crate::{Diagnostic, Style};

/// One test's files, by path and contents.
pub(crate) struct TestFiles<'a> {
    pub in_path: &'a str,
    pub input: &'a str,
    pub ans_path: &'a str,
    pub answer: &'a str,
}

/// Checks a test's files against what `style` expects of them.
pub(crate) fn check(style: &Style, test: &TestFiles<'_>, diags: &mut Vec<Diagnostic>) {
    match style {
        Style::Function { .. } => check_function(test, diags),
        Style::Class { entry } => check_class(entry, test, diags),
        // A snippet's input is Python source and a stdio problem's files are free text.
        Style::Stdio | Style::Snippet => {}
    }
}

fn check_function(test: &TestFiles<'_>, diags: &mut Vec<Diagnostic>) {
    let arguments_help = "write the arguments as a JSON array, for example [[2, 7, 11], 9] for f([2, 7, 11], 9)";
    if let Some(input) = parse(test.in_path, test.input, arguments_help, diags) {
        if let Kind::Array(_) = input.kind {
            specials(test.in_path, &input, false, diags);
        } else {
            diags.push(
                Diagnostic::error(
                    test.in_path,
                    format!(
                        "the input of a function test must be a JSON array of arguments, not {}",
                        input.kind.describe()
                    ),
                )
                .at(Some(input.line))
                .help(arguments_help),
            );
        }
    }
    let answer_help = "write the expected return value as JSON, for example [0, 1], or {\"$raises\": \"ValueError\"}";
    if let Some(answer) = parse(test.ans_path, test.answer, answer_help, diags) {
        specials(test.ans_path, &answer, true, diags);
    }
}

fn check_class(entry: &str, test: &TestFiles<'_>, diags: &mut Vec<Diagnostic>) {
    let ops_help = format!(
        "write a JSON array of operations, each [\"method\", args...], starting with the constructor, \
         for example [[\"{entry}\", 2], [\"get\", 1]]"
    );
    let mut op_count = None;
    if let Some(input) = parse(test.in_path, test.input, &ops_help, diags) {
        match &input.kind {
            Kind::Array(ops) if ops.is_empty() => diags.push(
                Diagnostic::error(test.in_path, "a class test needs at least one operation: the constructor")
                    .at(Some(input.line))
                    .help(ops_help.clone()),
            ),
            Kind::Array(ops) => {
                op_count = Some(ops.len());
                for (i, op) in ops.iter().enumerate() {
                    check_operation(entry, i, op, test.in_path, &ops_help, diags);
                }
            }
            other => diags.push(
                Diagnostic::error(
                    test.in_path,
                    format!("the input of a class test must be a JSON array of operations, not {}", other.describe()),
                )
                .at(Some(input.line))
                .help(ops_help.clone()),
            ),
        }
    }
    let results_help = "write a JSON array with one result per operation: null for the constructor and for \
                        methods that return None, or {\"$raises\": \"KeyError\"}";
    let Some(answer) = parse(test.ans_path, test.answer, results_help, diags) else {
        return;
    };
    let Kind::Array(results) = &answer.kind else {
        diags.push(
            Diagnostic::error(
                test.ans_path,
                format!("the answer of a class test must be a JSON array of results, not {}", answer.kind.describe()),
            )
            .at(Some(answer.line))
            .help(results_help),
        );
        return;
    };
    if let Some(count) = op_count
        && results.len() != count
    {
        diags.push(
            Diagnostic::error(
                test.ans_path,
                format!("there are {} results for {count} operations in {}", results.len(), test.in_path),
            )
            .at(Some(answer.line))
            .help(results_help),
        );
    }
    for (i, result) in results.iter().enumerate() {
        if i == 0 && result.kind != Kind::Null && !special::is_raises(result) {
            diags.push(
                Diagnostic::error(test.ans_path, "the constructor's result must be null")
                    .at(Some(result.line))
                    .help("write null first, or {\"$raises\": \"ValueError\"} when the constructor should raise"),
            );
        }
        specials(test.ans_path, result, true, diags);
    }
}

fn check_operation(entry: &str, index: usize, op: &Json, path: &str, help: &str, diags: &mut Vec<Diagnostic>) {
    let error = |message: String| Diagnostic::error(path, message).at(Some(op.line)).help(help);
    let Kind::Array(parts) = &op.kind else {
        diags.push(error(format!(
            "operation {} must be an array [\"method\", args...], not {}",
            index + 1,
            op.kind.describe()
        )));
        return;
    };
    match parts.first().map(|p| &p.kind) {
        Some(Kind::String(name)) if index == 0 && name != entry => {
            diags.push(error(format!("the first operation must construct `{entry}`, not call `{name}`")));
        }
        Some(Kind::String(name)) if !is_python_identifier(name) => {
            diags.push(error(format!("operation {} names `{name}`, which is not a Python method name", index + 1)));
        }
        Some(Kind::String(_)) => {}
        _ => diags.push(error(format!("operation {} must start with the method name as a string", index + 1))),
    }
    for arg in parts.iter().skip(1) {
        specials(path, arg, false, diags);
    }
}

fn parse(path: &str, text: &str, help: &str, diags: &mut Vec<Diagnostic>) -> Option<Json> {
    match json::parse(text) {
        Ok(value) => Some(value),
        Err(e) => {
            diags.push(Diagnostic::error(path, format!("invalid JSON: {}", e.message)).at(Some(e.line)).help(help));
            None
        }
    }
}

fn specials(path: &str, value: &Json, raises_allowed: bool, diags: &mut Vec<Diagnostic>) {
    let mut issues = Vec::new();
    special::check(value, raises_allowed, &mut issues);
    diags.extend(issues.into_iter().map(|i| Diagnostic::error(path, i.message).at(Some(i.line)).help(i.help)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(style: &Style, input: &str, answer: &str) -> Vec<String> {
        let mut diags = Vec::new();
        let test = TestFiles { in_path: "t.in", input, ans_path: "t.ans", answer };
        check(style, &test, &mut diags);
        diags.iter().map(|d| format!("{}:{}: {}", d.file, d.line.unwrap_or(0), d.message)).collect()
    }

    fn function() -> Style {
        Style::Function { entry: "f".into(), unordered: false }
    }

    fn class() -> Style {
        Style::Class { entry: "Cache".into() }
    }

    #[test]
    fn function_tests() {
        assert!(run(&function(), "[[1, 2], 3]\n", "[0, 1]\n").is_empty());
        assert!(run(&function(), "[\"\"]", "{\"$raises\": \"ValueError\"}").is_empty());
        assert_eq!(
            run(&function(), "{\"a\": 1}", "[1,"),
            [
                "t.in:1: the input of a function test must be a JSON array of arguments, not an object",
                "t.ans:1: invalid JSON: EOF while parsing a value"
            ]
        );
        assert_eq!(
            run(&function(), "[{\"$raises\": \"E\"}]", "1"),
            ["t.in:1: `{\"$raises\": \"E\"}` can only be a whole expected result"]
        );
    }

    #[test]
    fn class_tests() {
        let input = "[[\"Cache\", 2],\n [\"put\", 1, 1],\n [\"get\", 3]]\n";
        assert!(run(&class(), input, "[null, null, {\"$raises\": \"KeyError\"}]").is_empty());
        assert_eq!(run(&class(), input, "[null, null]"), ["t.ans:1: there are 2 results for 3 operations in t.in"]);
        assert_eq!(
            run(&class(), "[[\"LRU\"],\n [1],\n [],\n [\"del\"]]", "[1, null, null, null]"),
            [
                "t.in:1: the first operation must construct `Cache`, not call `LRU`",
                "t.in:2: operation 2 must start with the method name as a string",
                "t.in:3: operation 3 must start with the method name as a string",
                "t.in:4: operation 4 names `del`, which is not a Python method name",
                "t.ans:1: the constructor's result must be null"
            ]
        );
        assert_eq!(
            run(&class(), "[]", "{}"),
            [
                "t.in:1: a class test needs at least one operation: the constructor",
                "t.ans:1: the answer of a class test must be a JSON array of results, not an object"
            ]
        );
    }

    #[test]
    fn stdio_and_snippet_tests_are_free_text() {
        assert!(run(&Style::Stdio, "not json", "{").is_empty());
        assert!(run(&Style::Snippet, "print(f(1))\n", "1\n").is_empty());
    }
}
