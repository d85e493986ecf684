# Checks only the characters AFTER position i, forgetting the ones before it.
def first_unique(s):
    for i, ch in enumerate(s):
        if ch not in s[i + 1:]:
            return i
    return -1
