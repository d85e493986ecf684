def merge_bookings(bookings: list[list[int]]) -> list[list[int]]:
    """Merges overlapping or touching bookings [start, end] into blocks, sorted by start."""
    merged = []
    for start, end in sorted(bookings):
        if merged and start <= merged[-1][1]:
            # overlaps (or touches) the current block: extend the block
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
