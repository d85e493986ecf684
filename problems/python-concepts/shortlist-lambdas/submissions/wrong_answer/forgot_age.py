# Leaves age out of the key: on equal scores, names decide even when the ages differ.
def shortlist(records, cutoff):
    passed = filter(lambda r: r[1] >= cutoff, records)
    ranked = sorted(passed, key=lambda r: (-r[1], r[0].lower()))
    return [r[0] for r in ranked]
