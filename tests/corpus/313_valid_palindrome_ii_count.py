# Corpus: valid palindrome with one deletion allowed, and counting palindromic substrings by expansion.
def valid_palindrome(s):
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            a, b = s[i + 1:j + 1], s[i:j]
            return a == a[::-1] or b == b[::-1]
        i += 1
        j -= 1
    return True
def count_palindromes(s):
    total = 0
    for c in range(2 * len(s) - 1):
        l, r = c // 2, c // 2 + c % 2
        while l >= 0 and r < len(s) and s[l] == s[r]:
            total += 1
            l -= 1
            r += 1
    return total
print([valid_palindrome(s) for s in ["aba", "abca", "abc", "deeee", "", "cbbcc"]])
print([count_palindromes(s) for s in ["abc", "aaa", "abba", ""]])
