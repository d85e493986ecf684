# Corpus: canonical JSON (sort_keys, compact separators) for hashing-free comparison, and round trips.
import json
a = {"b": [3, {"z": 1, "y": 2}], "a": None, "c": {"k": True}}
b = {"c": {"k": True}, "a": None, "b": [3, {"y": 2, "z": 1}]}
ca = json.dumps(a, sort_keys=True, separators=(",", ":"))
cb = json.dumps(b, sort_keys=True, separators=(",", ":"))
print(ca, ca == cb)
print(json.dumps(a, sort_keys=True, indent=1))
print(json.loads(json.dumps([1.0, 1e-3, 123456789.123, 0.1 + 0.2])))
print(json.dumps({"text": "line\nbreak \u2603 \"quoted\" \\ slash /"}), json.dumps("\u2603", ensure_ascii=False))
print(json.dumps(list(range(3)), indent=0), json.dumps({}, indent=2), json.dumps([], indent=2))
