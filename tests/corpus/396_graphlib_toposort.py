# Corpus: graphlib.TopologicalSorter: static_order, prepare/get_ready batches and cycle errors.
from graphlib import TopologicalSorter, CycleError
deps = {"app": {"lib", "utils"}, "lib": {"core"}, "utils": {"core"}, "core": set()}
order = list(TopologicalSorter(deps).static_order())
print(order[0], order[-1], order.index("lib") < order.index("app"), len(order))
ts = TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
ts.prepare()
batches = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    batches.append(ready)
    ts.done(*ready)
print(batches)
try:
    list(TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except CycleError as e:
    print("CycleError", sorted(set(e.args[1])))
