# Compares names as they are: every capital letter sorts before every lowercase letter.
def shortlist(records, cutoff):
    passed = filter(lambda r: r[1] >= cutoff, records)
    ranked = sorted(passed, key=lambda r: (-r[1], r[2], r[0]))
    return [r[0] for r in ranked]
