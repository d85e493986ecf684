# Mistake: uses < instead of <=, so bookings that only touch ([1, 3] and [3, 5]) stay apart.
def merge_bookings(bookings):
    merged = []
    for start, end in sorted(bookings):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
