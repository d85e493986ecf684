# Corpus: combining counts: Counter.update versus dict merging with |, and summing dicts of counts.
from collections import Counter
day1 = {"apple": 3, "pear": 1}
day2 = {"apple": 2, "plum": 5}
print(day1 | day2, day2 | day1)
c = Counter(day1)
c.update(day2)
print(c, sum([Counter(day1), Counter(day2)], Counter()))
merged = {}
for d in (day1, day2):
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged, dict(sorted(merged.items(), key=lambda kv: kv[1], reverse=True)))
print({k: day1.get(k, 0) - day2.get(k, 0) for k in day1.keys() | day2.keys() if k} == {"apple": 1, "pear": 1, "plum": -5})
print(Counter(day1) - Counter(day2), Counter(day2) - Counter(day1), Counter(a=1).most_common())
