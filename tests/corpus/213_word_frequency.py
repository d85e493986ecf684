# Corpus: word frequencies from text with regex tokenising, stop words and ties broken alphabetically.
import re
from collections import Counter
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = re.findall(r"[a-z']+", text.lower())
stop = {"it", "was", "the", "of"}
c = Counter(w for w in words if w not in stop)
print(len(words), len(set(words)))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(c.most_common(3))
lengths = Counter(map(len, words))
print(sorted(lengths.items()))
print(max(words, key=len), min(words, key=len), sum(map(len, words)) / len(words))
