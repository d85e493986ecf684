def count_periods(changes: list[int], k: int) -> int:
    """Counts the contiguous periods of days whose changes add up to exactly k."""
    seen = {0: 1}  # prefix sum -> how many prefixes so far have it
    prefix = 0
    count = 0
    for change in changes:
        prefix += change
        # a period ending today sums to k when an EARLIER prefix equals prefix - k,
        # so look up before recording today's prefix
        count += seen.get(prefix - k, 0)
        seen[prefix] = seen.get(prefix, 0) + 1
    return count
