# Corpus: listing the public methods of built-in types, a common "what can a list do" question.
def public(t):
    return [m for m in dir(t) if not m.startswith("_")]

for t in (list, tuple, dict, set, frozenset, str, bytes):
    print(t.__name__, len(public(t)), public(t))
print(sorted(set(public(list)) - set(public(tuple))))
print(sorted(set(public(set)) & set(public(dict))))
