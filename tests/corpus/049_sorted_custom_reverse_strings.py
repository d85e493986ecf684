# Corpus: sorting with key functions returning tuples of mixed direction via negation tricks.
students = [("zoe", 88, 20), ("al", 95, 22), ("bea", 88, 19), ("cy", 95, 22), ("di", 70, 21)]
print(sorted(students, key=lambda s: (-s[1], s[2], s[0])))
print(sorted(students, key=lambda s: s[0], reverse=True))
print(sorted(students, key=lambda s: (s[1], [-ord(c) for c in s[0]])))
print([s[0] for s in sorted(students, key=lambda s: len(s[0]))])
print(sorted(["b10", "a2", "b2", "a10"], key=lambda s: (s[0], int(s[1:]))))
print(sorted(range(-5, 6), key=lambda x: x * x))
