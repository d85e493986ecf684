//! The pyprep problem-pack format: parses and validates problems and packs held in memory.
//!
//! A problem is a directory in the Kattis problem-package layout, extended for function,
//! class and snippet problems; a pack is a directory of problems with a `pack.yaml`.
//! This crate never touches the file system: callers hand it a [`FileTree`].
//! The format is documented in `docs/pack-format.md`.

// The data model and the results of loading.
mod diagnostic;
mod model;
mod topics;
mod tree;

// Loading problems and packs.
mod config;
mod output_validator;
mod pack;
mod problem;
mod statement;
mod submissions;
mod testdata;

// The pieces the loaders are built from.
mod fields;
mod flags;
mod ids;
mod json;
mod latex;
mod special;
mod style_checks;
mod text;
mod yaml;

pub use diagnostic::{Diagnostic, Loaded, Severity};
pub use model::*;
pub use pack::{is_pack_dir, load_pack};
pub use problem::{is_problem_dir, load_problem};
pub use topics::TOPICS;
pub use tree::FileTree;
