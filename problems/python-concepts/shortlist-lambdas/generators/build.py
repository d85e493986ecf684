"""Writes data/ for shortlist-lambdas: python3 generators/build.py"""
import os
import random
import string
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([[["Asha", 82, 21], ["Ravi", 64, 22], ["Meena", 91, 23]], 70])
t.sample([[["Kiran", 75, 24], ["Dev", 88, 21], ["Om", 50, 20]], 60])

t.secret("basic", [[["a", 10, 30], ["b", 20, 30], ["c", 30, 30], ["d", 40, 30]], 15])
rng = random.Random(5)
used = set()
recs = []
scores = rng.sample(range(-100, 101), 150)  # distinct scores: no tie-breaking needed here
while len(recs) < 150:
    name = rng.choice(string.ascii_uppercase) + "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 7)))
    if name.lower() in used:
        continue
    used.add(name.lower())
    recs.append([name, scores[len(recs)], rng.randint(15, 60)])
t.secret("basic", [recs, 0 if 0 not in scores else 1 if 1 not in scores else -1])

H_E = "No records at all, or nobody at the cutoff: what should the shortlist be?"
t.secret("empty", [[], 50], hint=H_E)
t.secret("empty", [[["Low", 10, 20], ["Lower", -5, 30]], 11], hint=H_E)

H_B = "\"At least the cutoff\": does a score exactly equal to the cutoff qualify?"
t.secret("boundary", [[["Exact", 70, 22], ["Above", 71, 22], ["Below", 69, 22]], 70], hint=H_B)
t.secret("boundary", [[["Neg", -100, 40], ["Zero", 0, 40]], -100], hint=H_B)
t.secret("boundary", [[["Top", 100, 18]], 100], hint=H_B)

H_T = "On equal scores, the younger candidate comes first, and on equal age too, the name decides. Does reverse=True flip more than the score?"
t.secret("ties", [[["Zoya", 80, 21], ["Yash", 80, 22], ["Xavi", 80, 22], ["Wes", 90, 30]], 0], hint=H_T)
t.secret("ties", [[["p", 5, 40], ["q", 5, 39], ["r", 5, 41], ["s", 6, 60]], 4], hint=H_T)

H_C = "How does Python compare \"Bina\" and \"anil\"? Capital letters come before all lowercase ones unless you compare in one case."
t.secret("case", [[["bina", 60, 20], ["Anil", 60, 20], ["chetan", 60, 20], ["Dia", 60, 20]], 50], hint=H_C)
t.secret("case", [[["zed", 1, 15], ["Amar", 1, 15], ["amrit", 1, 15], ["AMY", 1, 15]], 0], hint=H_C)
t.write()
