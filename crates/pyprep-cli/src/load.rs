//! Loads packs and problems from disk, printing their diagnostics with the directory's path.

use std::path::Path;

use pyprep_pack::{
    Diagnostic, FileTree, Pack, Problem, Severity, is_pack_dir, is_problem_dir, load_pack, load_problem,
};

use crate::files::{dir_name, read_tree};

/// A directory's contents, loaded.
pub(crate) enum Loaded {
    /// A directory with `pack.yaml`.
    Pack(Pack),
    /// A directory with `problem.yaml`.
    Problem(Problem),
}

impl Loaded {
    /// The problems it holds.
    pub(crate) fn problems(&self) -> Vec<&Problem> {
        match self {
            Loaded::Pack(pack) => pack.problems.iter().collect(),
            Loaded::Problem(problem) => vec![problem],
        }
    }
}

/// Loads a pack or problem directory. Diagnostics come back with paths that start at `dir`.
pub(crate) fn load_dir(dir: &Path) -> Result<(Option<Loaded>, Vec<Diagnostic>), String> {
    let tree: FileTree = read_tree(dir)?;
    let (value, mut diagnostics) = if is_pack_dir(&tree) {
        let loaded = load_pack(&tree);
        (loaded.value.map(Loaded::Pack), loaded.diagnostics)
    } else if is_problem_dir(&tree) {
        let loaded = load_problem(&dir_name(dir), &tree);
        (loaded.value.map(Loaded::Problem), loaded.diagnostics)
    } else {
        return Err(format!("{}: neither a pack (no pack.yaml) nor a problem (no problem.yaml)", dir.display()));
    };
    for d in &mut diagnostics {
        d.file = dir.join(&d.file).display().to_string();
    }
    Ok((value, diagnostics))
}

/// Loads one problem directory, printing its diagnostics; errors make it fail.
pub(crate) fn load_problem_dir(dir: &Path) -> Result<Problem, String> {
    let (loaded, diagnostics) = load_dir(dir)?;
    print_diagnostics(&diagnostics);
    match loaded {
        Some(Loaded::Problem(problem)) => Ok(problem),
        Some(Loaded::Pack(_)) => Err(format!("{}: this is a pack; give one of its problem directories", dir.display())),
        None => Err(format!("{}: the problem has errors (see above)", dir.display())),
    }
}

/// Prints diagnostics to stderr, errors and warnings alike.
pub(crate) fn print_diagnostics(diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        eprintln!("{d}");
    }
}

/// How many diagnostics are errors.
pub(crate) fn error_count(diagnostics: &[Diagnostic]) -> usize {
    diagnostics.iter().filter(|d| d.severity == Severity::Error).count()
}

/// The directories among command-line arguments. A shell glob such as `problems/*` also names
/// files (`problems/README.md`); those are skipped with a notice rather than failing the run.
pub(crate) fn directories(args: &[std::path::PathBuf]) -> Vec<&std::path::PathBuf> {
    args.iter()
        .filter(|path| {
            let is_file = path.is_file();
            if is_file {
                eprintln!("skipping {}: a file, not a pack or problem directory", path.display());
            }
            !is_file
        })
        .collect()
}
