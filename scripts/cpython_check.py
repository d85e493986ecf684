#!/usr/bin/env python3
"""Runs every accepted submission of pyprep problems under CPython and checks it against the tests.

pyprep judges with RustPython; this script makes sure the reference solutions give the same
answers under CPython (sys.executable), so that a test never depends on an interpreter quirk.

Usage:
    python3 scripts/cpython_check.py PROBLEM_OR_PACK_DIR [...] [-j JOBS] [--timeout SECONDS]

A directory with a problem.yaml is a problem; any other directory is searched for problem
directories below it (a pack, or a directory of packs). For each problem, each
submissions/accepted/*.py runs on every test (data/sample and data/secret, recursively) in its
own subprocess, with a timeout (20 s by default), and its result is compared with the .ans:

- stdio: standard output against the .ans, token by token (case-insensitive, floats within the
  validator_flags tolerances), like Kattis' default output validator;
- function: entry(*args) with the .in's JSON arguments, compared structurally with the .ans JSON
  ($tuple, $set and $raises supported; unordered: true compares a top-level list as a multiset);
- class: the .in's operations [["Class", args...], ["method", args...], ...], each result compared
  with the matching entry of the .ans list (null for the constructor);
- snippet: the solution, then the .in snippet in the same namespace (__name__ == "__main__"),
  standard output compared like stdio.

Function and class solutions run with __name__ == "solution", as in pyprep's judge.

It prints one line per failing test and ends with "cpython: N passed, M failed" (one count per
submission and test), exiting 1 when anything failed. Standard library only.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import io
import json
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_TOLERANCE = 1e-9
SOLUTION_NAME = "solution.py"


# --------------------------------------------------------------------------------------------
# problem.yaml and testdata.yaml: only top-level `key: value` lines are read.


def _scalar(text: str) -> str:
    """A YAML scalar or flow list written on one line, without comments or quotes."""
    text = text.strip()
    if text and text[0] in "\"'":
        quote = text[0]
        end = text.find(quote, 1)
        return text[1:end] if end > 0 else text[1:]
    hash_at = text.find(" #")
    if hash_at >= 0:
        text = text[:hash_at].rstrip()
    if text.startswith("#"):
        return ""
    return text


def read_top_level_yaml(path: Path) -> dict[str, str]:
    """Top-level `key: value` pairs of a YAML file; values are kept as text.

    A block list below a key (`key:` then `  - item` lines) is joined with spaces, which is what
    validator flags need.
    """
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    current = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] not in " \t-":
            key, sep, rest = raw.partition(":")
            if not sep:
                current = None
                continue
            current = key.strip()
            values[current] = _scalar(rest)
        elif current is not None and raw.strip().startswith("- "):
            item = _scalar(raw.strip()[2:])
            values[current] = (values[current] + " " + item).strip()
    return values


def flags_text(value: str) -> str:
    """Validator flags from a string or a one-line flow list."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        return " ".join(_scalar(part) for part in value[1:-1].split(","))
    return value


class Flags:
    """The Kattis default validator's flags that matter here."""

    def __init__(self, text: str = "") -> None:
        self.case_sensitive = False
        self.space_change_sensitive = False
        self.abs_tol: float | None = None
        self.rel_tol: float | None = None
        words = text.split()
        i = 0
        while i < len(words):
            word = words[i]
            if word == "case_sensitive":
                self.case_sensitive = True
            elif word == "space_change_sensitive":
                self.space_change_sensitive = True
            elif word in ("float_tolerance", "float_absolute_tolerance", "float_relative_tolerance"):
                i += 1
                number = float(words[i]) if i < len(words) else 0.0
                if word != "float_relative_tolerance":
                    self.abs_tol = number
                if word != "float_absolute_tolerance":
                    self.rel_tol = number
            i += 1

    def merged(self, text: str) -> "Flags":
        """These flags with a group's flags applied on top, as Kattis passes them."""
        group = Flags(text)
        out = Flags()
        out.case_sensitive = self.case_sensitive or group.case_sensitive
        out.space_change_sensitive = self.space_change_sensitive or group.space_change_sensitive
        words = text.split()
        has_abs = "float_tolerance" in words or "float_absolute_tolerance" in words
        has_rel = "float_tolerance" in words or "float_relative_tolerance" in words
        out.abs_tol = group.abs_tol if has_abs else self.abs_tol
        out.rel_tol = group.rel_tol if has_rel else self.rel_tol
        return out

    def has_tolerance(self) -> bool:
        return self.abs_tol is not None or self.rel_tol is not None

    def to_json(self) -> dict:
        return {"cs": self.case_sensitive, "scs": self.space_change_sensitive, "abs": self.abs_tol, "rel": self.rel_tol}

    @classmethod
    def from_json(cls, data: dict) -> "Flags":
        out = cls()
        out.case_sensitive, out.space_change_sensitive = data["cs"], data["scs"]
        out.abs_tol, out.rel_tol = data["abs"], data["rel"]
        return out


def group_flags_text(test_dir: Path, data_dir: Path) -> str | None:
    """The validator flags of the nearest testdata.yaml (from the test's directory up to data/)."""
    directory = test_dir
    while True:
        settings = read_top_level_yaml(directory / "testdata.yaml")
        for key in ("output_validator_args", "output_validator_flags"):
            if key in settings:
                return flags_text(settings[key])
        if directory == data_dir or data_dir not in directory.parents:
            return None
        directory = directory.parent


# --------------------------------------------------------------------------------------------
# Comparison.


def floats_match(expected: float, actual: float, flags: Flags) -> bool:
    if math.isnan(expected):
        return math.isnan(actual)
    if math.isinf(expected):
        return expected == actual
    diff = abs(expected - actual)
    return (flags.abs_tol is not None and diff <= flags.abs_tol) or (
        flags.rel_tol is not None and diff <= flags.rel_tol * abs(expected)
    )


def token_matches(expected: str, actual: str, flags: Flags) -> bool:
    if flags.has_tolerance():
        try:
            e = float(expected)
        except ValueError:
            pass
        else:
            try:
                return floats_match(e, float(actual), flags)
            except ValueError:
                return False
    if flags.case_sensitive:
        return expected == actual
    return expected.lower() == actual.lower()


def _short(token: str) -> str:
    return json.dumps(token if len(token) <= 40 else token[:40] + "…", ensure_ascii=False)


def compare_output(answer: str, output: str, flags: Flags) -> str | None:
    """None when the output matches the answer, else what differs."""
    if flags.space_change_sensitive:
        import re

        expected = re.findall(r"\s+|\S+", answer)
        actual = re.findall(r"\s+|\S+", output)
        for i in range(max(len(expected), len(actual))):
            e = expected[i] if i < len(expected) else None
            a = actual[i] if i < len(actual) else None
            if e is not None and a is not None:
                if e.isspace() and a.isspace() and e == a:
                    continue
                if not e.isspace() and not a.isspace() and token_matches(e, a, flags):
                    continue
            return f"white space or token differs: expected {_short(e or 'end of output')}, got {_short(a or 'end of output')}"
        return None
    expected = answer.split()
    actual = output.split()
    for index, (e, a) in enumerate(zip(expected, actual), start=1):
        if not token_matches(e, a, flags):
            return f"token {index}: expected {_short(e)}, got {_short(a)}"
    if len(actual) < len(expected):
        return f"output ended early: expected {_short(expected[len(actual)])} at token {len(actual) + 1}"
    if len(actual) > len(expected):
        return f"extra output after the expected answer: {_short(actual[len(expected)])}"
    return None


def _special(value, key: str):
    if type(value) is dict and len(value) == 1 and key in value:
        return value[key]
    return None


def from_json(value):
    """A JSON argument as the Python value the judge passes ($tuple and $set converted)."""
    items = _special(value, "$tuple")
    if isinstance(items, list):
        return tuple(from_json(v) for v in items)
    items = _special(value, "$set")
    if isinstance(items, list):
        return {from_json(v) for v in items}
    if isinstance(value, list):
        return [from_json(v) for v in value]
    if isinstance(value, dict):
        return {k: from_json(v) for k, v in value.items()}
    return value


def _is_int_text(key: str) -> bool:
    digits = key[1:] if key.startswith("-") else key
    return digits.isdigit() and digits.isascii()


def _key_matches(key: str, actual) -> bool:
    if type(actual) is str:
        return actual == key
    if type(actual) is int:
        return _is_int_text(key) and int(key) == actual
    return False


def _canon_expected(value) -> str:
    """A sort key for an expected JSON value; equal to _canon_actual of a matching value."""
    items = _special(value, "$tuple")
    if isinstance(items, list):
        return "[" + ", ".join(_canon_expected(v) for v in items) + "]"
    items = _special(value, "$set")
    if isinstance(items, list):
        return "{" + ", ".join(sorted(_canon_expected(v) for v in items)) + "}"
    if value is None:
        return "None"
    if type(value) is bool:
        return repr(value)
    if type(value) in (int, float, str):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_canon_expected(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(sorted(f"{k!r}: {_canon_expected(v)}" for k, v in value.items())) + "}"
    return repr(value)


def _canon_actual(value, depth: int = 0) -> str:
    if depth > 64:
        return "<deep>"
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return repr(value)
    if kind in (list, tuple):
        return "[" + ", ".join(_canon_actual(v, depth + 1) for v in value) + "]"
    if kind in (set, frozenset):
        return "{" + ", ".join(sorted(_canon_actual(v, depth + 1) for v in value)) + "}"
    if kind is dict:
        return "{" + ", ".join(sorted(f"{str(k)!r}: {_canon_actual(v, depth + 1)}" for k, v in value.items())) + "}"
    return f"<{kind.__name__}>"


def same_multiset(expected: list, actual, flags: Flags) -> bool:
    actual = list(actual)
    if len(expected) != len(actual):
        return False
    try:
        exp_sorted = sorted(expected, key=_canon_expected)
        act_sorted = sorted(actual, key=_canon_actual)
        if all(matches(e, a, flags) for e, a in zip(exp_sorted, act_sorted)):
            return True
    except RecursionError:
        pass
    used = [False] * len(actual)
    for e in expected:
        for i, a in enumerate(actual):
            if not used[i] and matches(e, a, flags):
                used[i] = True
                break
        else:
            return False
    return True


def matches(expected, actual, flags: Flags) -> bool:
    """Whether a returned value matches the expected JSON, as pyprep's judge compares them."""
    items = _special(expected, "$tuple")
    if isinstance(items, list):
        return type(actual) is tuple and len(items) == len(actual) and all(
            matches(e, a, flags) for e, a in zip(items, actual)
        )
    items = _special(expected, "$set")
    if isinstance(items, list):
        return type(actual) in (set, frozenset) and same_multiset(items, actual, flags)
    kind = type(actual)
    if expected is None:
        return actual is None
    if type(expected) is bool:
        return kind is bool and actual == expected
    if type(expected) is int and kind is int:
        return actual == expected
    if type(expected) in (int, float):
        if kind not in (int, float):
            return False
        try:
            return floats_match(float(expected), float(actual), flags)
        except OverflowError:
            return False
    if type(expected) is str:
        return kind is str and actual == expected
    if isinstance(expected, list):
        if kind in (list, tuple):
            return len(expected) == len(actual) and all(matches(e, a, flags) for e, a in zip(expected, actual))
        if kind in (set, frozenset):
            return same_multiset(expected, actual, flags)
        return False
    if isinstance(expected, dict):
        if kind is not dict or len(expected) != len(actual):
            return False
        return all(
            any(_key_matches(key, k) and matches(value, v, flags) for k, v in actual.items())
            for key, value in expected.items()
        )
    return False


def expected_raise(expected) -> str | None:
    name = _special(expected, "$raises")
    return name if isinstance(name, str) else None


def raised_matches(name: str, exc: BaseException) -> bool:
    """Whether the exception is of that class or a subclass; a dotted name (json.JSONDecodeError)
    matches by its last part."""
    short = name.rpartition(".")[2]
    return any(short in (cls.__name__, cls.__qualname__) for cls in type(exc).__mro__)


def show(value, limit: int = 200) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def judge_result(expected, outcome, flags: Flags, unordered: bool = False) -> str | None:
    """None when one call's outcome matches; outcome is ("returned", value) or ("raised", exc)."""
    name = expected_raise(expected)
    status, value = outcome
    if name is not None:
        if status == "raised":
            return None if raised_matches(name, value) else f"expected {name} to be raised, got {type(value).__name__}: {value}"
        return f"expected {name} to be raised, but it returned {show(value)}"
    if status == "raised":
        return f"raised {type(value).__name__}: {value}"
    if unordered and isinstance(expected, list) and type(value) in (list, tuple, set, frozenset):
        ok = same_multiset(expected, value, flags)
    else:
        ok = matches(expected, value, flags)
    return None if ok else f"expected {show(expected)}, got {show(value)}"


# --------------------------------------------------------------------------------------------
# The child process: runs one function, class or snippet test and writes a verdict.


def _load_solution(source_path: str, module_name: str) -> dict:
    namespace = {"__name__": module_name, "__builtins__": __builtins__}
    source = Path(source_path).read_text(encoding="utf-8")
    exec(compile(source, SOLUTION_NAME, "exec"), namespace)
    return namespace


def _call(func, args) -> tuple:
    try:
        return ("returned", func(*args))
    except SystemExit:
        raise
    except BaseException as exc:  # noqa: BLE001 - every exception is a result here
        return ("raised", exc)


def child_main(argv: list[str]) -> int:
    style, solution, test_in, test_ans, verdict_path, entry, unordered, flags_json = argv
    sys.setrecursionlimit(1000)
    if style == "snippet":
        namespace = _load_solution(solution, "__main__")
        snippet = Path(test_in).read_text(encoding="utf-8")
        exec(compile(snippet, "test.in", "exec"), namespace)
        sys.stdout.flush()
        return 0
    flags = Flags.from_json(json.loads(flags_json))
    if not flags.has_tolerance():
        flags.abs_tol = flags.rel_tol = DEFAULT_TOLERANCE  # structural default, as the judge's
    data = json.loads(Path(test_in).read_text(encoding="utf-8"))
    answer = json.loads(Path(test_ans).read_text(encoding="utf-8"))
    # Like pyprep's judge, function and class solutions run as the module "solution", so that an
    # `if __name__ == "__main__":` block in them does not run.
    namespace = _load_solution(solution, "solution")
    problems: list[str] = []
    if entry not in namespace:
        problems.append(f"the solution defines no {entry!r}")
    elif style == "function":
        args = [from_json(a) for a in data]
        message = judge_result(answer, _call(namespace[entry], args), flags, unordered == "1")
        if message:
            problems.append(message)
    elif style == "class":
        cls = namespace[entry]
        instance = None
        results = []
        for op in data:
            name, args = op[0], [from_json(a) for a in op[1:]]
            if instance is None:
                outcome = _call(cls, args)
                if outcome[0] == "returned":
                    instance = outcome[1]
                    outcome = ("returned", None)
                results.append((f"{name}({', '.join(map(show, args))})", outcome))
                if instance is None:
                    break
            else:
                try:
                    method = getattr(instance, name)
                except AttributeError as exc:
                    outcome = ("raised", exc)
                else:
                    outcome = _call(method, args)
                results.append((f"{name}({', '.join(show(a, 40) for a in args)})", outcome))
        if len(results) != len(answer):
            problems.append(f"{len(results)} results for {len(answer)} expected")
        for i, ((call, outcome), expected) in enumerate(zip(results, answer), start=1):
            message = judge_result(expected, outcome, flags)
            if message:
                problems.append(f"operation {i}, {call}: {message}")
                break
    else:
        problems.append(f"unknown style {style!r}")
    Path(verdict_path).write_text(json.dumps(problems), encoding="utf-8")
    return 0


# --------------------------------------------------------------------------------------------
# The parent: finds problems and tests, runs the children, reports.


class Problem:
    def __init__(self, path: Path) -> None:
        self.path = path
        settings = read_top_level_yaml(path / "problem.yaml")
        self.style = settings.get("style", "stdio") or "stdio"
        self.entry = settings.get("entry", "")
        self.unordered = settings.get("unordered", "false") == "true"
        self.flags_text = flags_text(settings.get("validator_flags", ""))
        self.flags = Flags(self.flags_text)

    def tests(self) -> list[Path]:
        found = []
        for part in ("sample", "secret"):
            root = self.path / "data" / part
            if root.is_dir():
                found.extend(sorted(root.rglob("*.in"), key=lambda p: p.relative_to(root).parts))
        return [t for t in found if t.with_suffix(".ans").is_file()]

    def flags_for(self, test: Path) -> Flags:
        group = group_flags_text(test.parent, self.path / "data")
        return self.flags if group is None else self.flags.merged(group)


def find_problems(args: list[str]) -> list[Path]:
    problems: list[Path] = []
    for arg in args:
        root = Path(arg).resolve()
        if (root / "problem.yaml").is_file():
            problems.append(root)
        elif root.is_dir():
            problems.extend(sorted(p.parent for p in root.rglob("problem.yaml") if "submissions" not in p.parts))
        else:
            print(f"cpython_check: {arg}: no such directory", file=sys.stderr)
    return problems


def run_one(problem: Problem, solution: Path, test: Path, timeout: float) -> str | None:
    """Runs one submission on one test; None when it passes, else why it failed."""
    flags = problem.flags_for(test)
    answer_path = test.with_suffix(".ans")
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    with tempfile.TemporaryDirectory(prefix="cpython-check-") as work:
        if problem.style == "stdio":
            command = [sys.executable, str(solution)]
            stdin = open(test, "rb")
        else:
            verdict = os.path.join(work, "verdict.json")
            command = [
                sys.executable, os.path.abspath(__file__), "--child", problem.style, str(solution), str(test),
                str(answer_path), verdict, problem.entry, "1" if problem.unordered else "0", json.dumps(flags.to_json()),
            ]
            stdin = subprocess.DEVNULL
        try:
            proc = subprocess.run(command, stdin=stdin, capture_output=True, timeout=timeout, cwd=work, env=env)
        except subprocess.TimeoutExpired:
            return f"timed out after {timeout:g} s"
        finally:
            if stdin is not subprocess.DEVNULL:
                stdin.close()
        if proc.returncode != 0:
            last = proc.stderr.decode("utf-8", "replace").strip().splitlines()
            return f"exit status {proc.returncode}: {last[-1] if last else 'no message'}"
        if problem.style in ("stdio", "snippet"):
            output = proc.stdout.decode("utf-8", "replace")
            return compare_output(answer_path.read_text(encoding="utf-8"), output, flags)
        try:
            problems = json.loads(Path(verdict).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return "the checker's child wrote no verdict (did the solution exit early?)"
        return "; ".join(problems) or None


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child_main(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="+", help="problem or pack directories")
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="tests run at once")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per test (default 20)")
    options = parser.parse_args()

    jobs = []
    for path in find_problems(options.dirs):
        problem = Problem(path)
        solutions = sorted((path / "submissions" / "accepted").glob("*.py"))
        if not solutions:
            print(f"WARN {path.name}: no submissions/accepted/*.py")
        tests = problem.tests()
        if not tests:
            print(f"WARN {path.name}: no tests")
        for solution in solutions:
            for test in tests:
                jobs.append((problem, solution, test))

    passed = failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        futures = [pool.submit(run_one, p, s, t, options.timeout) for p, s, t in jobs]
        for (problem, solution, test), future in zip(jobs, futures):
            message = future.result()
            if message is None:
                passed += 1
            else:
                failed += 1
                name = test.relative_to(problem.path / "data").with_suffix("").as_posix()
                print(f"FAIL {problem.path.name}/{name} [{solution.name}]: {message}", flush=True)
    print(f"cpython: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
