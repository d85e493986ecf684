//! `pyprep build`: compiles packs into static JSON files for the web app.

use std::fs;
use std::process::ExitCode;

use pyprep_pack::{FORMAT_VERSION, Pack};
use serde::Serialize;

use crate::child::ChildRunner;
use crate::cli::{BuildArgs, EngineArgs};
use crate::judge_cmd::problem_time_limit;
use crate::load::{Loaded, directories, error_count, load_dir, print_diagnostics};

/// One entry of `index.json`.
#[derive(Serialize)]
struct IndexEntry<'a> {
    id: &'a str,
    title: &'a str,
    description: &'a str,
    version: &'a str,
    problems: usize,
    file: String,
}

/// `index.json`: what packs the site carries.
#[derive(Serialize)]
struct Index<'a> {
    format_version: u32,
    packs: Vec<IndexEntry<'a>>,
}

/// A compiled pack file.
#[derive(Serialize)]
struct CompiledPack<'a> {
    format_version: u32,
    #[serde(flatten)]
    pack: &'a Pack,
}

pub(crate) fn build(args: BuildArgs) -> Result<ExitCode, String> {
    let mut runner = ChildRunner::new(&EngineArgs { engine: Default::default(), wasm: None })?;
    let mut packs: Vec<Pack> = Vec::new();
    let mut failed = false;
    for dir in directories(&args.dirs) {
        let (loaded, diagnostics) = load_dir(dir)?;
        print_diagnostics(&diagnostics);
        match loaded {
            Some(Loaded::Pack(pack)) if error_count(&diagnostics) == 0 => packs.push(pack),
            Some(Loaded::Problem(_)) => {
                return Err(format!("{}: build takes packs (a directory with pack.yaml)", dir.display()));
            }
            _ => failed = true,
        }
    }
    if failed {
        return Err("the packs have errors (see above); nothing was written".into());
    }
    for pack in &mut packs {
        for problem in &mut pack.problems {
            // Time limits are fixed here, Kattis style, from the accepted submissions.
            let limit_ms = problem_time_limit(problem, &mut runner, true)?;
            problem.limits.time_limit = Some(limit_ms / 1000.0);
            problem.submissions.clear();
        }
    }
    fs::create_dir_all(&args.out).map_err(|e| format!("{}: cannot create: {e}", args.out.display()))?;
    let mut index = Index { format_version: FORMAT_VERSION, packs: Vec::new() };
    for pack in &packs {
        let file = format!("{}.json", pack.id);
        let json =
            serde_json::to_string(&CompiledPack { format_version: FORMAT_VERSION, pack }).map_err(|e| e.to_string())?;
        write(&args.out.join(&file), &json)?;
        index.packs.push(IndexEntry {
            id: &pack.id,
            title: &pack.title,
            description: &pack.description,
            version: &pack.version,
            problems: pack.problems.len(),
            file,
        });
        eprintln!("built {} ({} problems)", pack.id, pack.problems.len());
    }
    let json = serde_json::to_string_pretty(&index).map_err(|e| e.to_string())?;
    write(&args.out.join("index.json"), &json)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes a file through a temporary name, so that a full disk never leaves half a file.
fn write(path: &std::path::Path, text: &str) -> Result<(), String> {
    let tmp = path.with_extension("json.tmp");
    fs::write(&tmp, text).and_then(|_| fs::rename(&tmp, path)).map_err(|e| {
        let _ = fs::remove_file(&tmp);
        format!("{}: cannot write: {e}", path.display())
    })
}
