"""Writes data/ for page-iterator: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([["Pager", ["a", "b", "c", "d", "e"], 2], ["__next__"], ["__next__"],
          ["remaining"], ["__next__"], ["__next__"]])
t.sample([["Pager", [10, 20, 30, 40], 4], ["__len__"], ["__getitem__", 0], ["__next__"], ["remaining"]])

t.secret("basic", [["Pager", list(range(1, 10)), 3], ["__next__"], ["__getitem__", 2], ["__next__"], ["remaining"],
                   ["__getitem__", 0], ["__next__"], ["remaining"]])
t.secret("basic", [["Pager", ["x"], 1000], ["remaining"], ["__next__"], ["remaining"]])
t.secret("basic", [["Pager", list(range(50)), 7]] + [["__next__"]] * 7 + [["remaining"]])

H_P = "When the items do not divide evenly, the last page is shorter, but it is still a page. How do you count it?"
t.secret("partial-page", [["Pager", list(range(11)), 5], ["__len__"], ["__getitem__", -1], ["__getitem__", 2]], hint=H_P)
t.secret("partial-page", [["Pager", ["p", "q", "r"], 2], ["__len__"], ["remaining"], ["__next__"], ["__len__"]], hint=H_P)

H_E = "Once next() has raised StopIteration, what must every later call do? Iterators do not start over by themselves."
t.secret("exhaustion", [["Pager", [1, 2, 3], 2], ["__next__"], ["__next__"], ["__next__"], ["__next__"], ["__next__"],
                        ["remaining"]], hint=H_E)
t.secret("exhaustion", [["Pager", ["solo"], 1], ["__next__"], ["__next__"], ["__next__"], ["__getitem__", 0],
                        ["__len__"]], hint=H_E)

H_X = "When the number of items is an exact multiple of the size, is there an extra (empty) page at the end?"
t.secret("exact-multiple", [["Pager", list(range(6)), 3], ["__len__"], ["__next__"], ["__next__"], ["__next__"]],
         hint=H_X)
t.secret("exact-multiple", [["Pager", list(range(1000)), 1000], ["__len__"], ["__getitem__", 1], ["remaining"]],
         hint=H_X)

H_Z = "No items at all: how many pages is that, and what does the first next() do?"
t.secret("empty", [["Pager", [], 3], ["__len__"], ["remaining"], ["__next__"], ["__getitem__", 0]], hint=H_Z)
t.secret("empty", [["Pager", [], 1], ["__getitem__", -1], ["__next__"]], hint=H_Z)

H_I = "A page size of 0 or less cannot split anything. What should the constructor do?"
t.secret("invalid-size", [["Pager", [1, 2, 3], 0]], hint=H_I)
t.secret("invalid-size", [["Pager", [], -2]], hint=H_I)

H_G = "p[n] looks at a page without moving the iteration. Check negative n and an n past the last page."
t.secret("getitem", [["Pager", list("abcdefg"), 2], ["__getitem__", -1], ["__getitem__", -4], ["__getitem__", 4],
                     ["__getitem__", -5], ["__next__"], ["remaining"]], hint=H_G)
t.write()
