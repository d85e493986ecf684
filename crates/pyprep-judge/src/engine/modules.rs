//! Which modules the judge offers: the same set in every build.

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
    "_thread",
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
    "threading",
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
