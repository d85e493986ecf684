# Corpus: json with custom encoders and object hooks, round-tripping dataclasses.
import json
from dataclasses import dataclass, asdict

@dataclass
class User:
    name: str
    roles: list

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, User):
            return {"__user__": asdict(o)}
        return super().default(o)

def hook(d):
    if "__user__" in d:
        return User(**d["__user__"])
    return d

payload = {"users": [User("ann", ["admin"]), User("bob", [])], "ids": {3, 1, 2}}
text = json.dumps(payload, cls=Encoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back["users"], back["ids"])
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1.5}', parse_float=str), json.loads("[1,2]", parse_int=lambda s: int(s) * 10))
pairs = json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda ps: ps)
print(pairs)
print(json.dumps({"b": 1, "a": [1, {"c": 2}]}, indent="\t"))
