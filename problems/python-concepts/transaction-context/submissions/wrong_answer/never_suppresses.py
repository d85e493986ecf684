# __exit__ always returns None, so even a deliberate Rollback escapes the with block.
import contextlib
import copy
import functools


class Rollback(Exception):
    """Raise inside a transaction to undo it without an error reaching the caller."""


def _restore(store, snapshot):
    # In place: the caller's dict object must hold the old contents again.
    store.clear()
    store.update(snapshot)


class Transaction:
    def __init__(self, store, log=None):
        self.store = store
        self.log = log
        self.status = "new"

    def _note(self, entry):
        if self.log is not None:
            self.log.append(entry)

    def __enter__(self):
        # deepcopy: a shallow copy would share the inner lists and dicts with the live store.
        self._snapshot = copy.deepcopy(self.store)
        self.status = "active"
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.status = "committed"
            self._note("commit")
            return False
        _restore(self.store, self._snapshot)
        self.status = "rolled back"
        self._note(f"rollback:{exc_type.__name__}")
        return None


@contextlib.contextmanager
def atomic(store, log):
    log.append("begin")
    snapshot = copy.deepcopy(store)
    try:
        yield store
    except Rollback:
        _restore(store, snapshot)
        log.append("rollback:Rollback")
    except Exception as exc:
        _restore(store, snapshot)
        log.append(f"rollback:{type(exc).__name__}")
        raise  # re-raise the same exception object
    else:
        log.append("commit")
    finally:
        log.append("end")


def transactional(store, log=None):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            try:
                with Transaction(store, log):
                    return func(*args, **kwargs)
            except Rollback:
                return None

        return wrapper

    return decorator
