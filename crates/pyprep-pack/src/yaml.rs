//! A YAML document read into a tree that remembers the line of every node.
//!
//! Parsing into a generic tree, rather than straight into typed structs, lets the loaders check
//! every field and report every problem at once, each with its line.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::{DuplicateKeyPolicy, MessageFormatter, Spanned, UserMessageFormatter};
use std::fmt;

/// A YAML node with its position in the source.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Node {
    /// The 1-based line where the node starts, when known.
    pub line: Option<u32>,
    /// The node's value.
    pub value: Value,
    /// For a scalar, the text as written in the source; empty for collections.
    pub text: String,
    span: Option<(usize, usize)>,
}

/// The value of a YAML node.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Value {
    Null,
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    Map(Vec<(Node, Node)>),
}

/// Why a YAML file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct YamlError {
    /// The 1-based line of the problem, when known.
    pub line: Option<u32>,
    /// What is wrong.
    pub message: String,
}

/// Parses one YAML document. An empty document is [`Value::Null`].
pub(crate) fn parse(bytes: &[u8]) -> Result<Node, YamlError> {
    let source = crate::text::utf8(bytes)
        .map_err(|e| YamlError { line: Some(e.line), message: "the file is not valid UTF-8".to_owned() })?;
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let options = serde_saphyr::options! {
        // Only `true` and `false` are booleans: `no`, `y` or `off` stay strings.
        strict_booleans: true,
        // Repeated keys reach the tree, where the loaders report them with a clearer message.
        duplicate_keys: DuplicateKeyPolicy::PassThrough,
        with_snippet: false,
    };
    let mut node: Node = serde_saphyr::from_str_with_options(source, options).map_err(|e| YamlError {
        line: e.location().and_then(|l| u32::try_from(l.line()).ok()).filter(|&l| l > 0),
        message: UserMessageFormatter.format_message(&e).into_owned(),
    })?;
    node.fill_text(source);
    Ok(node)
}

impl Node {
    /// Records the source text of every scalar, so that `1.0` can be read back as the string `1.0`.
    fn fill_text(&mut self, source: &str) {
        match &mut self.value {
            Value::Seq(items) => items.iter_mut().for_each(|n| n.fill_text(source)),
            Value::Map(entries) => entries.iter_mut().for_each(|(k, v)| {
                k.fill_text(source);
                v.fill_text(source);
            }),
            Value::Str(s) => self.text = s.clone(),
            Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_) => {
                let written = self.span.and_then(|(offset, len)| source.get(offset..offset.checked_add(len)?));
                self.text = written.map_or_else(|| self.value.describe().to_owned(), |s| s.trim().to_owned());
            }
        }
    }

    /// The node as a string: a string's value, or a plain scalar's text (`1.0`, `true`).
    pub(crate) fn as_text(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            Value::Bool(_) | Value::Int(_) | Value::Float(_) => Some(&self.text),
            Value::Null | Value::Seq(_) | Value::Map(_) => None,
        }
    }

    /// The node as a number: an integer, a float, or a string that spells a finite number.
    pub(crate) fn as_f64(&self) -> Option<f64> {
        match &self.value {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            Value::Str(s) => s.trim().parse::<f64>().ok().filter(|f| f.is_finite()),
            _ => None,
        }
    }
}

impl Value {
    /// A short description of the kind of value, for messages ("a list", "a number").
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Value::Null => "nothing",
            Value::Bool(_) => "a boolean",
            Value::Int(_) | Value::Float(_) => "a number",
            Value::Str(_) => "a string",
            Value::Seq(_) => "a list",
            Value::Map(_) => "a mapping",
        }
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Value>::deserialize(deserializer)?;
        let location = spanned.referenced;
        let line = u32::try_from(location.line()).ok().filter(|&l| l > 0);
        let span = location.span();
        let span = match (span.byte_offset(), span.byte_len()) {
            (Some(o), Some(l)) => usize::try_from(o).ok().zip(usize::try_from(l).ok()),
            _ => None,
        };
        Ok(Node { line, value: spanned.value, text: String::new(), span })
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

/// Builds a [`Value`] from whatever the YAML deserializer finds.
struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Int(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Int(v.into()))
    }
    fn visit_i128<E>(self, v: i128) -> Result<Value, E> {
        Ok(Value::Int(v))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        Ok(i128::try_from(v).map_or(Value::Float(v as f64), Value::Int))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Float(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_bytes<E>(self, v: &[u8]) -> Result<Value, E> {
        Ok(Value::Str(String::from_utf8_lossy(v).into_owned()))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        Value::deserialize(deserializer)
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        Value::deserialize(deserializer)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Node>()? {
            items.push(item);
        }
        Ok(Value::Seq(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry::<Node, Node>()? {
            entries.push(entry);
        }
        Ok(Value::Map(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(src: &str) -> Vec<(Node, Node)> {
        match parse(src.as_bytes()).unwrap().value {
            Value::Map(entries) => entries,
            other => panic!("not a map: {other:?}"),
        }
    }

    #[test]
    fn records_lines_of_keys_and_values() {
        let entries = map("name: x\n\nlist:\n  - a\n  - 2\n");
        assert_eq!(entries[0].0.line, Some(1));
        assert_eq!(entries[1].0.line, Some(3));
        let Value::Seq(items) = &entries[1].1.value else { panic!() };
        assert_eq!(items[0].line, Some(4));
        assert_eq!(items[1].line, Some(5));
        assert_eq!(items[1].value, Value::Int(2));
    }

    #[test]
    fn keeps_the_written_text_of_plain_scalars() {
        let entries = map("version: 1.0\nflag: true\nbig: 1e3\nname: No\n");
        assert_eq!(entries[0].1.value, Value::Float(1.0));
        assert_eq!(entries[0].1.as_text(), Some("1.0"));
        assert_eq!(entries[1].1.as_text(), Some("true"));
        assert_eq!(entries[2].1.as_text(), Some("1e3"));
        assert_eq!(entries[3].1.value, Value::Str("No".into()));
    }

    #[test]
    fn empty_documents_are_null() {
        assert_eq!(parse(b"").unwrap().value, Value::Null);
        assert_eq!(parse(b"# only a comment\n").unwrap().value, Value::Null);
    }

    #[test]
    fn repeated_keys_reach_the_tree() {
        let entries = map("a: 1\na: 2\n");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].0.line, Some(2));
    }

    #[test]
    fn syntax_errors_carry_a_line_and_a_plain_message() {
        let err = parse(b"name: x\nlist: [1,\n").unwrap_err();
        assert_eq!(err.line, Some(2));
        assert!(err.message.contains("bracket"), "{}", err.message);
        assert!(!err.message.contains("Options"), "{}", err.message);
    }

    #[test]
    fn invalid_utf8_is_an_error_with_its_line() {
        let err = parse(b"a: 1\nb: \xff\n").unwrap_err();
        assert_eq!(err.line, Some(2));
    }

    #[test]
    fn numbers_from_strings() {
        let entries = map("a: '2.5'\nb: 3\nc: x\n");
        assert_eq!(entries[0].1.as_f64(), Some(2.5));
        assert_eq!(entries[1].1.as_f64(), Some(3.0));
        assert_eq!(entries[2].1.as_f64(), None);
    }
}
