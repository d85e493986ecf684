"""Writes data/ for tally-dict: python3 generators/build.py"""
import os
import random
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([["Tally", ["b", "a", "b", "c", "b"]], ["__getitem__", "b"], ["__getitem__", "a"],
          ["add", "a"], ["total"], ["most_common", 2], ["__repr__"]])
t.sample([["Tally", []], ["__len__"], ["add", "yes"], ["add", "yes", 2], ["__getitem__", "no"], ["total"]])

t.secret("basic", [["Tally", ["x", "y", "x"]], ["__len__"], ["add", "z", 5], ["__getitem__", "z"], ["total"],
                   ["most_common", 1], ["__contains__", "x"], ["get", "y"]])
rng = random.Random(11)
words = ["apple", "mango", "kiwi", "guava", "banana", "cherry", "papaya", "lychee"]
# Distinct counts, so that only the order by count matters here.
pool = [w for i, w in enumerate(words) for _ in range(3 * i + 1)]
rng.shuffle(pool)
t.secret("basic", [["Tally", pool], ["total"], ["__len__"], ["most_common", 3], ["most_common", 100],
                   ["__getitem__", "cherry"]])

H_M = "Looking up an unseen item must give 0 without storing it. After t['x'], is 'x' in t? What is len(t)?"
t.secret("missing-no-insert", [["Tally", ["a"]], ["__getitem__", "q"], ["__getitem__", "r"], ["__len__"],
                               ["__contains__", "q"], ["__repr__"]], hint=H_M)
t.secret("missing-no-insert", [["Tally", []], ["__getitem__", "ghost"], ["most_common", 5], ["total"], ["get", "ghost"],
                               ["__len__"]], hint=H_M)

H_R = "When a count drops to zero or below, the item must leave the tally. What do len() and `in` say afterwards?"
t.secret("removal", [["Tally", ["a", "a", "b"]], ["add", "a", -2], ["__contains__", "a"], ["__len__"],
                     ["__repr__"]], hint=H_R)
t.secret("removal", [["Tally", ["b"]], ["add", "b", -5], ["__getitem__", "b"], ["add", "b"], ["__getitem__", "b"],
                     ["add", "c", 0], ["__len__"], ["total"]], hint=H_R)
t.secret("removal", [["Tally", []], ["add", "neg", -3], ["__len__"], ["most_common", 1]], hint=H_R)

H_T = "Several items can share a count. Which one comes first? Sorting by count alone keeps the order they were added in."
t.secret("ties", [["Tally", ["pear", "fig", "date", "fig", "pear", "date"]], ["most_common", 3], ["most_common", 2],
                  ["__repr__"]], hint=H_T)
t.secret("ties", [["Tally", ["z", "y", "x", "w"]], ["add", "y", 1], ["add", "w", 1], ["most_common", 4]], hint=H_T)

H_K = "What should most_common(0) return? And most_common(k) with k larger than the number of items?"
t.secret("k-bounds", [["Tally", ["a", "b", "b"]], ["most_common", 0], ["most_common", 10]], hint=H_K)
t.secret("k-bounds", [["Tally", []], ["most_common", 0], ["most_common", 3], ["__repr__"]], hint=H_K)

H_D = "Tally is a dict: the inherited methods still work. Did you keep the counts in the dict itself (via super()), or in a separate attribute?"
t.secret("inheritance", [["Tally", ["k", "j", "k"]], ["get", "k"], ["get", "nope", 7], ["copy"], ["pop", "k"],
                         ["get", "k"], ["__len__"]], hint=H_D)
t.secret("inheritance", [["Tally", ["a"]], ["add", "b", 2], ["copy"], ["__eq__", {"a": 1, "b": 2}],
                         ["__eq__", {"a": 1}]], hint=H_D)
t.write()
