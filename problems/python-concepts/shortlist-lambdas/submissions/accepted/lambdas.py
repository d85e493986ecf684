def shortlist(records, cutoff):
    passed = filter(lambda r: r[1] >= cutoff, records)
    # Negate the score to sort it high-to-low while age and name stay low-to-high.
    ranked = sorted(passed, key=lambda r: (-r[1], r[2], r[0].lower()))
    return list(map(lambda r: r[0], ranked))
