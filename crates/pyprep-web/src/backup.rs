//! All local data as one JSON file, to move it to another machine or keep it safe.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::oa::OaSession;
use crate::records::ProblemRecord;

/// The file's `format` field.
pub const FORMAT: &str = "pyprep-data";

/// An export of everything pyprep keeps in the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Backup {
    /// Always [`FORMAT`].
    pub format: String,
    /// The version of this layout.
    pub version: u32,
    /// When it was made, in ms since the epoch.
    pub exported_at: f64,
    /// Practice work by problem key.
    pub records: BTreeMap<String, ProblemRecord>,
    /// OA sessions by id.
    pub sessions: BTreeMap<String, OaSession>,
}

/// Reads an export, naming what is wrong with a file that is not one.
pub fn parse(name: &str, text: &str) -> Result<Backup, String> {
    let backup: Backup = serde_json::from_str(text)
        .map_err(|e| format!("{name}: line {}, column {}: not a pyprep export: {e}", e.line(), e.column()))?;
    if backup.format != FORMAT || backup.version != 1 {
        return Err(format!("{name}: field `format`/`version`: expected {FORMAT} version 1"));
    }
    Ok(backup)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_round_trips() {
        let mut records = BTreeMap::new();
        records.insert("p/x".to_string(), ProblemRecord { code: Some("print(1)".into()), ..Default::default() });
        let backup = Backup { format: FORMAT.into(), version: 1, exported_at: 5.0, records, sessions: BTreeMap::new() };
        let text = serde_json::to_string(&backup).unwrap();
        assert_eq!(parse("b.json", &text).unwrap(), backup);
    }

    #[test]
    fn another_file_is_refused_with_its_name() {
        let error = parse(
            "notes.json",
            r#"{"format": "other", "version": 1, "exported_at": 0, "records": {}, "sessions": {}}"#,
        )
        .unwrap_err();
        assert!(error.starts_with("notes.json: field `format`"), "{error}");
        assert!(parse("x.json", "[]").unwrap_err().starts_with("x.json: line 1"));
    }
}
