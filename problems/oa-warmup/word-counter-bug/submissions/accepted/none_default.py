def count_words(text, counts=None):
    """Counts how often each word occurs in text, ignoring case.

    Pass an existing dict as counts to add to it; otherwise a fresh count is returned.
    """
    if counts is None:
        counts = {}  # a new dict on every call, not one shared by all calls
    for word in text.lower().split():
        counts[word] = counts.get(word, 0) + 1
    return counts
