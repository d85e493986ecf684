//! Python values as plain data, converted without calling any code the candidate defined.

use serde::{Deserialize, Serialize};
use std::fmt::{self, Write};

/// A Python value made only of built-in types; anything else is [`Value::Other`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "lowercase")]
pub enum Value {
    /// `None`.
    None,
    /// `True` or `False`.
    Bool(bool),
    /// An `int`, in decimal (it may be big).
    Int(String),
    /// A `float`, as Python's `repr` writes it.
    Float(String),
    /// A `str`.
    Str(String),
    /// A `list`.
    List(Vec<Value>),
    /// A `tuple`.
    Tuple(Vec<Value>),
    /// A `set` or `frozenset`.
    Set(Vec<Value>),
    /// A `dict`, in insertion order.
    Dict(Vec<(Value, Value)>),
    /// An object of another type (including subclasses of built-in types): only its type name.
    Other(String),
}

impl Value {
    /// The value as a float, for numbers.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Int(s) | Value::Float(s) => parse_python_float(s),
            _ => None,
        }
    }

    /// The Python type name of the value.
    pub fn type_name(&self) -> &str {
        match self {
            Value::None => "NoneType",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Set(_) => "set",
            Value::Dict(_) => "dict",
            Value::Other(name) => name,
        }
    }
}

/// Parses a float the way Python writes one (`inf`, `nan` included).
pub(crate) fn parse_python_float(s: &str) -> Option<f64> {
    match s {
        "inf" => Some(f64::INFINITY),
        "-inf" => Some(f64::NEG_INFINITY),
        "nan" => Some(f64::NAN),
        _ => s.parse().ok(),
    }
}

/// Writes a string as Python's `repr` does.
pub(crate) fn write_str_repr(out: &mut impl Write, s: &str) -> fmt::Result {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    out.write_char(quote)?;
    for c in s.chars() {
        match c {
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\r' => out.write_str("\\r")?,
            '\t' => out.write_str("\\t")?,
            c if c == quote => {
                out.write_char('\\')?;
                out.write_char(c)?;
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => write!(out, "\\x{:02x}", c as u32)?,
            c => out.write_char(c)?,
        }
    }
    out.write_char(quote)
}

fn write_seq(f: &mut fmt::Formatter<'_>, open: &str, items: &[Value], close: &str) -> fmt::Result {
    f.write_str(open)?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{item}")?;
    }
    f.write_str(close)
}

/// Displays the value as Python's `repr` would.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::None => f.write_str("None"),
            Value::Bool(true) => f.write_str("True"),
            Value::Bool(false) => f.write_str("False"),
            Value::Int(s) | Value::Float(s) => f.write_str(s),
            Value::Str(s) => write_str_repr(f, s),
            Value::List(items) => write_seq(f, "[", items, "]"),
            Value::Tuple(items) if items.len() == 1 => write_seq(f, "(", items, ",)"),
            Value::Tuple(items) => write_seq(f, "(", items, ")"),
            Value::Set(items) if items.is_empty() => f.write_str("set()"),
            Value::Set(items) => write_seq(f, "{", items, "}"),
            Value::Dict(entries) => {
                f.write_str("{")?;
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{k}: {v}")?;
                }
                f.write_str("}")
            }
            Value::Other(name) => write!(f, "<{name} object>"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_python_repr() {
        let v = Value::Dict(vec![
            (Value::Str("a'b".into()), Value::Tuple(vec![Value::Int("1".into())])),
            (Value::Str("c".into()), Value::Set(vec![])),
        ]);
        assert_eq!(v.to_string(), r#"{"a'b": (1,), 'c': set()}"#);
        assert_eq!(Value::Str("x\ny".into()).to_string(), r"'x\ny'");
        assert_eq!(Value::List(vec![Value::None, Value::Bool(true)]).to_string(), "[None, True]");
    }
}
