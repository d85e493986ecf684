# Corpus: sort stability: equal keys keep their order, and multi-pass sorting relies on it.
people = [("amy", "eng", 30), ("bob", "ops", 25), ("cat", "eng", 25), ("dan", "ops", 30), ("eve", "eng", 25)]
by_age = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_age])
by_dept_then_age = sorted(sorted(people, key=lambda p: p[2]), key=lambda p: p[1])
print([p[0] for p in by_dept_then_age])
rev = sorted(people, key=lambda p: p[2], reverse=True)
print([p[0] for p in rev])
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (1, "c")]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
letters = list("interview")
print("".join(sorted(letters, key=lambda c: c in "aeiou")))
