//! Runs one job in a fresh interpreter and describes what happened.

use std::time::Instant;

use rustpython_vm::{
    AsObject, PyObjectRef, PyResult, VirtualMachine,
    builtins::{PyBaseExceptionRef, PyList, PyStr, PyTuple},
    compiler::Mode,
    function::FuncArgs,
    scope::Scope,
};
use serde_json::Value as Json;

use super::convert::{from_json, to_value};
use super::interpreter::new_interpreter;
use super::modules::{MAX_RECURSION_DEPTH, OS_CALLABLES, OS_KEEP, UNAVAILABLE_MODULES};
use crate::error::{JudgeError, JudgeErrorKind};
use crate::job::{CallResult, Job, JobKind, JobOutput, Outcome, PyError};

/// The prelude that every job runs first.
const PRELUDE: &str = include_str!("prelude.py");

/// The file name the candidate's code has in tracebacks.
pub const SOLUTION_FILE: &str = "solution.py";

/// The longest traceback kept, in characters.
const MAX_TRACEBACK: usize = 4000;

/// Runs `job` in a fresh interpreter. A failing program is an [`Outcome`], never an `Err`;
/// `Err` means the job itself is malformed or the engine broke.
pub fn execute(job: &Job) -> Result<JobOutput, JudgeError> {
    let interpreter = new_interpreter();
    interpreter.enter(|vm| super::stack_budget::within_budget(|| run(vm, job)))
}

fn engine_error(vm: &VirtualMachine, what: &str, exc: &PyBaseExceptionRef) -> JudgeError {
    let mut text = String::new();
    let _ = vm.write_exception(&mut text, exc);
    JudgeError::new(JudgeErrorKind::Engine, format!("{what}: {text}"))
}

struct Harness {
    prelude: Scope,
    stdout: PyObjectRef,
    stderr: PyObjectRef,
}

impl Harness {
    fn start(vm: &VirtualMachine, stdin: &str, limit: usize) -> Result<Self, JudgeError> {
        let prelude = vm.new_scope_with_builtins();
        let names = |list: &[&str]| -> PyObjectRef {
            vm.ctx.new_tuple(list.iter().map(|m| vm.ctx.new_str(*m).into()).collect()).into()
        };
        let globals = &prelude.globals;
        let set = |k: &str, v: PyObjectRef| globals.set_item(k, v, vm);
        set("__pyprep_unavailable__", names(UNAVAILABLE_MODULES))
            .and_then(|_| set("__pyprep_os_keep__", names(OS_KEEP)))
            .and_then(|_| set("__pyprep_os_callables__", names(OS_CALLABLES)))
            .and_then(|_| set("__pyprep_max_depth__", vm.ctx.new_int(MAX_RECURSION_DEPTH).into()))
            .and_then(|_| vm.run_string(prelude.clone(), PRELUDE, "<pyprep prelude>").map(drop))
            .map_err(|e| engine_error(vm, "the judge's prelude failed", &e))?;
        let streams = call(vm, &prelude, "_streams", vec![vm.ctx.new_str(stdin).into(), vm.ctx.new_int(limit).into()])
            .map_err(|e| engine_error(vm, "the judge could not capture output", &e))?;
        let pair = streams.downcast_ref::<PyTuple>().map(|t| t.as_slice().to_vec()).unwrap_or_default();
        let [stdout, stderr] = <[PyObjectRef; 2]>::try_from(pair)
            .map_err(|_| JudgeError::new(JudgeErrorKind::Engine, "the prelude returned no streams"))?;
        Ok(Harness { prelude, stdout, stderr })
    }

    /// The text a capture stream kept, read without calling anything the candidate could replace.
    fn text(vm: &VirtualMachine, stream: &PyObjectRef) -> (String, bool) {
        let dict = stream.dict();
        let get = |name: &str| dict.as_ref().and_then(|d| d.get_item_opt(name, vm).ok().flatten());
        let mut text = String::new();
        if let Some(parts) = get("parts")
            && let Some(list) = parts.downcast_ref::<PyList>()
        {
            for part in list.borrow_vec().iter() {
                if let Some(s) = part.downcast_ref::<PyStr>() {
                    text.push_str(&s.as_wtf8().to_string_lossy());
                }
            }
        }
        let exceeded = get("exceeded").is_some_and(|e| e.is(&vm.ctx.true_value));
        (text, exceeded)
    }
}

fn call(vm: &VirtualMachine, scope: &Scope, name: &str, args: Vec<PyObjectRef>) -> PyResult {
    let func = scope.globals.get_item(name, vm)?;
    func.call(FuncArgs::from(args), vm)
}

fn run(vm: &VirtualMachine, job: &Job) -> Result<JobOutput, JudgeError> {
    let stdin = match &job.kind {
        JobKind::Program { stdin } => stdin.as_str(),
        JobKind::Validate { output, .. } => output.as_str(),
        _ => "",
    };
    let harness = Harness::start(vm, stdin, job.output_limit)?;
    if let JobKind::Validate { input, answer, .. } = &job.kind {
        call(
            vm,
            &harness.prelude,
            "_validator_files",
            vec![vm.ctx.new_str(input.as_str()).into(), vm.ctx.new_str(answer.as_str()).into()],
        )
        .map_err(|e| engine_error(vm, "the judge could not set up the output validator", &e))?;
    }
    // Arguments are built before the candidate's code runs, so that it cannot change how.
    let calls = match &job.kind {
        JobKind::Function { args, .. } => Some(literal(vm, args, "arguments")?),
        JobKind::Class { ops, .. } => Some(literal(vm, ops, "operations")?),
        _ => None,
    };
    let started = Instant::now();
    let outcome = run_candidate(vm, job, calls);
    let time_ms = started.elapsed().as_secs_f64() * 1000.0;
    let (stdout, out_exceeded) = Harness::text(vm, &harness.stdout);
    let (stderr, err_exceeded) = Harness::text(vm, &harness.stderr);
    Ok(JobOutput { stdout, stderr, output_exceeded: out_exceeded || err_exceeded, outcome, time_ms })
}

/// Parses a test's JSON and builds its Python value.
fn literal(vm: &VirtualMachine, json: &str, what: &str) -> Result<PyObjectRef, JudgeError> {
    let parsed: Json = serde_json::from_str(json)
        .map_err(|e| JudgeError::new(JudgeErrorKind::Job, format!("the test's {what} are not JSON: {e}")))?;
    from_json(&parsed, vm).map_err(|e| engine_error(vm, &format!("the test's {what} could not be built"), &e))
}

fn run_candidate(vm: &VirtualMachine, job: &Job, calls: Option<PyObjectRef>) -> Outcome {
    let code = match vm.compile(&job.source, Mode::Exec, SOLUTION_FILE) {
        Ok(code) => code,
        Err(err) => {
            return Outcome::CompileError(syntax_error(vm, err.into_pyexception(vm, Some(&job.source))));
        }
    };
    let _ = vm.register_code_in_linecache(&code, &job.source);
    let scope = match vm.new_scope_with_main() {
        Ok(scope) => scope,
        Err(e) => return Outcome::Exception(py_error(vm, &e)),
    };
    if matches!(job.kind, JobKind::Function { .. } | JobKind::Class { .. }) {
        let _ = scope.globals.set_item("__name__", vm.ctx.new_str("solution").into(), vm);
    }
    if let Err(exc) = vm.run_code_obj(code, scope.clone()) {
        if let Some(outcome) = exit_outcome(vm, &exc) {
            if !matches!(outcome, Outcome::Finished { .. }) || calls.is_none() {
                return outcome;
            }
        } else {
            return Outcome::Exception(py_error(vm, &exc));
        }
    }
    let results = match (&job.kind, calls) {
        (JobKind::Function { entry, .. }, Some(args)) => {
            vec![call_function(vm, &scope, entry, &args)]
        }
        (JobKind::Class { entry, .. }, Some(ops)) => match run_operations(vm, &scope, entry, &ops) {
            Ok(results) => results,
            Err(outcome) => return outcome,
        },
        (JobKind::Snippet { snippet }, _) => {
            let ran = vm.compile(snippet, Mode::Exec, "test.py").map_err(|e| e.into_pyexception(vm, Some(snippet)));
            if let Err(exc) = ran.and_then(|code| vm.run_code_obj(code, scope.clone())) {
                return exit_outcome(vm, &exc).unwrap_or_else(|| Outcome::Exception(py_error(vm, &exc)));
            }
            Vec::new()
        }
        _ => Vec::new(),
    };
    Outcome::Finished { results }
}

/// Maps `SystemExit` to an outcome: status 0 finishes, anything else is an exit.
fn exit_outcome(vm: &VirtualMachine, exc: &PyBaseExceptionRef) -> Option<Outcome> {
    if !exc.fast_isinstance(vm.ctx.exceptions.system_exit) {
        return None;
    }
    let code = match exc.get_arg(0) {
        None => 0,
        Some(arg) if vm.is_none(&arg) => 0,
        Some(arg) => match arg.try_index(vm).ok().and_then(|i| i.try_to_primitive::<i64>(vm).ok()) {
            Some(code) => code,
            None => {
                // `sys.exit("message")` prints the message and exits with status 1.
                if let Ok(text) = arg.str(vm) {
                    let _ = vm
                        .sys_module
                        .get_attr("stderr", vm)
                        .and_then(|err| vm.call_method(&err, "write", (format!("{}\n", text.as_wtf8()),)));
                }
                1
            }
        },
    };
    Some(if code == 0 { Outcome::Finished { results: Vec::new() } } else { Outcome::Exit { code } })
}

fn lookup(vm: &VirtualMachine, scope: &Scope, name: &str, what: &str) -> Result<PyObjectRef, PyError> {
    match scope.globals.get_item_opt(name, vm) {
        Ok(Some(obj)) => Ok(obj),
        _ => Err(PyError {
            type_name: "NameError".into(),
            mro: vec!["NameError".into(), "Exception".into(), "BaseException".into()],
            message: format!("the {what} '{name}' is not defined: define it at the top level of your code"),
            traceback: format!("NameError: the {what} '{name}' is not defined\n"),
            line: None,
            column: None,
        }),
    }
}

fn call_function(vm: &VirtualMachine, scope: &Scope, entry: &str, args: &PyObjectRef) -> CallResult {
    let func = match lookup(vm, scope, entry, "function") {
        Ok(f) => f,
        Err(e) => return CallResult::Raised(e),
    };
    let args = args.downcast_ref::<PyList>().map(|l| l.borrow_vec().to_vec()).unwrap_or_default();
    match func.call(FuncArgs::from(args), vm) {
        Ok(value) => CallResult::Returned(to_value(&value, vm)),
        Err(exc) => CallResult::Raised(py_error(vm, &exc)),
    }
}

/// Performs a class test's operations: the constructor, then each method call.
fn run_operations(
    vm: &VirtualMachine,
    scope: &Scope,
    entry: &str,
    ops: &PyObjectRef,
) -> Result<Vec<CallResult>, Outcome> {
    let class = lookup(vm, scope, entry, "class").map_err(Outcome::Exception)?;
    let ops = ops.downcast_ref::<PyList>().map(|l| l.borrow_vec().to_vec()).unwrap_or_default();
    let mut instance: Option<PyObjectRef> = None;
    let mut results = Vec::with_capacity(ops.len());
    for op in ops {
        let parts = op.downcast_ref::<PyList>().map(|l| l.borrow_vec().to_vec()).unwrap_or_default();
        let (name, args) = match parts.split_first() {
            Some((name, args)) => {
                (name.downcast_ref::<PyStr>().map(|s| s.as_wtf8().to_string_lossy().into_owned()), args.to_vec())
            }
            None => (None, Vec::new()),
        };
        let name = name.unwrap_or_default();
        let result = match &instance {
            None => class.call(FuncArgs::from(args), vm).map(|obj| {
                instance = Some(obj);
                vm.ctx.none()
            }),
            Some(obj) => {
                let attr = vm.ctx.new_str(name.as_str());
                obj.get_attr(&attr, vm).and_then(|method| method.call(FuncArgs::from(args), vm))
            }
        };
        match result {
            Ok(value) => results.push(CallResult::Returned(to_value(&value, vm))),
            Err(exc) => {
                if let Some(exit) = exit_outcome(vm, &exc) {
                    return Err(exit);
                }
                results.push(CallResult::Raised(py_error(vm, &exc)));
                if instance.is_none() {
                    break;
                }
            }
        }
    }
    Ok(results)
}

fn py_error(vm: &VirtualMachine, exc: &PyBaseExceptionRef) -> PyError {
    let class = exc.class();
    let mro = class.mro_map_collect(|c| c.name().to_string());
    let mut message =
        exc.as_object().str(vm).map(|s| s.as_wtf8().to_string_lossy().trim().to_string()).unwrap_or_default();
    if message.is_empty() && class.is(vm.ctx.exceptions.recursion_error) {
        // RustPython's stack guard raises it without a message, before the recursion limit: say
        // what CPython says, and why it came early.
        message = "maximum recursion depth exceeded: the judge's stack ran out before the recursion limit \
                   (recursion through *args wrappers, keyword or default arguments, generator expressions \
                   and dunder methods uses the most of it)"
            .to_string();
    }
    let mut traceback = String::new();
    let _ = vm.write_exception(&mut traceback, exc);
    PyError {
        type_name: class.name().to_string(),
        mro,
        message,
        line: last_solution_line(&traceback),
        traceback: shorten(traceback),
        column: None,
    }
}

fn syntax_error(vm: &VirtualMachine, exc: PyBaseExceptionRef) -> PyError {
    let int_attr = |name: &'static str| {
        exc.as_object()
            .get_attr(name, vm)
            .ok()
            .and_then(|v| v.try_index(vm).ok())
            .and_then(|i| i.try_to_primitive::<u32>(vm).ok())
    };
    let mut error = py_error(vm, &exc);
    error.line = int_attr("lineno");
    error.column = int_attr("offset");
    if let Ok(msg) = exc.as_object().get_attr("msg", vm).and_then(|m| m.str(vm)) {
        error.message = msg.as_wtf8().to_string_lossy().into_owned();
    }
    error
}

/// The innermost line of the candidate's file that a traceback names.
fn last_solution_line(traceback: &str) -> Option<u32> {
    let marker = format!("File \"{SOLUTION_FILE}\", line ");
    traceback.rmatch_indices(&marker).next().and_then(|(at, _)| {
        let rest = &traceback[at + marker.len()..];
        rest.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
    })
}

/// Keeps the start and the end of a very long traceback (deep recursion prints thousands of lines).
fn shorten(traceback: String) -> String {
    if traceback.len() <= MAX_TRACEBACK {
        return traceback;
    }
    let lines: Vec<&str> = traceback.lines().collect();
    let head = &lines[..lines.len().min(8)];
    let tail = &lines[lines.len().saturating_sub(24)..];
    let skipped = lines.len().saturating_sub(head.len() + tail.len());
    format!("{}\n  [... {skipped} more lines ...]\n{}\n", head.join("\n"), tail.join("\n"))
}
