//! Saving the candidate's work in the browser's localStorage, one key per problem, so that a
//! failed write loses only that write and never what was saved before.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::oa::OaSession;
use crate::records::{LastResult, ProblemRecord};
use crate::state::Theme;

const RECORD_PREFIX: &str = "pyprep.v1.record.";
const RESULT_PREFIX: &str = "pyprep.v1.result.";
const SESSION_PREFIX: &str = "pyprep.v1.oa.";
const THEME_KEY: &str = "pyprep.v1.theme";
const ALL_PREFIX: &str = "pyprep.v1.";

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err("this browser does not allow the page to store anything (private mode?)".into()),
    }
}

fn write<T: Serialize>(key: &str, value: &T) -> Result<(), String> {
    let json = serde_json::to_string(value).map_err(|e| e.to_string())?;
    storage()?.set_item(key, &json).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
        if name.contains("Quota") {
            "the browser's storage is full".to_string()
        } else {
            format!("the browser refused to save ({name})")
        }
    })
}

fn read_all<T: DeserializeOwned>(prefix: &str) -> BTreeMap<String, T> {
    let mut out = BTreeMap::new();
    let Ok(storage) = storage() else { return out };
    let length = storage.length().unwrap_or(0);
    for i in 0..length {
        let Ok(Some(key)) = storage.key(i) else { continue };
        let Some(name) = key.strip_prefix(prefix) else { continue };
        let Ok(Some(json)) = storage.get_item(&key) else { continue };
        // A record that no longer parses is left in place, untouched, rather than deleted.
        if let Ok(value) = serde_json::from_str(&json) {
            out.insert(name.to_string(), value);
        }
    }
    out
}

/// Saves a problem's record.
pub fn save_record(key: &str, record: &ProblemRecord) -> Result<(), String> {
    write(&format!("{RECORD_PREFIX}{key}"), record)
}

/// Saves a problem's last result.
pub fn save_result(key: &str, result: &LastResult) -> Result<(), String> {
    write(&format!("{RESULT_PREFIX}{key}"), result)
}

/// Saves an OA session.
pub fn save_session(session: &OaSession) -> Result<(), String> {
    write(&format!("{SESSION_PREFIX}{}", session.id), session)
}

/// Reads every stored OA session.
pub fn load_sessions() -> BTreeMap<String, OaSession> {
    read_all(SESSION_PREFIX)
}

/// Deletes every key pyprep stored.
pub fn clear_all() -> Result<(), String> {
    let storage = storage()?;
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(ALL_PREFIX))
        .collect();
    for key in keys {
        storage.remove_item(&key).map_err(|_| format!("could not delete {key}"))?;
    }
    Ok(())
}

/// Saves the theme.
pub fn save_theme(theme: Theme) -> Result<(), String> {
    write(THEME_KEY, &matches!(theme, Theme::Dark))
}

/// Reads every stored record, result and the theme.
pub fn load() -> (BTreeMap<String, ProblemRecord>, BTreeMap<String, LastResult>, Option<Theme>) {
    let theme = storage()
        .ok()
        .and_then(|s| s.get_item(THEME_KEY).ok().flatten())
        .map(|v| if v == "true" { Theme::Dark } else { Theme::Light });
    (read_all(RECORD_PREFIX), read_all(RESULT_PREFIX), theme)
}
