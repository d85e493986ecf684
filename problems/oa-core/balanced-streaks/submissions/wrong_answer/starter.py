# The starter code as given: today's prefix is recorded before it is looked up, so with
# k = 0 every day also counts the empty period that ends where it starts.
def count_periods(changes: list[int], k: int) -> int:
    """Counts the contiguous periods of days whose changes add up to exactly k."""
    seen = {0: 1}  # prefix sum -> how many prefixes so far have it
    prefix = 0
    count = 0
    for change in changes:
        prefix += change
        seen[prefix] = seen.get(prefix, 0) + 1
        # a period ending today sums to k when an earlier prefix equals prefix - k
        count += seen.get(prefix - k, 0)
    return count
