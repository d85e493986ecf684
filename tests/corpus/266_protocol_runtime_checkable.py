# Corpus: typing.Protocol with runtime_checkable isinstance checks, Literal, Final and overloads at runtime.
from typing import Protocol, runtime_checkable, Literal, Final, Optional, get_args

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        return None

class Nope:
    pass

print(isinstance(File(), Closable), isinstance(Nope(), Closable), isinstance("s", Closable))
Mode = Literal["r", "w"]
print(get_args(Mode))
MAX: Final = 10
def open_it(mode: Mode = "r", limit: Optional[int] = None) -> str:
    return f"{mode}:{limit if limit is not None else MAX}"
print(open_it(), open_it("w", 3), open_it.__annotations__["mode"] == Mode)
