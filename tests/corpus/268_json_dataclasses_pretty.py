# Corpus: serialising nested dataclasses and enums to pretty JSON, and the error type for bad JSON.
import json
from dataclasses import dataclass, asdict, field
from enum import Enum

class Role(str, Enum):
    ADMIN = "admin"
    USER = "user"

@dataclass
class Address:
    city: str
    zip: str

@dataclass
class Person:
    name: str
    role: Role
    address: Address
    tags: list = field(default_factory=list)

p = Person("ann", Role.ADMIN, Address("Pune", "411001"), ["x"])
text = json.dumps(asdict(p), indent=2)
print(text)
print(json.loads(text)["address"]["city"], json.dumps(Role.USER), Role("admin") is Role.ADMIN)
for bad in ['{"a": }', "[1, 2", "", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, isinstance(e, ValueError), e.pos)
