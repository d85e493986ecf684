# Corpus: json dumps/loads: indentation, sort_keys, separators, types, and non-ASCII text.
import json
data = {"name": "Zoë", "age": 30, "tags": ["a", "b"], "active": True, "spouse": None, "score": 9.5, "nested": {"x": [1, {"y": 2}]}}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == data, type(back["tags"]).__name__, back["nested"]["x"][1]["y"])
print(json.dumps([1, 2.0, 1e20, 1.5e-7, float("inf"), -0.0, 10 ** 20]), json.dumps((1, 2)), json.dumps({1: "int key", "b": None}))
print(json.loads('[1, 2.0, "x", null, true, {"a": []}]'), json.loads("3.14"), json.loads('"\\u00e9"'), json.loads("1e400"))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("{'single': 1}")
except json.JSONDecodeError as e:
    print("JSONDecodeError at", e.pos, e.lineno, e.colno)
print(json.dumps({"when": "x"}, default=str), json.dumps("tab\there\n\"q\""), json.dumps("é"))
