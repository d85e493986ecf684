#!/usr/bin/env python3
"""Checks the bundled problem bank against the rules of issue 5 that `pyprep check` does not cover.

Every problem: at least two samples; at least ten hidden tests in named groups; a `.hint` beside
every test of an edge-case group (every group but `basic`, `secret` and `random`); an accepted
and a wrong_answer submission. Every pack: at least three OA sets of 60 to 90 minutes. The
bank: at least 60 problems and 8 find-the-bug problems, every style used. The `starter` pack
teaches the format (one small problem per style) and is not part of the bank.
Usage: python3 scripts/bank_rules.py problems/PACK...  Ends with "bank: N passed, M failed".
"""

import re
import sys
from pathlib import Path

PLAIN_GROUPS = {"basic", "secret", "random", "general", "mixed"}


def top_level(text, key):
    match = re.search(rf"^{key}:\s*(.+)$", text, re.M)
    return match.group(1).strip() if match else None


def check_problem(problem):
    errors = []
    data = problem / "data"
    samples = list((data / "sample").glob("*.in"))
    if len(samples) < 2:
        errors.append(f"{len(samples)} samples (at least 2)")
    hidden = sorted((data / "secret").rglob("*.in"))
    if len(hidden) < 10:
        errors.append(f"{len(hidden)} hidden tests (at least 10)")
    for test in hidden:
        group = test.parent.relative_to(data / "secret").as_posix()
        if group == ".":
            errors.append(f"{test.relative_to(problem)} is not in a named group")
        elif group not in PLAIN_GROUPS and not test.with_suffix(".hint").exists():
            errors.append(f"{test.relative_to(problem)} has no .hint (group {group})")
    for kind in ("accepted", "wrong_answer"):
        if not list((problem / "submissions" / kind).glob("*.py")):
            errors.append(f"no submissions/{kind}/*.py")
    return errors


def main(dirs):
    passed = failed = 0
    styles, find_the_bug, problems = set(), 0, 0
    for pack in map(Path, dirs):
        if pack.name == "starter" or pack.is_file():
            continue
        if not (pack / "pack.yaml").is_file():
            print(f"FAIL {pack}: no pack.yaml")
            failed += 1
            continue
        pack_yaml = (pack / "pack.yaml").read_text()
        minutes = [int(m) for m in re.findall(r"^\s+minutes:\s*(\d+)", pack_yaml, re.M)]
        if len(minutes) < 3 or not all(60 <= m <= 90 for m in minutes):
            print(f"FAIL {pack}: needs at least 3 OA sets of 60 to 90 minutes, has {minutes}")
            failed += 1
        for problem in sorted(p.parent for p in pack.glob("*/problem.yaml")):
            text = (problem / "problem.yaml").read_text()
            problems += 1
            styles.add(top_level(text, "style") or "stdio")
            find_the_bug += "find-the-bug" in text
            errors = check_problem(problem)
            for error in errors:
                print(f"FAIL {problem}: {error}")
            failed += bool(errors)
            passed += not errors
    if problems < 60 or find_the_bug < 8 or styles != {"stdio", "function", "class", "snippet"}:
        print(f"FAIL bank: {problems} problems (60), {find_the_bug} find-the-bug (8), styles {sorted(styles)}")
        failed += 1
    print(f"bank: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
