//! The special JSON objects that stand for Python values JSON lacks: `{"$tuple": [..]}`,
//! `{"$set": [..]}` and `{"$raises": "ExceptionName"}`.

use crate::ids::is_exception_name;
use crate::json::{Json, Kind};

/// A problem with a special object.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Issue {
    /// The 1-based line of the object.
    pub line: u32,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

const KEYS: &str = "`$tuple` (an array), `$set` (an array) or `$raises` (an exception name)";

/// Checks every special object in `value`. `raises_allowed` says whether `value` itself, as a
/// whole expected result, may be `{"$raises": ..}`; nested values never may.
pub(crate) fn check(value: &Json, raises_allowed: bool, issues: &mut Vec<Issue>) {
    match &value.kind {
        Kind::Array(items) => items.iter().for_each(|item| check(item, false, issues)),
        Kind::Object(entries) if is_special(entries) => check_special(value.line, entries, raises_allowed, issues),
        Kind::Object(entries) => entries.iter().for_each(|(_, v)| check(v, false, issues)),
        Kind::Null | Kind::Bool(_) | Kind::Number(_) | Kind::String(_) => {}
    }
}

/// Whether `{"$raises": ..}` is exactly what this value is.
pub(crate) fn is_raises(value: &Json) -> bool {
    matches!(&value.kind, Kind::Object(entries) if entries.len() == 1 && entries[0].0 == "$raises")
}

fn is_special(entries: &[(String, Json)]) -> bool {
    entries.iter().any(|(k, _)| k.starts_with('$'))
}

fn check_special(line: u32, entries: &[(String, Json)], raises_allowed: bool, issues: &mut Vec<Issue>) {
    let mut issue = |message: String, help: &str| issues.push(Issue { line, message, help: help.to_owned() });
    if entries.len() != 1 {
        let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
        issue(
            format!("a special `$` object must have exactly one key, not {}", keys.join(", ")),
            &format!("write an object with one key: {KEYS}; dictionary keys cannot start with `$`"),
        );
        return;
    }
    let (key, inner) = &entries[0];
    match key.as_str() {
        "$tuple" | "$set" => {
            let Kind::Array(items) = &inner.kind else {
                issue(
                    format!("`{key}` must hold an array, not {}", inner.kind.describe()),
                    &format!("write {{\"{key}\": [1, 2]}}"),
                );
                return;
            };
            if key == "$set"
                && let Some(bad) = items.iter().find(|item| !hashable(item))
            {
                issue(
                    format!("a `$set` element must be hashable in Python, not {}", describe(bad)),
                    "use numbers, strings, booleans, null or `$tuple`s of those in a set",
                );
            }
            items.iter().for_each(|item| check(item, false, issues));
        }
        "$raises" => {
            let name = match &inner.kind {
                Kind::String(name) if is_exception_name(name) => name,
                _ => {
                    issue(
                        "`$raises` must hold the name of an exception class".to_owned(),
                        "write {\"$raises\": \"ValueError\"}",
                    );
                    return;
                }
            };
            if !raises_allowed {
                issue(
                    format!("`{{\"$raises\": \"{name}\"}}` can only be a whole expected result"),
                    "use `$raises` as the entire answer of a call, not inside another value",
                );
            }
        }
        other => issue(format!("unknown special object `{other}`"), &format!("use {KEYS}")),
    }
}

/// Whether Python can put the value in a set.
fn hashable(value: &Json) -> bool {
    match &value.kind {
        Kind::Null | Kind::Bool(_) | Kind::Number(_) | Kind::String(_) => true,
        Kind::Array(_) => false,
        Kind::Object(entries) => match entries.as_slice() {
            [(key, inner)] if key == "$tuple" => match &inner.kind {
                Kind::Array(items) => items.iter().all(hashable),
                _ => true,
            },
            _ => false,
        },
    }
}

fn describe(value: &Json) -> &'static str {
    match &value.kind {
        Kind::Array(_) => "a list",
        Kind::Object(entries) if entries.len() == 1 && entries[0].0 == "$set" => "a set",
        Kind::Object(entries) if entries.len() == 1 && entries[0].0 == "$tuple" => "a tuple holding a list",
        Kind::Object(_) => "a dict",
        _ => "a value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::parse;

    fn issues(text: &str, raises_allowed: bool) -> Vec<String> {
        let mut issues = Vec::new();
        check(&parse(text).unwrap(), raises_allowed, &mut issues);
        issues.into_iter().map(|i| format!("{}: {}", i.line, i.message)).collect()
    }

    #[test]
    fn accepts_well_formed_special_objects() {
        assert!(issues(r#"{"$tuple": [1, {"$set": ["a", {"$tuple": [1, 2]}]}]}"#, false).is_empty());
        assert!(issues(r#"{"$raises": "ValueError"}"#, true).is_empty());
        assert!(issues(r#"{"a": [1, {"b": null}], "$": null, "x": 1}"#, false).len() == 1);
    }

    #[test]
    fn rejects_malformed_special_objects() {
        assert_eq!(issues(r#"{"$tuple": 1}"#, false), ["1: `$tuple` must hold an array, not a number"]);
        assert_eq!(issues("[\n{\"$tupel\": []}]", false), ["2: unknown special object `$tupel`"]);
        assert_eq!(
            issues(r#"{"$set": [1], "$tuple": [2]}"#, false),
            ["1: a special `$` object must have exactly one key, not $set, $tuple"]
        );
        assert_eq!(
            issues(r#"{"$raises": "not a name"}"#, true),
            ["1: `$raises` must hold the name of an exception class"]
        );
        assert_eq!(
            issues(r#"[{"$raises": "KeyError"}]"#, true),
            ["1: `{\"$raises\": \"KeyError\"}` can only be a whole expected result"]
        );
    }

    #[test]
    fn set_elements_must_be_hashable() {
        assert_eq!(issues(r#"{"$set": [[1]]}"#, false), ["1: a `$set` element must be hashable in Python, not a list"]);
        assert_eq!(
            issues(r#"{"$set": [{"$tuple": [[1]]}]}"#, false),
            ["1: a `$set` element must be hashable in Python, not a tuple holding a list"]
        );
        assert_eq!(issues(r#"{"$set": [{"$set": []}]}"#, false).len(), 1);
    }

    #[test]
    fn recognises_raises() {
        assert!(is_raises(&parse(r#"{"$raises": "X"}"#).unwrap()));
        assert!(!is_raises(&parse(r#"{"$raises": "X", "b": 1}"#).unwrap()));
    }
}
