//! Jobs and their outputs: what crosses between a host and the sandbox that runs Python.
//!
//! A host (the CLI's child process, the browser's worker) hands the sandbox a [`Job`] and gets
//! back a [`JobOutput`]. Expected answers never enter a job: grading happens in the host.

use serde::{Deserialize, Serialize};

use crate::value::Value;

/// One execution of Python code in a fresh interpreter.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// The candidate's source (or, for [`JobKind::Validate`], the output validator's).
    pub source: String,
    /// What to do with it.
    pub kind: JobKind,
    /// The most characters of stdout (and, separately, of stderr) to keep; more is an output-limit breach.
    pub output_limit: usize,
}

/// What a job does after loading the source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum JobKind {
    /// Runs the source as `__main__` with `stdin` as standard input.
    Program {
        /// The standard input.
        stdin: String,
    },
    /// Runs the source as a module, then calls the function `entry` with the arguments.
    Function {
        /// The function's name.
        entry: String,
        /// The JSON list of arguments.
        args: String,
    },
    /// Runs the source as a module, then performs the operations on the class `entry`.
    Class {
        /// The class's name.
        entry: String,
        /// The JSON list of operations, each `[name, args...]`, the constructor first.
        ops: String,
    },
    /// Runs the source as `__main__`, then the snippet in the same namespace.
    Snippet {
        /// The test's Python snippet.
        snippet: String,
    },
    /// Runs a Kattis output validator on one test's files, which it sees as
    /// `sys.argv[1]` (input) and `sys.argv[2]` (answer), with the team output on stdin.
    Validate {
        /// The test's input.
        input: String,
        /// The test's expected answer.
        answer: String,
        /// The candidate's output.
        output: String,
    },
}

/// What came of a job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JobOutput {
    /// What the code printed, up to the limit.
    pub stdout: String,
    /// What the code wrote to stderr, up to the limit.
    pub stderr: String,
    /// Whether the code tried to print more than the limit.
    pub output_exceeded: bool,
    /// How the code ended.
    pub outcome: Outcome,
    /// Wall-clock time spent running the code (the interpreter's start-up excluded), in ms.
    pub time_ms: f64,
}

/// How the code ended.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// The code ran to its end (or called `sys.exit()` with status 0).
    Finished {
        /// For function jobs one result, for class jobs one per operation; empty otherwise.
        results: Vec<CallResult>,
    },
    /// The source does not compile.
    CompileError(PyError),
    /// An exception escaped the program.
    Exception(PyError),
    /// The program called `sys.exit()` with a non-zero status (or a message).
    Exit {
        /// The exit status (1 for a message).
        code: i64,
    },
}

/// The result of one call in a function or class job.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "result", content = "value", rename_all = "snake_case")]
pub enum CallResult {
    /// The call returned this value.
    Returned(Value),
    /// The call raised this exception.
    Raised(PyError),
}

/// A Python exception (or syntax error), described for a candidate.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PyError {
    /// The exception's type name, for example `ZeroDivisionError`.
    pub type_name: String,
    /// The names of its classes from most to least derived, for matching an expected base class.
    pub mro: Vec<String>,
    /// The exception's message.
    pub message: String,
    /// The traceback as CPython prints it.
    pub traceback: String,
    /// The line in the candidate's file where it happened (the innermost such frame).
    pub line: Option<u32>,
    /// For syntax errors, the column.
    pub column: Option<u32>,
}
