//! What the judge's Python offers: the same modules, functions and depth in every build.

/// Modules the judge refuses to import, in every build. Native builds carry some of them
/// (sockets, subprocesses, ctypes); the browser build cannot. Refusing them everywhere keeps
/// the native judge from accepting code that the browser would reject.
pub const UNAVAILABLE_MODULES: &[&str] = &[
    "_ctypes",
    "_multiprocessing",
    "_posixshmem",
    "_posixsubprocess",
    "_socket",
    "_sqlite3",
    "_ssl",
    "_remote_debugging",
    "ctypes",
    "faulthandler",
    "fcntl",
    "grp",
    "mmap",
    "multiprocessing",
    "pwd",
    "resource",
    "select",
    "selectors",
    "socket",
    "sqlite3",
    "ssl",
    "subprocess",
    "syslog",
    "termios",
];

/// The functions of `os` that programs may call; every other function of `os` and `posix`
/// raises `PermissionError`, since the judge offers no file system.
pub(crate) const OS_KEEP: &[&str] = &[
    "cpu_count",
    "device_encoding",
    "fsdecode",
    "fsencode",
    "fspath",
    "get_terminal_size",
    "getenv",
    "getpid",
    "getppid",
    "strerror",
    "urandom",
    "waitstatus_to_exitcode",
];

/// The deepest recursion (in Python frames) that every build of the judge can hold; see
/// docs/python-compat.md for how it was measured. `sys.setrecursionlimit` can lower the limit
/// but never raise it past this.
pub(crate) const MAX_RECURSION_DEPTH: usize = 3000;
