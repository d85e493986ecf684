//! Reads directories from disk into the in-memory trees that pyprep-pack parses.

use std::fs;
use std::path::Path;

use pyprep_pack::FileTree;

/// The largest file read into a tree; bigger ones are reported, not read.
const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads every file below `dir` (skipping hidden files and folders) into a tree.
pub(crate) fn read_tree(dir: &Path) -> Result<FileTree, String> {
    let mut tree = FileTree::new();
    read_into(dir, "", &mut tree)?;
    Ok(tree)
}

fn read_into(dir: &Path, prefix: &str, tree: &mut FileTree) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: cannot read the directory: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || name == "__pycache__" {
            continue;
        }
        let path = entry.path();
        let rel = if prefix.is_empty() { name.clone() } else { format!("{prefix}/{name}") };
        let meta = fs::metadata(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if meta.is_dir() {
            read_into(&path, &rel, tree)?;
        } else if meta.len() > MAX_FILE_BYTES {
            return Err(format!("{}: the file is larger than {} MiB", path.display(), MAX_FILE_BYTES >> 20));
        } else {
            let bytes = fs::read(&path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
            tree.insert(rel, bytes);
        }
    }
    Ok(())
}

/// Reads a text file, naming it in the error.
pub(crate) fn read_text(path: &Path) -> Result<String, String> {
    let bytes = fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
    String::from_utf8(bytes)
        .map_err(|e| format!("{}: not UTF-8 text (byte {})", path.display(), e.utf8_error().valid_up_to()))
}

/// The directory's name, used as a problem or pack id.
pub(crate) fn dir_name(dir: &Path) -> String {
    let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    canonical.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}
