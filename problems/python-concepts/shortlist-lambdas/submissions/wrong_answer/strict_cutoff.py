# Uses > instead of >=, so a candidate who scores exactly the cutoff is dropped.
def shortlist(records, cutoff):
    passed = filter(lambda r: r[1] > cutoff, records)
    ranked = sorted(passed, key=lambda r: (-r[1], r[2], r[0].lower()))
    return list(map(lambda r: r[0], ranked))
