def group_anagrams(words):
    teams = {}  # sorted letters -> the words with those letters, in input order
    for word in words:
        teams.setdefault("".join(sorted(word)), []).append(word)
    return list(teams.values())
