"""Writes data/ for replay-frames-bug: python3 generators/build.py"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([["...", "..."], [["row", 0, "#"], ["row", 1, "o"]]])
t.sample([["ab", "cd"], [["cell", 0, 0, "x"], ["row", 0, "z"]]])

t.secret("basic", [["....", "....", "...."], [["row", 2, "a"], ["row", 0, "b"], ["row", 2, "c"], ["row", 1, "d"]]])
t.secret("basic", [["x"], [["cell", 0, 0, "y"]]])
t.secret("basic", [["123", "456", "789"], [["col", 1, "-"]]])

H_E = "No moves at all: how many frames is that?"
t.secret("empty", [["abc"], []], hint=H_E)
t.secret("empty", [[".", ".", "."], []], hint=H_E)

H_A = "After you store a frame, paint a single pixel of a row it contains. Does the stored frame change too? What does board[:] copy, and what does it share?"
t.secret("aliasing", [["..", ".."], [["cell", 0, 0, "x"], ["cell", 1, 1, "y"]]], hint=H_A)
t.secret("aliasing", [["....", "...."], [["col", 0, "|"], ["col", 3, "|"], ["row", 0, "="], ["cell", 1, 1, "*"]]],
         hint=H_A)
t.secret("aliasing", [["abc", "def"], [["row", 0, "x"], ["cell", 0, 1, "y"], ["cell", 0, 2, "z"]]], hint=H_A)
rng = random.Random(3)
rows, cols = 12, 15
moves = []
for _ in range(40):
    kind = rng.choice(["row", "col", "cell", "cell"])
    color = rng.choice("#@*+o.")
    if kind == "row":
        moves.append(["row", rng.randrange(rows), color])
    elif kind == "col":
        moves.append(["col", rng.randrange(cols), color])
    else:
        moves.append(["cell", rng.randrange(rows), rng.randrange(cols), color])
t.secret("aliasing", [["." * cols] * rows, moves], hint=H_A)

H_S = "Strokes that paint a colour a pixel already has still make a frame each."
t.secret("repeats", [["ab", "ab"], [["col", 0, "a"], ["cell", 1, 1, "b"], ["row", 0, "a"]]], hint=H_S)
t.write()
