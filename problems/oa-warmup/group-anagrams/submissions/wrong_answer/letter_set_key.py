# Groups by the SET of letters, which ignores how often each letter occurs ('aab' vs 'abb').
def group_anagrams(words):
    teams = {}
    for word in words:
        key = "".join(sorted(set(word)))
        teams.setdefault(key, []).append(word)
    return list(teams.values())
