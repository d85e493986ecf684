//! The packs the app offers: the bundled ones from the site's `packs/` folder and the ones the
//! candidate opens from a URL or a file; compiled pack files are parsed and checked here.

use std::rc::Rc;

use pyprep_pack::{FORMAT_VERSION, Pack, Problem};
use serde::Deserialize;

/// Where a pack came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// Built into the site by `pyprep build`.
    Bundled,
    /// Opened with `?pack=URL`.
    Url(String),
    /// Picked from the candidate's disk.
    File(String),
}

/// A pack that loaded.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedPack {
    /// The pack itself, shared: packs can be large.
    pub pack: Rc<Pack>,
    /// Where it came from.
    pub origin: Origin,
}

/// A pack that did not load: which file, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct PackError {
    /// The file or URL.
    pub file: String,
    /// What is wrong with it, naming the field or line where known.
    pub message: String,
}

/// The site's `packs/index.json`, as `pyprep build` writes it.
#[derive(Clone, Debug, Deserialize)]
pub struct Index {
    /// The compiled format's version.
    pub format_version: u32,
    /// The bundled packs, in order.
    pub packs: Vec<IndexEntry>,
}

/// One bundled pack in `index.json`.
#[derive(Clone, Debug, Deserialize)]
pub struct IndexEntry {
    /// The pack's id.
    pub id: String,
    /// The compiled pack's file name, relative to `index.json`.
    pub file: String,
}

/// Every pack the app knows, and the ones that failed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    /// The packs that loaded, bundled ones first.
    pub packs: Vec<LoadedPack>,
    /// The packs that did not.
    pub errors: Vec<PackError>,
    /// Whether the bundled packs have arrived (or failed).
    pub loaded: bool,
    /// Whether every pack the page asked for at start (`?pack=` too) has arrived or failed.
    pub settled: bool,
}

/// The key that names a problem across packs: `pack/problem`.
pub fn problem_key(pack: &str, problem: &str) -> String {
    format!("{pack}/{problem}")
}

impl Catalog {
    /// Adds a pack; one with the same id as a pack already there replaces it.
    pub fn add(&mut self, pack: LoadedPack) {
        self.errors.retain(|e| !matches!(&pack.origin, Origin::Url(u) | Origin::File(u) if *u == e.file));
        match self.packs.iter().position(|p| p.pack.id == pack.pack.id) {
            Some(i) => self.packs[i] = pack,
            None => self.packs.push(pack),
        }
    }

    /// Records a pack that failed; the others are unaffected.
    pub fn fail(&mut self, error: PackError) {
        self.errors.retain(|e| e.file != error.file);
        self.errors.push(error);
    }

    /// The problem a key names, with its pack.
    pub fn problem(&self, key: &str) -> Option<(&Rc<Pack>, &Problem)> {
        let (pack_id, problem_id) = key.split_once('/')?;
        let pack = self.packs.iter().find(|p| p.pack.id == pack_id)?;
        pack.pack.problems.iter().find(|p| p.id == problem_id).map(|p| (&pack.pack, p))
    }

    /// Every topic used by some problem, sorted.
    pub fn topics(&self) -> Vec<String> {
        let mut topics: Vec<String> =
            self.packs.iter().flat_map(|p| p.pack.problems.iter()).flat_map(|p| p.topics.iter().cloned()).collect();
        topics.sort();
        topics.dedup();
        topics
    }
}

/// Parses the site's `index.json`.
pub fn parse_index(file: &str, text: &str) -> Result<Index, PackError> {
    let index: Index = serde_json::from_str(text).map_err(|e| json_error(file, &e))?;
    check_version(file, index.format_version)?;
    Ok(index)
}

/// Parses and checks a compiled pack (what `pyprep build` writes as `<id>.json`).
pub fn parse_pack(file: &str, text: &str) -> Result<Pack, PackError> {
    let mut value: serde_json::Value = serde_json::from_str(text).map_err(|e| json_error(file, &e))?;
    let Some(object) = value.as_object_mut() else {
        return Err(PackError { file: file.into(), message: "a compiled pack must be a JSON object".into() });
    };
    let version = object.remove("format_version").and_then(|v| v.as_u64()).ok_or_else(|| PackError {
        file: file.into(),
        message: "field `format_version` is missing: is this a pack compiled by `pyprep build`?".into(),
    })?;
    check_version(file, version as u32)?;
    let pack: Pack = serde_json::from_value(value)
        .map_err(|e| PackError { file: file.into(), message: format!("not a compiled pack: {e}") })?;
    check_pack(file, &pack)?;
    Ok(pack)
}

fn check_version(file: &str, version: u32) -> Result<(), PackError> {
    if version == FORMAT_VERSION {
        return Ok(());
    }
    Err(PackError {
        file: file.into(),
        message: format!(
            "format_version is {version}, but this app reads version {FORMAT_VERSION}; rebuild the pack with this pyprep"
        ),
    })
}

fn json_error(file: &str, e: &serde_json::Error) -> PackError {
    PackError { file: file.into(), message: format!("line {}, column {}: {e}", e.line(), e.column()) }
}

/// What the judge relies on and JSON alone does not ensure.
fn check_pack(file: &str, pack: &Pack) -> Result<(), PackError> {
    let fail = |message: String| Err(PackError { file: file.into(), message });
    if pack.id.is_empty() || pack.id.contains('/') {
        return fail(format!("field `id`: {:?} is not a valid pack id", pack.id));
    }
    if pack.problems.is_empty() {
        return fail("field `problems`: the pack has no problems".into());
    }
    for (i, problem) in pack.problems.iter().enumerate() {
        if pack.problems[..i].iter().any(|p| p.id == problem.id) {
            return fail(format!("problems[{i}]: the id {:?} is used twice", problem.id));
        }
        if problem.tests.is_empty() {
            return fail(format!("problems[{i}] ({}): field `tests` is empty", problem.id));
        }
    }
    for set in &pack.oa_sets {
        if let Some(missing) = set.problems.iter().find(|id| !pack.problems.iter().any(|p| &p.id == *id)) {
            return fail(format!("oa_sets {}: no problem {missing:?} in the pack", set.id));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_without_format_version_is_refused_with_the_reason() {
        let error = parse_pack("p.json", r#"{"id": "x"}"#).unwrap_err();
        assert_eq!(error.file, "p.json");
        assert!(error.message.contains("format_version"), "{}", error.message);
    }

    #[test]
    fn broken_json_names_the_line() {
        let error = parse_pack("p.json", "{\n\"id\": }").unwrap_err();
        assert!(error.message.starts_with("line 2"), "{}", error.message);
    }

    #[test]
    fn a_missing_field_is_named() {
        let error = parse_pack("p.json", r#"{"format_version": 1, "id": "x", "title": "X"}"#).unwrap_err();
        assert!(error.message.contains("missing field"), "{}", error.message);
    }

    #[test]
    fn a_newer_format_is_refused() {
        let error = parse_pack("p.json", r#"{"format_version": 99}"#).unwrap_err();
        assert!(error.message.contains("99"), "{}", error.message);
    }
}
