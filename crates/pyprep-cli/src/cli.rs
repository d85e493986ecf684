//! The command line: subcommands and their arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Practise Python coding interviews: run, judge, check and build problem packs.
#[derive(Parser, Debug)]
#[command(name = "pyprep", version, about, long_about = None)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Run a Python program with exactly the judge's interpreter configuration.
    Run(RunArgs),
    /// Judge one submission against a problem's tests.
    Judge(JudgeArgs),
    /// Validate packs or problems and check that every submission gets its expected verdict.
    Check(CheckArgs),
    /// Compile packs into static JSON files for the web app.
    Build(BuildArgs),
    /// Write a Markdown table of every problem in the packs (problems/README.md).
    Table(TableArgs),
    /// Run one job read from stdin as JSON (the judge's sandbox; used by pyprep itself).
    #[command(hide = true)]
    Sandbox,
}

#[derive(Args, Debug)]
pub(crate) struct RunArgs {
    /// The program to run.
    pub file: PathBuf,
    /// A file to use as standard input (default: this process's standard input).
    #[arg(long)]
    pub stdin: Option<PathBuf>,
}

/// Which build of the interpreter runs the submission.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub(crate) enum Engine {
    /// RustPython compiled into this command, in a child process per test.
    #[default]
    Native,
    /// The browser's WebAssembly sandbox, run under Node.js (needs `--wasm` and `node`).
    Wasm,
}

#[derive(Args, Debug, Clone)]
pub(crate) struct EngineArgs {
    /// Which build of the interpreter runs the code.
    #[arg(long, value_enum, default_value_t = Engine::Native)]
    pub engine: Engine,
    /// The WebAssembly sandbox (`pyprep-sandbox.wasm`), for `--engine wasm`.
    #[arg(long, env = "PYPREP_SANDBOX_WASM")]
    pub wasm: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub(crate) struct JudgeArgs {
    /// The problem directory.
    pub problem: PathBuf,
    /// The submission.
    pub file: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    pub json: bool,
    /// Run only the samples.
    #[arg(long)]
    pub samples: bool,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(Args, Debug)]
pub(crate) struct CheckArgs {
    /// Pack or problem directories.
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    #[command(flatten)]
    pub engine: EngineArgs,
}

#[derive(Args, Debug)]
pub(crate) struct BuildArgs {
    /// Pack directories.
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    /// Where to write the JSON files.
    #[arg(long)]
    pub out: PathBuf,
}

#[derive(Args, Debug)]
pub(crate) struct TableArgs {
    /// Pack directories.
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    /// Write the table to this file (default: standard output).
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Do not write: fail unless `--out` already holds exactly this table.
    #[arg(long, requires = "out")]
    pub check: bool,
}
