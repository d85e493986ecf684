# Corpus: operator.itemgetter and attrgetter for multi-key sorts, nested attribute paths and tuple results.
from operator import itemgetter, attrgetter
rows = [("ann", "eng", 120), ("bob", "ops", 90), ("cy", "eng", 110), ("dee", "ops", 90)]
print(sorted(rows, key=itemgetter(1, 2)), sorted(rows, key=itemgetter(2), reverse=True)[:2])
get = itemgetter(0, 2)
print([get(r) for r in rows], itemgetter(slice(1, None))(rows[0]), itemgetter(-1)("xyz"))
class Addr:
    def __init__(self, city):
        self.city = city
class P:
    def __init__(self, name, city):
        self.name, self.addr = name, Addr(city)
people = [P("a", "Pune"), P("b", "Agra"), P("c", "Delhi")]
print([p.name for p in sorted(people, key=attrgetter("addr.city"))], attrgetter("name", "addr.city")(people[0]))
by_dept = {}
for r in sorted(rows, key=itemgetter(1)):
    by_dept.setdefault(r[1], []).append(r[0])
print(by_dept, max(rows, key=itemgetter(2))[0], min(map(itemgetter(2), rows)))
