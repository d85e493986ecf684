//! The sandbox side: what a job's Python can do and how its outcome is described.

use pyprep_judge::{CallResult, Job, JobKind, JobOutput, Outcome, Value, execute};

fn program(source: &str, stdin: &str) -> JobOutput {
    run(source, JobKind::Program { stdin: stdin.into() })
}

fn run(source: &str, kind: JobKind) -> JobOutput {
    let job = Job { source: source.into(), kind, output_limit: 10_000 };
    // The interpreter recurses on the native stack, so jobs run on a large one as in the CLI.
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || execute(&job).expect("the engine runs the job"))
        .unwrap()
        .join()
        .unwrap()
}

fn returned(output: &JobOutput) -> Vec<Value> {
    match &output.outcome {
        Outcome::Finished { results } => results
            .iter()
            .map(|r| match r {
                CallResult::Returned(v) => v.clone(),
                CallResult::Raised(e) => panic!("raised {e:?}"),
            })
            .collect(),
        other => panic!("did not finish: {other:?}"),
    }
}

#[test]
fn stdin_and_input_read_the_test_input() {
    let out = program(
        "a = input()\nimport sys\nrest = sys.stdin.read().split()\nprint(a.upper(), len(rest))",
        "hello\n1 2\n3\n",
    );
    assert_eq!(out.stdout, "HELLO 3\n");
    assert!(matches!(out.outcome, Outcome::Finished { .. }));
}

#[test]
fn stdin_buffer_works_for_fast_input() {
    let out = program(
        "import sys\nfirst = sys.stdin.buffer.readline()\nrest = sys.stdin.buffer.read().split()\nprint(first, rest)",
        "n=2\n5 6\n",
    );
    assert_eq!(out.stdout, "b'n=2\\n' [b'5', b'6']\n");
}

#[test]
fn large_function_arguments_are_built_quickly() {
    let args = format!("[{:?}]", (0..100_000).collect::<Vec<u32>>());
    let out = run("def f(xs):\n    return sum(xs)", JobKind::Function { entry: "f".into(), args });
    assert_eq!(returned(&out), vec![Value::Int("4999950000".into())]);
}

#[test]
fn syntax_errors_are_compile_errors_with_line_and_column() {
    let out = program("x = 1\nif x == 1\n    print(x)\n", "");
    let Outcome::CompileError(e) = out.outcome else { panic!("{:?}", out.outcome) };
    assert_eq!(e.type_name, "SyntaxError");
    assert_eq!(e.line, Some(2));
    assert!(e.column.is_some());
}

#[test]
fn exceptions_carry_the_line_in_the_candidates_file() {
    let out = program("def f(xs):\n    return xs[3]\n\nprint(f([1]))\n", "");
    let Outcome::Exception(e) = out.outcome else { panic!("{:?}", out.outcome) };
    assert_eq!(e.type_name, "IndexError");
    assert_eq!(e.line, Some(2));
    assert!(e.traceback.contains("File \"solution.py\", line 4"), "{}", e.traceback);
    assert!(e.mro.contains(&"LookupError".to_string()));
}

#[test]
fn function_jobs_return_plain_values() {
    let out = run(
        "def f(a, b):\n    return {'sum': a + b, 'pair': (a, b), 'set': {a}, 'big': 2 ** 100, 'half': a / 2}",
        JobKind::Function { entry: "f".into(), args: "[3, 4]".into() },
    );
    let Value::Dict(entries) = &returned(&out)[0] else { panic!() };
    let get = |k: &str| entries.iter().find(|(key, _)| *key == Value::Str(k.into())).unwrap().1.clone();
    assert_eq!(get("sum"), Value::Int("7".into()));
    assert_eq!(get("pair"), Value::Tuple(vec![Value::Int("3".into()), Value::Int("4".into())]));
    assert_eq!(get("set"), Value::Set(vec![Value::Int("3".into())]));
    assert_eq!(get("big"), Value::Int("1267650600228229401496703205376".into()));
    assert_eq!(get("half"), Value::Float("1.5".into()));
}

#[test]
fn candidate_types_are_opaque_whatever_they_claim() {
    let source = "class Liar(int):\n    def __eq__(self, o): return True\n\ndef f():\n    return [Liar(1), 1]";
    let out = run(source, JobKind::Function { entry: "f".into(), args: "[]".into() });
    assert_eq!(returned(&out)[0], Value::List(vec![Value::Other("Liar".into()), Value::Int("1".into())]));
}

#[test]
fn class_jobs_run_each_operation_and_record_exceptions() {
    let source = "class Box:\n    def __init__(self, x): self.x = x\n    def get(self): return self.x\n    def boom(self): raise KeyError('k')";
    let out =
        run(source, JobKind::Class { entry: "Box".into(), ops: r#"[["Box", 5], ["get"], ["boom"], ["get"]]"#.into() });
    let Outcome::Finished { results } = &out.outcome else { panic!() };
    assert_eq!(results.len(), 4);
    assert_eq!(results[1], CallResult::Returned(Value::Int("5".into())));
    assert!(matches!(&results[2], CallResult::Raised(e) if e.type_name == "KeyError"));
    assert_eq!(results[3], CallResult::Returned(Value::Int("5".into())));
}

#[test]
fn snippets_run_after_the_code_in_its_namespace() {
    let out = run("def greet(n):\n    return 'hi ' + n", JobKind::Snippet { snippet: "print(greet('ann'))".into() });
    assert_eq!(out.stdout, "hi ann\n");
}

#[test]
fn interview_modules_import_and_random_matches_cpython() {
    let source = "import os, random, dataclasses, contextlib, traceback, inspect, statistics, time\n\
                  random.seed(42)\nprint(random.randint(1, 100), [round(random.random(), 12) for _ in range(3)], \
                  random.choice('abcdef'), random.sample(range(100), 3))\n\
                  print(time.monotonic() >= 0, time.perf_counter() >= 0)";
    let out = program(source, "");
    assert!(matches!(out.outcome, Outcome::Finished { .. }), "{:?}", out.outcome);
    // What CPython 3.11 prints for the same program.
    assert_eq!(out.stdout, "82 [0.111331068166, 0.74155049976, 0.244891853803] b [94, 13, 86]\nTrue True\n");
}

#[test]
fn there_is_no_file_system() {
    let source = "import os\nfor f in (lambda: open('/etc/hostname'), lambda: os.listdir('/'), lambda: os.stat('.')):\n    try:\n        f()\n        print('opened')\n    except OSError as e:\n        print(type(e).__name__)";
    assert_eq!(program(source, "").stdout, "PermissionError\nPermissionError\nPermissionError\n");
}

#[test]
fn unavailable_modules_say_so() {
    let out = program("import subprocess", "");
    let Outcome::Exception(e) = out.outcome else { panic!("{:?}", out.outcome) };
    assert_eq!(e.type_name, "ModuleNotFoundError");
    assert!(e.message.contains("pyprep"), "{}", e.message);
}

#[test]
fn exits_are_outcomes() {
    assert!(matches!(program("import sys\nprint(1)\nsys.exit(0)", "").outcome, Outcome::Finished { .. }));
    assert_eq!(program("import sys\nsys.exit(4)", "").outcome, Outcome::Exit { code: 4 });
    assert_eq!(program("import sys\nsys.exit('bad input')", "").outcome, Outcome::Exit { code: 1 });
    let out = program("import os\nprint('kept')\nos._exit(0)", "");
    assert_eq!(out.stdout, "kept\n");
    assert!(matches!(out.outcome, Outcome::Finished { .. }));
}

#[test]
fn output_beyond_the_limit_is_flagged_even_when_caught() {
    let out = program(
        "for i in range(10**5):\n    try:\n        print('x' * 100)\n    except BaseException:\n        pass",
        "",
    );
    assert!(out.output_exceeded);
    assert_eq!(out.stdout.len(), 10_000);
}

#[test]
fn recursion_is_capped_with_a_catchable_recursion_error() {
    let source = "import sys\nsys.setrecursionlimit(10**6)\nprint(sys.getrecursionlimit())\n\
                  def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(995))\n\
                  try:\n    d(10**5)\nexcept RecursionError:\n    print('caught')";
    assert_eq!(program(source, "").stdout, "1000000\n995\ncaught\n");
}

#[test]
fn default_recursion_limit_is_cpythons() {
    let source = "import sys, functools\nprint(sys.getrecursionlimit())\n\
                  @functools.lru_cache(None)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(490))\n\
                  def d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\ntry:\n    d(1200)\nexcept RecursionError:\n    print('limit')";
    assert_eq!(program(source, "").stdout, "1000\n490\nlimit\n");
}

#[test]
fn validator_jobs_see_the_answer_files_by_name() {
    let source = "import sys\nexpected = open(sys.argv[2]).read().split()\ngot = sys.stdin.read().split()\nsys.exit(42 if got == expected else 43)";
    let kind = |output: &str| JobKind::Validate { input: "in".into(), answer: "7\n".into(), output: output.into() };
    assert_eq!(run(source, kind("7")).outcome, Outcome::Exit { code: 42 });
    assert_eq!(run(source, kind("8")).outcome, Outcome::Exit { code: 43 });
}

#[test]
fn lru_cache_behaves_as_in_cpython_and_recursion_through_it_is_cheap() {
    let source = r#"import functools, sys
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(300) % 10**9, fib.cache_info())
@functools.cache
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(490))
try:
    depth.cache_clear(); print(depth(2000))
except RecursionError:
    print("RecursionError")
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(sq.cache_info())
@functools.lru_cache
def grid(r, c):
    return 1 if r == 0 or c == 0 else grid(r - 1, c) + grid(r, c - 1)
print(grid(16, 16), grid.__name__, grid.__wrapped__.__name__)
class A:
    @functools.lru_cache(None)
    def m(self, k):
        return k * 2
print(A().m(21))
@functools.lru_cache(typed=True)
def t(x, *, y=1):
    return (type(x).__name__, y)
print(t(1), t(1.0), t(1, y=2), t.cache_info().currsize)
try:
    sq([1])
except TypeError as e:
    print("TypeError", e)
@functools.lru_cache(None)
def clash(cache, key, result):
    return cache + key + result
print(clash(1, 2, 3), clash(cache=1, key=2, result=3))
"#;
    // What CPython 3.11 prints for the same program.
    let expected = r#"990979600 CacheInfo(hits=298, misses=301, maxsize=None, currsize=301)
490
RecursionError
CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)
601080390 grid grid
42
('int', 1) ('float', 1) ('int', 2) 3
TypeError unhashable type: 'list'
6 6
"#;
    assert_eq!(program(source, "").stdout, expected);
}
