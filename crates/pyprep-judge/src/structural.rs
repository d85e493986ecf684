//! Structural comparison of returned Python values with the expected JSON of a test.
//!
//! Expected JSON may use `{"$tuple": [..]}`, `{"$set": [..]}` and `{"$raises": "Name"}`
//! (see docs/pack-format.md). Plain JSON arrays accept a list or a tuple.

use pyprep_pack::ValidatorFlags;
use serde_json::Value as Json;

use crate::tokens::floats_match;
use crate::value::{Value, parse_python_float, write_str_repr};

/// The tolerance used for floats when the problem sets none.
const DEFAULT_FLOAT_TOLERANCE: f64 = 1e-9;

/// How an expected result is written in a test.
pub(crate) enum Expected<'a> {
    /// The call must return a value matching this JSON.
    Value(&'a Json),
    /// The call must raise an exception of this type (or a subclass).
    Raises(&'a str),
}

/// Reads `{"$raises": "Name"}` or a plain expected value.
pub(crate) fn expected(json: &Json) -> Expected<'_> {
    match json.as_object().and_then(|o| o.get("$raises")).and_then(Json::as_str) {
        Some(name) => Expected::Raises(name),
        None => Expected::Value(json),
    }
}

/// Whether `actual` matches `expected`; `unordered` makes a top-level sequence order-insensitive.
pub(crate) fn matches(expected: &Json, actual: &Value, flags: &ValidatorFlags, unordered: bool) -> bool {
    let tol = Tolerance::from(flags);
    if unordered && let (Some(items), Value::List(a) | Value::Tuple(a) | Value::Set(a)) = (expected.as_array(), actual)
    {
        return same_multiset(items, a, &tol);
    }
    matches_with(expected, actual, &tol)
}

struct Tolerance {
    abs: Option<f64>,
    rel: Option<f64>,
}

impl From<&ValidatorFlags> for Tolerance {
    fn from(flags: &ValidatorFlags) -> Self {
        if flags.float_absolute_tolerance.is_none() && flags.float_relative_tolerance.is_none() {
            Tolerance { abs: Some(DEFAULT_FLOAT_TOLERANCE), rel: Some(DEFAULT_FLOAT_TOLERANCE) }
        } else {
            Tolerance { abs: flags.float_absolute_tolerance, rel: flags.float_relative_tolerance }
        }
    }
}

fn special<'a>(json: &'a Json, key: &str) -> Option<&'a Vec<Json>> {
    let obj = json.as_object()?;
    if obj.len() == 1 { obj.get(key)?.as_array() } else { None }
}

fn matches_with(expected: &Json, actual: &Value, tol: &Tolerance) -> bool {
    if let Some(items) = special(expected, "$tuple") {
        return matches!(actual, Value::Tuple(a) if seq_matches(items, a, tol));
    }
    if let Some(items) = special(expected, "$set") {
        return matches!(actual, Value::Set(a) if same_multiset(items, a, tol));
    }
    match (expected, actual) {
        (Json::Null, Value::None) => true,
        (Json::Bool(e), Value::Bool(a)) => e == a,
        (Json::Number(n), Value::Int(a)) if is_integer_text(&n.to_string()) => {
            normalise_int(&n.to_string()) == normalise_int(a)
        }
        (Json::Number(n), Value::Int(_) | Value::Float(_)) => {
            match (parse_python_float(&n.to_string()), actual.as_f64()) {
                (Some(e), Some(a)) => floats_match(e, a, tol.abs, tol.rel),
                _ => false,
            }
        }
        (Json::String(e), Value::Str(a)) => e == a,
        (Json::Array(e), Value::List(a) | Value::Tuple(a)) => seq_matches(e, a, tol),
        (Json::Array(e), Value::Set(a)) => same_multiset(e, a, tol),
        (Json::Object(e), Value::Dict(a)) => {
            e.len() == a.len()
                && e.iter()
                    .all(|(key, value)| a.iter().any(|(k, v)| key_matches(key, k) && matches_with(value, v, tol)))
        }
        _ => false,
    }
}

fn seq_matches(expected: &[Json], actual: &[Value], tol: &Tolerance) -> bool {
    expected.len() == actual.len() && expected.iter().zip(actual).all(|(e, a)| matches_with(e, a, tol))
}

/// Order-insensitive comparison: greedy matching, which is exact for values without tolerance
/// and fine for the small float collections tests use.
fn same_multiset(expected: &[Json], actual: &[Value], tol: &Tolerance) -> bool {
    if expected.len() != actual.len() {
        return false;
    }
    let mut sorted_actual: Vec<(String, &Value)> = actual.iter().map(|v| (v.to_string(), v)).collect();
    let mut sorted_expected: Vec<(String, &Json)> = expected.iter().map(|e| (python_repr(e), e)).collect();
    sorted_actual.sort_by(|a, b| a.0.cmp(&b.0));
    sorted_expected.sort_by(|a, b| a.0.cmp(&b.0));
    if sorted_expected.iter().zip(&sorted_actual).all(|((_, e), (_, a))| matches_with(e, a, tol)) {
        return true;
    }
    let mut used = vec![false; actual.len()];
    expected.iter().all(|e| {
        let found = actual.iter().enumerate().find(|(i, a)| !used[*i] && matches_with(e, a, tol));
        found.map(|(i, _)| used[i] = true).is_some()
    })
}

/// A JSON object key matches a `str` key with the same text or an `int` key with that value.
fn key_matches(key: &str, actual: &Value) -> bool {
    match actual {
        Value::Str(s) => s == key,
        Value::Int(i) => is_integer_text(key) && normalise_int(key) == normalise_int(i),
        _ => false,
    }
}

fn is_integer_text(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

fn normalise_int(s: &str) -> String {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s),
    };
    let digits = digits.trim_start_matches('0');
    match (neg, digits.is_empty()) {
        (_, true) => "0".to_string(),
        (true, false) => format!("-{digits}"),
        (false, false) => digits.to_string(),
    }
}

/// Shows expected JSON as the Python value a candidate would return.
pub(crate) fn python_repr(json: &Json) -> String {
    let join = |items: &[Json]| items.iter().map(python_repr).collect::<Vec<_>>().join(", ");
    if let Some(items) = special(json, "$tuple") {
        return if items.len() == 1 { format!("({},)", join(items)) } else { format!("({})", join(items)) };
    }
    if let Some(items) = special(json, "$set") {
        return if items.is_empty() { "set()".into() } else { format!("{{{}}}", join(items)) };
    }
    if let Some(name) = json.as_object().and_then(|o| o.get("$raises")).and_then(Json::as_str) {
        return format!("raises {name}");
    }
    match json {
        Json::Null => "None".into(),
        Json::Bool(true) => "True".into(),
        Json::Bool(false) => "False".into(),
        Json::Number(n) => n.to_string(),
        Json::String(s) => {
            let mut out = String::new();
            let _ = write_str_repr(&mut out, s);
            out
        }
        Json::Array(items) => format!("[{}]", join(items)),
        Json::Object(map) => {
            let entries: Vec<String> = map
                .iter()
                .map(|(k, v)| {
                    let mut key = String::new();
                    let _ = write_str_repr(&mut key, k);
                    format!("{key}: {}", python_repr(v))
                })
                .collect();
            format!("{{{}}}", entries.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn int(i: i64) -> Value {
        Value::Int(i.to_string())
    }

    fn check(expected: Json, actual: &Value) -> bool {
        matches(&expected, actual, &ValidatorFlags::default(), false)
    }

    #[test]
    fn compares_scalars_by_type_and_value() {
        assert!(check(json!(3), &int(3)));
        assert!(!check(json!(3), &int(4)));
        assert!(!check(json!(1), &Value::Bool(true)), "True is not the int 1 here");
        assert!(check(json!(null), &Value::None));
        assert!(check(json!(0.3), &Value::Float("0.30000000000000004".into())));
        assert!(!check(json!(2.5), &int(2)));
        assert!(check(json!("a"), &Value::Str("a".into())));
        assert!(!check(json!("a"), &Value::Other("MyStr".into())));
    }

    #[test]
    fn big_integers_compare_exactly() {
        let expected: Json = serde_json::from_str("265252859812191058636308480000000").unwrap();
        assert!(check(expected.clone(), &Value::Int("265252859812191058636308480000000".into())));
        assert!(!check(expected, &Value::Int("265252859812191058636308480000001".into())));
    }

    #[test]
    fn sequences_sets_and_dicts() {
        assert!(check(json!([1, 2]), &Value::Tuple(vec![int(1), int(2)])));
        assert!(!check(json!({"$tuple": [1, 2]}), &Value::List(vec![int(1), int(2)])));
        assert!(check(json!({"$set": [2, 1]}), &Value::Set(vec![int(1), int(2)])));
        assert!(check(json!([2, 1]), &Value::Set(vec![int(1), int(2)])));
        assert!(check(
            json!({"a": 1, "2": [3]}),
            &Value::Dict(vec![(int(2), Value::List(vec![int(3)])), (Value::Str("a".into()), int(1)),])
        ));
        assert!(!check(json!({"a": 1}), &Value::Dict(vec![])));
    }

    #[test]
    fn unordered_ignores_top_level_order_only() {
        let actual = Value::List(vec![Value::List(vec![int(2), int(1)]), Value::List(vec![int(3)])]);
        let flags = ValidatorFlags::default();
        assert!(matches(&json!([[3], [2, 1]]), &actual, &flags, true));
        assert!(!matches(&json!([[3], [1, 2]]), &actual, &flags, true));
        assert!(!matches(&json!([[3], [2, 1]]), &actual, &flags, false));
    }

    #[test]
    fn shows_expected_values_as_python() {
        assert_eq!(python_repr(&json!({"k": [true, null, {"$tuple": [1]}]})), "{'k': [True, None, (1,)]}");
        assert_eq!(python_repr(&json!({"$raises": "ValueError"})), "raises ValueError");
    }
}
