# pyprep's judge prelude: runs in every fresh interpreter before the candidate's code.
#
# It gives every build (native, WASI) the same Python: the same recursion limit, the same
# importable modules, no file system, and standard streams captured in memory.
import builtins
import io
import sys

# The deepest recursion every build can hold. A program may ask for more with
# sys.setrecursionlimit, but the judge never goes past this depth: beyond it a program gets a
# RecursionError it can catch, instead of exhausting the engine's stack.
_MAX_DEPTH = __pyprep_max_depth__
_set_limit = sys.setrecursionlimit
_requested_limit = 1000


def _setrecursionlimit(limit):
    global _requested_limit
    _set_limit(limit)  # Raises the same errors as CPython for bad values.
    _requested_limit = limit
    _set_limit(min(limit, _MAX_DEPTH))


def _getrecursionlimit():
    return _requested_limit


_setrecursionlimit(1000)
sys.setrecursionlimit = _setrecursionlimit
sys.getrecursionlimit = _getrecursionlimit
sys.argv = ["solution.py"]
sys.path = []

# Modules a build may carry but the judge does not offer, so that every build offers the same.
_UNAVAILABLE = frozenset(__pyprep_unavailable__)


class _UnavailableModules:
    """Refuses modules the judge does not offer, with a message that says why."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        if name.partition(".")[0] in _UNAVAILABLE:
            raise ModuleNotFoundError(
                f"No module named {name!r}: pyprep's judge does not offer it "
                "(no files, network, processes, threads or native extensions)",
                name=name,
            )
        return None


sys.meta_path.insert(0, _UnavailableModules)

_import = builtins.__import__


def _import_naming_pyprep(name, globals=None, locals=None, fromlist=(), level=0):
    """`__import__`, whose error for a module no finder has says that pyprep's judge lacks it."""
    try:
        return _import(name, globals, locals, fromlist, level)
    except ModuleNotFoundError as error:
        if error.name and error.msg == f"No module named {error.name!r}":
            error.msg = (
                f"No module named {error.name!r}: pyprep's judge offers Python's standard library only "
                "(no third-party packages, no GUI or terminal modules)"
            )
            error.args = (error.msg,)
        raise


builtins.__import__ = _import_naming_pyprep

class _Placeholder(type(sys)):
    """A module that imports (other modules import it) but has nothing in it, and says why."""

    def __init__(self, name, why):
        super().__init__(name)
        self.__pyprep_why = why

    def __getattr__(self, name):
        if name.startswith("__") or name.startswith("_Placeholder"):
            raise AttributeError(name)
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}: {self.__pyprep_why}")


sys.builtin_module_names = tuple(m for m in sys.builtin_module_names if m not in _UNAVAILABLE)
for _name in list(sys.modules):
    if _name.partition(".")[0] in _UNAVAILABLE:
        del sys.modules[_name]

# `pdb` (which `doctest` imports) imports `socket`, `selectors` and `asyncio`, which need sockets
# and processes the judge has not. As in CPython the imports work, and using them says why not.
sys.modules["socket"] = _Placeholder("socket", "pyprep's judge has no network")
sys.modules["selectors"] = _Placeholder("selectors", "pyprep's judge has no files or sockets to wait on")
sys.modules["asyncio"] = _Placeholder("asyncio", "pyprep's judge runs no event loop")


def _no_files(*args, **kwargs):
    raise PermissionError(
        "[Errno 13] pyprep: programs in the judge cannot use files; read input() or sys.stdin instead"
    )


def _nothing(*args, **kwargs):
    return None


def _exit(status=0):
    raise SystemExit(status)


# CPython's `site` adds `quit` beside `exit`; RustPython has only `exit`.
if not hasattr(builtins, "quit"):
    builtins.quit = builtins.exit

# The 64-bit value, so that `sys.maxsize` sentinels compare and print as on CPython (wasm32's is
# 2**31 - 1, smaller than values programs meet); sizes stay what the build allows.
sys.maxsize = 2**63 - 1

import time as _time  # noqa: E402

# RustPython's `time` on WASI lacks the time zone attributes that `_strptime` reads; the judge
# runs in UTC everywhere.
for _name, _value in (("tzname", ("UTC", "UTC")), ("timezone", 0), ("altzone", 0), ("daylight", 0)):
    if not hasattr(_time, _name):
        setattr(_time, _name, _value)

# RustPython's `time` on WASI gives C's weekday (Sunday is 0) in `tm_wday`; Python's is Monday.
# 1970-01-01 was a Thursday (3).
if _time.gmtime(0).tm_wday != 3:

    def _python_weekday(convert):
        def fixed(*args):
            t = convert(*args)
            return _time.struct_time((*t[:6], (t.tm_wday - 1) % 7, *t[7:]), {"tm_zone": t.tm_zone, "tm_gmtoff": t.tm_gmtoff})

        fixed.__name__ = convert.__name__
        fixed.__doc__ = convert.__doc__
        return fixed

    _time.gmtime = _python_weekday(_time.gmtime)
    _time.localtime = _python_weekday(_time.localtime)


# The parts of `os` that do not touch files, processes or the host.
_OS_KEEP = frozenset(__pyprep_os_keep__)

import posix  # noqa: E402
import os  # noqa: E402

# The callables the WebAssembly build's `os` has; a native `os` has many more.
_OS_CALLABLES = frozenset(__pyprep_os_callables__)

for _module in (posix, os):
    for _name in dir(_module):
        _value = getattr(_module, _name)
        if not callable(_value) or _name.startswith("__"):
            continue
        if _name not in _OS_CALLABLES:
            delattr(_module, _name)
        elif _name not in _OS_KEEP and not isinstance(_value, type):
            setattr(_module, _name, _no_files)
    _module._exit = _exit
    _module.register_at_fork = _nothing
    _module.getcwd = lambda: "/"
    _module.getcwdb = lambda: b"/"
    _module.environ = {}
builtins.open = io.open = io.FileIO = _no_files
import _io  # noqa: E402

_io.open = _io.FileIO = _io.open_code = _no_files


class OutputLimitExceeded(BaseException):
    """Raised when a program prints more than the judge keeps."""


class _Capture:
    """A text stream that keeps what is written, up to a limit."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, limit):
        self.parts = []
        self.size = 0
        self.limit = limit
        self.exceeded = False

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        room = self.limit - self.size
        if len(text) > room:
            self.parts.append(text[: max(room, 0)])
            self.size = self.limit
            self.exceeded = True
            raise OutputLimitExceeded(f"output limit of {self.limit} characters exceeded")
        self.parts.append(text)
        self.size += len(text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False


def _streams(stdin, limit):
    out, err = _Capture(limit), _Capture(limit)
    # A text stream over bytes, so that sys.stdin.buffer works for fast-input idioms.
    # Lines end at "\n" only, as on CPython for POSIX: a "\r\n" line keeps its "\r".
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8", newline="\n")
    sys.stdout = sys.__stdout__ = out
    sys.stderr = sys.__stderr__ = err
    return out, err


def _error_line(tb, filename):
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _validator_files(input_text, answer_text):
    """Lets a Kattis output validator open the test's input and answer by name."""
    files = {"judge_input": input_text, "judge_answer": answer_text}

    def _open(name, mode="r", *args, **kwargs):
        if "w" in mode or "a" in mode:
            return io.StringIO()
        name = str(name)
        if name not in files:
            _no_files()
        return io.StringIO(files[name])

    builtins.open = io.open = _open
    sys.argv = ["output_validator.py", "judge_input", "judge_answer", "feedback_dir/"]


# functools.lru_cache and functools.cache, in Python. RustPython's native wrapper calls the
# cached function from native code, which costs the browser's small engine stack so much that
# memoised recursion traps at a depth of about 200. This wrapper calls it with plain calls, which
# the interpreter runs without native recursion: every level costs two frames, so the default
# limit allows about 500 levels (as in CPython) and deeper recursion raises RecursionError.
# Functions with other signatures (defaults, *args, typed=True) get a general, slower wrapper.
import functools as _functools  # noqa: E402

_CacheInfo = _functools._CacheInfo
_make_key = _functools._make_key


_FAST_WRAPPER = """
def make(__pp_function, __pp_cache, __pp_missing, __pp_stats, __pp_maxsize, __pp_bounded, __pp_key_of):
    def wrapper({params}):
        __pp_key = {key}
        if __pp_maxsize != 0:
            __pp_result = __pp_cache.get(__pp_key, __pp_missing)
            if __pp_result is not __pp_missing:
                __pp_stats[0] += 1
                if __pp_bounded:
                    del __pp_cache[__pp_key]
                    __pp_cache[__pp_key] = __pp_result
                return __pp_result
        __pp_stats[1] += 1
        __pp_result = __pp_function({arguments})
        if __pp_maxsize != 0 and __pp_key not in __pp_cache:
            __pp_cache[__pp_key] = __pp_result
            if __pp_bounded and len(__pp_cache) > __pp_maxsize:
                del __pp_cache[next(iter(__pp_cache))]
        return __pp_result
    return wrapper
"""


def _one_key(name):
    """The cache key of a lone argument, as CPython's `_make_key`: itself only for int and str."""
    return f"{name} if type({name}) is int or type({name}) is str else ({name},)"


def _simple_parameters(function):
    """The parameter names of a function taking only plain positional parameters, else None."""
    code = getattr(function, "__code__", None)
    if code is None or getattr(function, "__defaults__", None) or getattr(function, "__kwdefaults__", None):
        return None
    if code.co_flags & 0x0C or code.co_kwonlyargcount or not 1 <= code.co_argcount <= 8:
        return None
    return code.co_varnames[: code.co_argcount]


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    stats = [0, 0]  # Hits and misses.
    missing = object()
    bounded = maxsize is not None
    params = None if typed else _simple_parameters(user_function)
    if params:
        # The function's own parameters: callers reach the wrapper, and it reaches the
        # function, with plain calls, which cost no native stack.
        names = ", ".join(params)
        source = _FAST_WRAPPER.format(
            params=names, arguments=names, key=_one_key(params[0]) if len(params) == 1 else f"({names},)"
        )
    else:
        source = _FAST_WRAPPER.format(
            params="*args, **kwargs", arguments="*args, **kwargs", key="__pp_key_of(args, kwargs)"
        )
    namespace = {}
    exec(source, namespace)
    wrapper = namespace["make"](
        user_function, cache, missing, stats, maxsize, bounded, lambda args, kwargs: _make_key(args, kwargs, typed)
    )

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return _functools.update_wrapper(wrapper, user_function)


def _lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _cache(user_function):
    return _lru_cache_wrapper(user_function, None, False)


_functools.lru_cache = _lru_cache
_functools.cache = _cache
