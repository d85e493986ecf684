# Corpus: checking whether one string contains a permutation of another, with a 26-slot count array.
def check_inclusion(s1, s2):
    if len(s1) > len(s2):
        return False
    need = [0] * 26
    have = [0] * 26
    for ch in s1:
        need[ord(ch) - 97] += 1
    for i, ch in enumerate(s2):
        have[ord(ch) - 97] += 1
        if i >= len(s1):
            have[ord(s2[i - len(s1)]) - 97] -= 1
        if have == need:
            return True
    return False
print([check_inclusion(a, b) for a, b in [("ab", "eidbaooo"), ("ab", "eidboaoo"), ("adc", "dcda"), ("abc", "ab"), ("a", "a")]])
