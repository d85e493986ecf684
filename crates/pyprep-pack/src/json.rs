//! JSON read into a tree that remembers where each value starts, for test inputs and answers.

use crate::text::LineIndex;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::fmt;

/// A JSON value with the 1-based line where it starts.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Json {
    /// The line where the value starts.
    pub line: u32,
    /// The value.
    pub kind: Kind,
}

/// The kinds of JSON value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Kind {
    /// A short description of the kind of value, for messages ("an array", "a string").
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Bool(_) => "a boolean",
            Kind::Number(_) => "a number",
            Kind::String(_) => "a string",
            Kind::Array(_) => "an array",
            Kind::Object(_) => "an object",
        }
    }
}

/// Why a text is not JSON.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct JsonError {
    /// The 1-based line of the problem.
    pub line: u32,
    /// What is wrong, as serde_json puts it, without the position.
    pub message: String,
}

/// Parses a JSON document.
pub(crate) fn parse(text: &str) -> Result<Json, JsonError> {
    let raw: &RawValue = serde_json::from_str(text).map_err(|e| JsonError {
        line: u32::try_from(e.line()).unwrap_or(u32::MAX).max(1),
        message: strip_position(&e.to_string()),
    })?;
    build(text, &LineIndex::new(text), raw, 0)
}

/// serde_json appends " at line L column C" to its messages; the diagnostic has its own line.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// How deeply values may nest; test data never needs more, and the tree is built recursively.
const MAX_DEPTH: usize = 100;

/// Turns a raw value, which borrows from `text`, into a located tree.
fn build(text: &str, lines: &LineIndex, raw: &RawValue, depth: usize) -> Result<Json, JsonError> {
    let s = raw.get();
    let offset = (s.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    let line = lines.line(offset);
    if depth > MAX_DEPTH {
        return Err(JsonError { line, message: format!("values are nested more than {MAX_DEPTH} deep") });
    }
    let error = |e: serde_json::Error| JsonError { line, message: strip_position(&e.to_string()) };
    let kind = match s.as_bytes().first() {
        Some(b'[') => {
            let items: Vec<&RawValue> = serde_json::from_str(s).map_err(error)?;
            Kind::Array(items.into_iter().map(|item| build(text, lines, item, depth + 1)).collect::<Result<_, _>>()?)
        }
        Some(b'{') => {
            let Entries(entries) = serde_json::from_str(s).map_err(error)?;
            let entries = entries.into_iter().map(|(k, v)| Ok((k, build(text, lines, v, depth + 1)?)));
            Kind::Object(entries.collect::<Result<_, JsonError>>()?)
        }
        Some(b'"') => Kind::String(serde_json::from_str(s).map_err(error)?),
        Some(b't') => Kind::Bool(true),
        Some(b'f') => Kind::Bool(false),
        Some(b'n') => Kind::Null,
        _ => Kind::Number(s.to_owned()),
    };
    Ok(Json { line, kind })
}

/// The entries of a JSON object in their written order, repeated keys included.
struct Entries<'a>(Vec<(String, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<'de>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_nested_values() {
        let json = parse("[\n  [\"Cache\", 2],\n  [\"put\", {\"a\": [1, 2.50]}]\n]\n").unwrap();
        let Kind::Array(ops) = &json.kind else { panic!() };
        assert_eq!(json.line, 1);
        assert_eq!(ops[0].line, 2);
        assert_eq!(ops[1].line, 3);
        let Kind::Array(op) = &ops[1].kind else { panic!() };
        assert_eq!(op[0].kind, Kind::String("put".into()));
        let Kind::Object(entries) = &op[1].kind else { panic!() };
        assert_eq!(entries[0].0, "a");
        let Kind::Array(nums) = &entries[0].1.kind else { panic!() };
        assert_eq!(nums[1].kind, Kind::Number("2.50".into()));
    }

    #[test]
    fn keeps_repeated_keys_and_escapes() {
        let json = parse(r#"{"a": 1, "a": "x\ny", "b": [true, false, null]}"#).unwrap();
        let Kind::Object(entries) = json.kind else { panic!() };
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[1].1.kind, Kind::String("x\ny".into()));
    }

    #[test]
    fn syntax_errors_have_a_line() {
        let err = parse("[1,\n2,\n]").unwrap_err();
        assert_eq!(err.line, 3);
        assert!(!err.message.contains("at line"), "{}", err.message);
        let err = parse("[1] x").unwrap_err();
        assert!(err.message.contains("trailing"), "{}", err.message);
        assert!(parse("").is_err());
    }

    #[test]
    fn deep_nesting_is_an_error() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse(&deep).unwrap_err().message.contains("nested more than 100 deep"));
        let ok = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(parse(&ok).is_ok());
    }
}
