//! The sandbox side of the judge: runs a [`crate::Job`] in a fresh RustPython interpreter.

mod convert;
mod execute;
mod interpreter;
mod modules;
mod stack_budget;

pub use execute::execute;
pub use modules::UNAVAILABLE_MODULES;
