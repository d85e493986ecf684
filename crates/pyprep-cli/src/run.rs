//! `pyprep run`: runs a program with exactly the judge's interpreter configuration.

use std::io::{Read, Write};
use std::process::ExitCode;

use pyprep_judge::{Job, JobKind, Outcome};

use crate::cli::RunArgs;
use crate::files::read_text;
use crate::sandbox::execute_on_big_stack;

/// How much a program run by hand may print.
const RUN_OUTPUT_LIMIT: usize = 64 * 1024 * 1024;

pub(crate) fn run(args: RunArgs) -> Result<ExitCode, String> {
    let source = read_text(&args.file)?;
    let stdin = match &args.stdin {
        Some(path) => read_text(path)?,
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read standard input: {e}"))?;
            text
        }
    };
    let job = Job { source, kind: JobKind::Program { stdin }, output_limit: RUN_OUTPUT_LIMIT };
    let output = execute_on_big_stack(job).map_err(|e| e.to_string())?;
    print!("{}", output.stdout);
    let _ = std::io::stdout().flush();
    eprint!("{}", output.stderr);
    // The program's own status for `sys.exit(n)` (as CPython: the low byte), else 1 for a failure.
    let status = match &output.outcome {
        Outcome::Finished { .. } => 0,
        Outcome::CompileError(e) | Outcome::Exception(e) => {
            eprint!("{}", e.traceback);
            1
        }
        Outcome::Exit { code } => (code & 0xff) as u8,
    };
    if output.output_exceeded {
        eprintln!("pyprep: output cut at {RUN_OUTPUT_LIMIT} characters");
    }
    Ok(ExitCode::from(status))
}
