# Corpus: typing annotations at runtime: get_type_hints, Optional, Union, generics, TypedDict, Protocol.
from typing import Optional, Union, List, Dict, Callable, TypeVar, Generic, NamedTuple, TypedDict, Protocol, Any, get_type_hints, get_origin, get_args, cast

T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

class Emp(NamedTuple):
    name: str
    salary: float = 0.0

class Movie(TypedDict):
    title: str
    year: int

class Greeter(Protocol):
    def greet(self) -> str: ...

def find(xs: List[int], target: int) -> Optional[int]:
    return xs.index(target) if target in xs else None

s: Stack[int] = Stack()
s.push(3)
print(s.pop(), find([1, 2], 2), find([], 1), Emp("a"), Movie(title="x", year=1999))
hints = get_type_hints(find)
print(sorted(hints), hints["return"] == Optional[int], get_origin(List[int]) is list, get_args(Dict[str, int]))
print(get_args(Union[int, str]), get_origin(Callable[[int], str]).__name__, cast(int, "not checked"), Emp.__annotations__)
print(find.__annotations__["xs"] == List[int], Any is not None, isinstance(Stack(), Stack), Stack.__parameters__)
