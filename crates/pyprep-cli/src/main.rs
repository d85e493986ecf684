//! The `pyprep` command: runs programs, judges submissions, checks and builds problem packs.

mod build;
mod check;
mod child;
mod cli;
mod files;
mod judge_cmd;
mod load;
mod output;
mod run;
mod sandbox;
mod table;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Run(args) => run::run(args),
        cli::Command::Judge(args) => judge_cmd::judge(args),
        cli::Command::Check(args) => check::check(args),
        cli::Command::Build(args) => build::build(args),
        cli::Command::Table(args) => table::table(args),
        cli::Command::Sandbox => sandbox::serve(),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
