# Corpus: retry loops with try/except/else/finally and exception attributes carrying data.
class TransientError(Exception):
    def __init__(self, attempt):
        super().__init__(f"transient failure on attempt {attempt}")
        self.attempt = attempt

def flaky_factory(fail_times):
    state = {"calls": 0}
    def op():
        state["calls"] += 1
        if state["calls"] <= fail_times:
            raise TransientError(state["calls"])
        return f"success after {state['calls']} calls"
    return op

for fails in (0, 2, 5):
    op = flaky_factory(fails)
    for attempt in range(1, 4):
        try:
            result = op()
        except TransientError as e:
            print("retrying after", e, "| attempt attr", e.attempt)
        else:
            print(result)
            break
        finally:
            print("attempt", attempt, "done")
    else:
        print("gave up")
