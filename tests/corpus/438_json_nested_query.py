# Corpus: querying nested JSON: counting, filtering, flattening keys and finding maxima.
import json
doc = json.loads("""
{"store": {"books": [
  {"title": "A", "author": "X", "price": 8.95, "tags": ["fiction"]},
  {"title": "B", "author": "Y", "price": 12.99, "tags": []},
  {"title": "C", "author": "X", "price": 22.5, "tags": ["ref", "science"]}
], "bicycle": {"color": "red", "price": 19.95}}}
""")
books = doc["store"]["books"]
print([b["title"] for b in books if b["price"] < 15], max(books, key=lambda b: b["price"])["title"])
print(sorted({b["author"] for b in books}), sum(len(b["tags"]) for b in books))
def paths(x, prefix=""):
    if isinstance(x, dict):
        for k, v in x.items():
            yield from paths(v, f"{prefix}.{k}" if prefix else k)
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from paths(v, f"{prefix}[{i}]")
    else:
        yield prefix, x
print([p for p, v in paths(doc) if isinstance(v, float)])
