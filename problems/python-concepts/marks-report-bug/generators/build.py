"""Writes data/ for marks-report-bug: python3 generators/build.py"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([[35, 80, 62, 40], 40, False])
t.sample([[12, 38], 40, True])

rng = random.Random(9)
H_W = "With the box unticked every mark is chosen: check count, passed, average and range on a whole class."
t.secret("whole-class", [[100, 0, 50], 33, False], hint=H_W)
t.secret("whole-class", [[rng.randint(0, 100) for _ in range(1000)], 35, False], hint=H_W)
t.secret("whole-class", [[7, 7, 7], 50, False], hint=H_W)

H_E = "An empty class: nothing to average. Check what your code returns before it divides."
t.secret("empty", [[], 40, False], hint=H_E)
t.secret("empty", [[], 0, True], hint=H_E)

H_N = "With the box ticked and nobody passing, the summary is the empty one."
t.secret("nobody-passed", [[10, 20, 30], 31, True], hint=H_N)

H_B = "A mark exactly equal to the pass mark is a pass."
t.secret("boundary", [[40, 39, 41], 40, False], hint=H_B)
t.secret("boundary", [[0, 0], 0, False], hint=H_B)

H_O = "With only_passed true, the marks are chosen by a generator expression. How many times can a generator be walked over? Count the walks in _summary."
t.secret("only-passed", [[35, 80, 62, 40], 40, True], hint=H_O)
t.secret("only-passed", [[55], 50, True], hint=H_O)
t.secret("only-passed", [[100, 99, 0, 1, 50], 50, True], hint=H_O)
t.secret("only-passed", [[rng.randint(0, 100) for _ in range(1000)], 60, True], hint=H_O)
t.write()
