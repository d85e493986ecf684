# Corpus: aligning text that contains wide characters with str.ljust (width counts code points, not columns).
rows = [("apple", 1.5), ("café", 2.25), ("naïve", 10.0), ("日本", 3.0)]
for name, price in rows:
    print(f"{name:<8}|{price:>6.2f}|", len(name))
print("x".ljust(3, "·") + "|", "ab".rjust(4, "0"), "é".center(5, "*"))
