# Corpus: str() and repr() of exceptions with zero, one and several args, KeyError quoting and OSError fields.
for e in [Exception(), Exception("msg"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError(), KeyError("a", "b"), IndexError(3)]:
    print(repr(str(e)), repr(e), e.args)
err = FileNotFoundError(2, "No such file", "data.txt")
print(type(err).__name__, err.errno, err.strerror, err.filename, str(err), isinstance(err, OSError))
print(issubclass(FileNotFoundError, OSError), PermissionError.__mro__[1].__name__)
try:
    raise ValueError("first", "second")
except ValueError as e:
    print(e, e.args[1])
