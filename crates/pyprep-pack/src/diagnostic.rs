//! Diagnostics: what is wrong with a pack, where, and what to do about it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The pack still loads; the author should look.
    Warning,
    /// The pack (or problem) cannot be used until this is fixed.
    Error,
}

/// One finding about a pack, with its location.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// The file it is about, relative to the directory that was loaded, with `/` separators.
    pub file: String,
    /// The 1-based line in that file, when known.
    pub line: Option<u32>,
    /// The field it is about (for example `limits.time_limit`), when it concerns one.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Warning => "warning",
            Severity::Error => "error",
        };
        write!(f, "{severity}: {}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(field) = &self.field {
            write!(f, " ({field})")?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

impl Diagnostic {
    /// An error about `file`, to be completed with the builder methods below.
    pub(crate) fn error(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, file.into(), message.into())
    }

    /// A warning about `file`, to be completed with the builder methods below.
    pub(crate) fn warning(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, file.into(), message.into())
    }

    fn new(severity: Severity, file: String, message: String) -> Self {
        Self { severity, file, line: None, field: None, message, help: None }
    }

    /// Sets the line, when known.
    pub(crate) fn at(mut self, line: Option<u32>) -> Self {
        self.line = line;
        self
    }

    /// Sets the field the diagnostic is about.
    pub(crate) fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Sets what to do about it.
    pub(crate) fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// A loaded value together with everything found while loading it.
#[derive(Clone, Debug)]
pub struct Loaded<T> {
    /// The value, present when no diagnostic is an error.
    pub value: Option<T>,
    /// Every diagnostic, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Loaded<T> {
    /// Puts a value and its diagnostics together, dropping the value when any diagnostic is an
    /// error, and orders the diagnostics by file (in order of first mention) and then by line.
    pub(crate) fn new(value: Option<T>, diagnostics: Vec<Diagnostic>) -> Self {
        let mut files: Vec<String> = Vec::new();
        let mut keyed: Vec<((usize, u32), Diagnostic)> = diagnostics
            .into_iter()
            .map(|d| {
                let rank = files.iter().position(|f| *f == d.file).unwrap_or_else(|| {
                    files.push(d.file.clone());
                    files.len() - 1
                });
                ((rank, d.line.unwrap_or(0)), d)
            })
            .collect();
        // The sort is stable, so diagnostics on the same line keep the order they were found in.
        keyed.sort_by_key(|(key, _)| *key);
        let diagnostics: Vec<Diagnostic> = keyed.into_iter().map(|(_, d)| d).collect();
        let has_errors = diagnostics.iter().any(|d| d.severity == Severity::Error);
        Self { value: if has_errors { None } else { value }, diagnostics }
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}
