# Corpus: a trie with insert, search, prefix search and autocomplete.
class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for c in word:
            node = node.setdefault(c, {})
        node["$"] = True
    def _find(self, prefix):
        node = self.root
        for c in prefix:
            if c not in node:
                return None
            node = node[c]
        return node
    def search(self, word):
        node = self._find(word)
        return bool(node and node.get("$"))
    def starts_with(self, prefix):
        return self._find(prefix) is not None
    def complete(self, prefix):
        node = self._find(prefix)
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(acc)
                else:
                    walk(n[k], acc + k)
        if node:
            walk(node, prefix)
        return out

t = Trie()
for w in ["apple", "app", "apply", "ape", "banana", "band"]:
    t.insert(w)
print(t.search("app"), t.search("appl"), t.starts_with("ban"), t.starts_with("cat"))
print(t.complete("ap"), t.complete("ban"), t.complete("z"), t.complete(""))
