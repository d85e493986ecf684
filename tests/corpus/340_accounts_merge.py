# Corpus: merging accounts that share emails with union-find keyed by strings.
def accounts_merge(accounts):
    parent = {}
    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    owner = {}
    for name, *emails in accounts:
        for e in emails:
            owner[e] = name
            parent[find(e)] = find(emails[0])
    groups = {}
    for e in owner:
        groups.setdefault(find(e), []).append(e)
    return sorted([owner[root]] + sorted(es) for root, es in groups.items())
acc = [["John", "john@mail.com", "john_ny@mail.com"], ["John", "john@mail.com", "john00@mail.com"], ["Mary", "mary@mail.com"], ["John", "johnnybravo@mail.com"]]
for row in accounts_merge(acc):
    print(row)
