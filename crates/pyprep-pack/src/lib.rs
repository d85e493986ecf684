//! The pyprep problem-pack format: parses and validates problems and packs held in memory.
//!
//! A problem is a directory in the Kattis problem-package layout, extended for function,
//! class and snippet problems; a pack is a directory of problems with a `pack.yaml`.
//! This crate never touches the file system: callers hand it a [`FileTree`].
//! The format is documented in `docs/pack-format.md`.

mod diagnostic;
mod model;
mod tree;
mod yaml;

pub use diagnostic::{Diagnostic, Loaded, Severity};
pub use model::*;
pub use tree::FileTree;
