# Corpus: string searching: KMP prefix function, Rabin-Karp rolling hash, and str.find agreement.
def prefix_function(p):
    pi = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = pi[k - 1]
        if p[i] == p[k]:
            k += 1
        pi[i] = k
    return pi
def kmp_all(text, pat):
    pi, k, out = prefix_function(pat), 0, []
    for i, ch in enumerate(text):
        while k and ch != pat[k]:
            k = pi[k - 1]
        if ch == pat[k]:
            k += 1
        if k == len(pat):
            out.append(i - k + 1)
            k = pi[k - 1]
    return out
def rabin_karp(text, pat, base=256, mod=10 ** 9 + 7):
    n, m = len(text), len(pat)
    if m > n:
        return []
    hp = ht = 0
    high = pow(base, m - 1, mod)
    for i in range(m):
        hp = (hp * base + ord(pat[i])) % mod
        ht = (ht * base + ord(text[i])) % mod
    out = []
    for i in range(n - m + 1):
        if hp == ht and text[i:i + m] == pat:
            out.append(i)
        if i + m < n:
            ht = ((ht - ord(text[i]) * high) * base + ord(text[i + m])) % mod
    return out
t = "abababcabababcab"
print(prefix_function("aabaaab"), kmp_all(t, "ababc"), rabin_karp(t, "ababc"), kmp_all("aaaa", "aa"), t.find("ababc"), t.count("ab"))
