"""Writes data/ for canvas-snapshots: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([["Canvas", 2, 3], ["paint", 0, 1, "#"], ["paint", 1, 2, "@"], ["render"]])
t.sample([["Canvas", 1, 2, "-"], ["paint", 0, 1, "x"], ["save"], ["add_rows", 2], ["save"], ["render"],
          ["restore", 0], ["render"], ["paint", 5, 0, "y"]])

t.secret("basic", [["Canvas", 3, 4], ["paint", 0, 0, "a"], ["paint", 1, 1, "b"], ["paint", 2, 2, "c"],
                   ["paint", 2, 3, "d"], ["paint", 0, 0, "e"], ["render"]])
t.secret("basic", [["Canvas", 1, 1, "o"], ["render"], ["paint", 0, 0, "x"], ["render"], ["add_rows", 1],
                   ["render"], ["add_rows", 0], ["render"]])

H_B = "Row -1 is not a row of the picture here, and neither is row `rows`: check both ends of both coordinates."
t.secret("bounds", [["Canvas", 2, 3], ["paint", -1, 0, "x"], ["paint", 0, -1, "x"], ["paint", 2, 0, "x"],
                    ["paint", 0, 3, "x"], ["render"]], hint=H_B)
t.secret("bounds", [["Canvas", 1, 2, "."], ["add_rows", 1], ["paint", 1, 1, "z"], ["paint", 2, 1, "z"], ["render"]],
         hint=H_B)

H_S = "After save(), paint some more and restore: does the snapshot still hold the old picture? Copying the outer list is not enough."
t.secret("snapshot", [["Canvas", 2, 3], ["paint", 0, 0, "a"], ["save"], ["paint", 0, 1, "b"], ["paint", 1, 2, "c"],
                      ["render"], ["restore", 0], ["render"]], hint=H_S)
t.secret("snapshot", [["Canvas", 3, 3, " "], ["save"], ["paint", 1, 1, "+"], ["save"], ["paint", 0, 0, "+"],
                      ["paint", 2, 2, "+"], ["restore", 1], ["render"], ["restore", 0], ["render"]], hint=H_S)
t.secret("snapshot", [["Canvas", 1, 4, "0"], ["save"], ["add_rows", 1], ["paint", 0, 3, "1"], ["render"],
                      ["restore", 0], ["render"]], hint=H_S)

H_R = "Restore a snapshot, paint, then restore the same snapshot again. Is the live picture a separate copy, or the snapshot itself?"
t.secret("restore-twice", [["Canvas", 2, 2], ["save"], ["restore", 0], ["paint", 0, 0, "#"], ["render"],
                           ["restore", 0], ["render"]], hint=H_R)
t.secret("restore-twice", [["Canvas", 2, 3, "~"], ["paint", 1, 0, "s"], ["save"], ["restore", 0],
                           ["paint", 1, 1, "t"], ["paint", 0, 2, "u"], ["save"], ["restore", 0], ["render"],
                           ["restore", 1], ["render"]], hint=H_R)

H_A = "Paint one cell in one of the new rows: do the other new rows change too? How many row objects did you create?"
t.secret("add-rows", [["Canvas", 1, 3], ["add_rows", 3], ["paint", 2, 1, "*"], ["render"]], hint=H_A)
t.secret("add-rows", [["Canvas", 2, 2, "."], ["add_rows", 2], ["paint", 3, 0, "L"], ["paint", 2, 1, "R"],
                      ["paint", 0, 0, "T"], ["render"]], hint=H_A)

H_K = "Which exception does a lookup of a missing key raise? Restoring a snapshot that was never saved is such a lookup."
t.secret("unknown-snapshot", [["Canvas", 2, 2], ["restore", 0], ["save"], ["restore", 1], ["restore", 0], ["render"]],
         hint=H_K)
t.write()
