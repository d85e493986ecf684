# The starter code as given: a generator expression can be iterated only once; _summary reads it four times.
def _summary(values, pass_mark):
    """Count, number passed, average (2 decimals) and range of some marks."""
    count = sum(1 for _ in values)
    if count == 0:
        return {"count": 0, "passed": 0, "average": None, "range": None}
    passed = sum(1 for m in values if m >= pass_mark)
    average = round(sum(values) / count, 2)
    spread = max(values, default=0) - min(values, default=0)
    return {"count": count, "passed": passed, "average": average, "range": spread}


def marks_report(marks, pass_mark, only_passed):
    if only_passed:
        chosen = (m for m in marks if m >= pass_mark)
    else:
        chosen = marks
    return _summary(chosen, pass_mark)
