//! Typed access to the fields of a YAML mapping, reporting what is wrong with each.

use crate::Diagnostic;
use crate::yaml::{Node, Value};

/// The fields of one YAML mapping, with where to report problems.
pub(crate) struct Fields<'a> {
    file: &'a str,
    prefix: String,
    entries: Vec<(&'a str, &'a Node)>,
}

impl<'a> Fields<'a> {
    /// Reads `node` as a mapping whose fields are named `prefix` + key (for example `limits.`).
    /// Reports a node that is not a mapping (returning `None`), non-string keys and repeated keys.
    /// An empty document (null) is an empty mapping.
    pub(crate) fn new(file: &'a str, prefix: &str, node: &'a Node, diags: &mut Vec<Diagnostic>) -> Option<Self> {
        let mut fields = Fields { file, prefix: prefix.to_owned(), entries: Vec::new() };
        let entries = match &node.value {
            Value::Map(entries) => entries,
            Value::Null => return Some(fields),
            other => {
                let what = match prefix.strip_suffix('.') {
                    Some(name) => {
                        format!("`{name}` must be a mapping of fields, not {}", other.describe())
                    }
                    None => {
                        format!("the file must be a mapping of fields, not {}", other.describe())
                    }
                };
                let mut d = Diagnostic::error(file, what).at(node.line).help("write one `key: value` per line");
                if let Some(name) = prefix.strip_suffix('.') {
                    d = d.field(name);
                }
                diags.push(d);
                return None;
            }
        };
        for (key, value) in entries {
            let Value::Str(name) = &key.value else {
                diags.push(
                    Diagnostic::error(file, format!("a key must be a name, not {}", key.value.describe()))
                        .at(key.line)
                        .help("use plain names as keys"),
                );
                continue;
            };
            if fields.entries.iter().any(|(k, _)| k == name) {
                diags.push(
                    Diagnostic::error(file, format!("`{name}` is given more than once"))
                        .at(key.line)
                        .field(fields.name(name))
                        .help("keep one of them"),
                );
                continue;
            }
            fields.entries.push((name, value));
        }
        Some(fields)
    }

    /// The full name of field `key`, for example `limits.time_limit`.
    pub(crate) fn name(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// The file these fields are in.
    pub(crate) fn file(&self) -> &'a str {
        self.file
    }

    /// The value of `key`, unless it is absent or empty (`key:` with nothing after it).
    pub(crate) fn get(&self, key: &str) -> Option<&'a Node> {
        self.entries.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).filter(|v| v.value != Value::Null)
    }

    /// An error about the value of `key`.
    pub(crate) fn error(&self, key: &str, node: &Node, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(self.file, message).at(node.line).field(self.name(key))
    }

    /// A warning about the value of `key`.
    pub(crate) fn warning(&self, key: &str, node: &Node, message: impl Into<String>) -> Diagnostic {
        Diagnostic::warning(self.file, message).at(node.line).field(self.name(key))
    }

    /// The value of `key` as a string; a plain number or boolean counts, as written.
    pub(crate) fn string(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<String> {
        let node = self.get(key)?;
        match node.as_text() {
            Some(s) => Some(s.to_owned()),
            None => {
                diags.push(
                    self.error(key, node, format!("`{key}` must be a string, not {}", node.value.describe()))
                        .help(format!("write `{key}: some text`")),
                );
                None
            }
        }
    }

    /// The value of `key` as a boolean (`true` or `false`).
    pub(crate) fn bool(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<bool> {
        let node = self.get(key)?;
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                diags.push(
                    self.error(key, node, format!("`{key}` must be true or false, not `{}`", shown(node)))
                        .help(format!("write `{key}: true` or `{key}: false`")),
                );
                None
            }
        }
    }

    /// The value of `key` as a number greater than zero, or at least `min` when given;
    /// `example` is a sensible value for the help.
    pub(crate) fn number(
        &self,
        key: &str,
        min: Option<f64>,
        example: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<f64> {
        let node = self.get(key)?;
        let ok = node.as_f64().filter(|&f| match min {
            Some(min) => f >= min,
            None => f > 0.0,
        });
        if ok.is_none() {
            let bound = match min {
                Some(min) => format!("a number of at least {min}"),
                None => "a number greater than 0".to_owned(),
            };
            diags.push(
                self.error(key, node, format!("`{key}` must be {bound}, not `{}`", shown(node)))
                    .help(format!("write for example `{key}: {example}`")),
            );
        }
        ok
    }

    /// The value of `key` as a whole number greater than zero; `example` is one, for the help.
    pub(crate) fn positive_int(&self, key: &str, example: &str, diags: &mut Vec<Diagnostic>) -> Option<u32> {
        let node = self.get(key)?;
        let ok = match node.value {
            Value::Int(i) => u32::try_from(i).ok().filter(|&n| n > 0),
            _ => None,
        };
        if ok.is_none() {
            diags.push(
                self.error(key, node, format!("`{key}` must be a whole number greater than 0, not `{}`", shown(node)))
                    .help(format!("write for example `{key}: {example}`")),
            );
        }
        ok
    }

    /// The value of `key` as one string or a list of strings.
    pub(crate) fn strings(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Vec<String>> {
        let node = self.get(key)?;
        if let Some(s) = node.as_text() {
            return Some(vec![s.to_owned()]);
        }
        let bad = |d: &mut Vec<Diagnostic>, n: &Node| {
            d.push(
                self.error(key, n, format!("`{key}` must be a string or a list of strings"))
                    .help(format!("write `{key}: text` or `{key}: [one, two]`")),
            );
        };
        let Value::Seq(items) = &node.value else {
            bad(diags, node);
            return None;
        };
        let mut out = Vec::new();
        for item in items {
            match item.as_text() {
                Some(s) => out.push(s.to_owned()),
                None => bad(diags, item),
            }
        }
        Some(out)
    }

    /// The value of `key` read as a nested mapping, reporting a value that is not one.
    pub(crate) fn nested(&self, key: &str, diags: &mut Vec<Diagnostic>) -> Option<Fields<'a>> {
        let node = self.get(key)?;
        Fields::new(self.file, &self.name(&format!("{key}.")), node, diags)
    }

    /// Warns about every key that is not in `known`.
    pub(crate) fn warn_unknown(&self, known: &[&str], diags: &mut Vec<Diagnostic>) {
        for (key, node) in &self.entries {
            if !known.contains(key) {
                // A suggestion needs a distance of at most 2, and less than either name's length.
                let near = |k: &&&str| {
                    let d = edit_distance(k, key);
                    d <= 2 && d < k.len().min(key.len())
                };
                let closest = known.iter().filter(near).min_by_key(|k| edit_distance(k, key));
                let help = match closest {
                    Some(k) => format!("did you mean `{k}`?"),
                    None => "remove it; docs/pack-format.md lists the fields".to_owned(),
                };
                diags.push(self.warning(key, node, format!("unknown field `{}`, ignored", self.name(key))).help(help));
            }
        }
    }

    /// The line of `key`'s value, when the key is present.
    pub(crate) fn line(&self, key: &str) -> Option<u32> {
        self.entries.iter().find(|(k, _)| *k == key).and_then(|(_, v)| v.line)
    }
}

/// The Levenshtein distance between two short strings, to suggest a misspelt field's name.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

/// A node as it might be quoted in a message.
pub(crate) fn shown(node: &Node) -> String {
    match node.as_text() {
        Some(s) => s.chars().take(60).collect(),
        None => node.value.describe().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::parse;

    #[test]
    fn reports_repeated_and_unknown_keys() {
        let node = parse(b"a: 1\nb: x\na: 2\nzz: 3\n").unwrap();
        let mut diags = Vec::new();
        let fields = Fields::new("f.yaml", "", &node, &mut diags).unwrap();
        fields.warn_unknown(&["a", "b"], &mut diags);
        assert_eq!(diags.len(), 2);
        assert_eq!(diags[0].line, Some(3));
        assert!(diags[0].message.contains("more than once"));
        assert_eq!(diags[1].line, Some(4));
        assert_eq!(diags[1].field.as_deref(), Some("zz"));
        assert_eq!(diags[1].help.as_deref(), Some("remove it; docs/pack-format.md lists the fields"));
    }

    #[test]
    fn suggests_the_closest_known_field() {
        let node = parse(
            b"tme_limit: 1
nmae: x
",
        )
        .unwrap();
        let mut diags = Vec::new();
        let fields = Fields::new("f.yaml", "", &node, &mut diags).unwrap();
        fields.warn_unknown(&["time_limit", "name", "memory"], &mut diags);
        assert_eq!(diags[0].help.as_deref(), Some("did you mean `time_limit`?"));
        assert_eq!(diags[1].help.as_deref(), Some("did you mean `name`?"));
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "ab"), 2);
    }

    #[test]
    fn typed_getters_report_with_the_field_name() {
        let node = parse(b"limits:\n  time_limit: -1\n  memory: 2.5\n  ok: true\n  flags: [a, b]\n").unwrap();
        let mut diags = Vec::new();
        let top = Fields::new("p.yaml", "", &node, &mut diags).unwrap();
        let limits = top.nested("limits", &mut diags).unwrap();
        assert_eq!(limits.number("time_limit", None, "2", &mut diags), None);
        assert_eq!(limits.positive_int("memory", "512", &mut diags), None);
        assert_eq!(limits.bool("ok", &mut diags), Some(true));
        assert_eq!(limits.strings("flags", &mut diags), Some(vec!["a".into(), "b".into()]));
        assert_eq!(diags.len(), 2);
        assert_eq!(diags[0].field.as_deref(), Some("limits.time_limit"));
        assert_eq!(diags[0].line, Some(2));
        assert_eq!(diags[1].field.as_deref(), Some("limits.memory"));
    }

    #[test]
    fn a_non_mapping_is_reported() {
        let node = parse(b"- a\n").unwrap();
        let mut diags = Vec::new();
        assert!(Fields::new("p.yaml", "", &node, &mut diags).is_none());
        assert!(diags[0].message.contains("not a list"));
    }
}
