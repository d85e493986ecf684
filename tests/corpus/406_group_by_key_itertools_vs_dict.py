# Corpus: grouping records by key with defaultdict, setdefault, and sorted+groupby, giving the same result.
from collections import defaultdict
from itertools import groupby
from operator import itemgetter
sales = [("north", 10), ("south", 5), ("north", 7), ("east", 3), ("south", 1), ("north", 2)]
g1 = defaultdict(list)
for region, amt in sales:
    g1[region].append(amt)
g2 = {}
for region, amt in sales:
    g2.setdefault(region, []).append(amt)
g3 = {k: [a for _, a in grp] for k, grp in groupby(sorted(sales, key=itemgetter(0)), key=itemgetter(0))}
print(dict(g1), g2 == dict(g1), g3)
print({k: sum(v) for k, v in sorted(g1.items())}, max(g1, key=lambda k: sum(g1[k])))
