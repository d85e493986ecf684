# Corpus: namedtuple records: parsing rows, sorting by fields, grouping and _replace updates.
from collections import namedtuple, defaultdict
from operator import attrgetter
Employee = namedtuple("Employee", "name dept salary")
rows = ["ann,eng,120", "bob,ops,90", "cy,eng,110", "dee,ops,95", "eve,hr,70"]
staff = [Employee(n, d, int(s)) for n, d, s in (r.split(",") for r in rows)]
print(sorted(staff, key=attrgetter("dept", "salary"))[0])
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
print({d: max(es, key=attrgetter("salary")).name for d, es in sorted(by_dept.items())})
raised = [e._replace(salary=int(e.salary * 1.1)) if e.dept == "ops" else e for e in staff]
print([(e.name, e.salary) for e in raised])
print(sum(e.salary for e in staff) / len(staff), Employee._fields, staff[0]._asdict())
