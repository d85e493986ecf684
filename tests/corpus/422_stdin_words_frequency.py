# Corpus: reading a paragraph from stdin and printing the top words, OA style.
import sys, re
from collections import Counter
text = sys.stdin.read().split("\n", 1)[1]
words = re.findall(r"[a-z]+", text.lower())
for word, n in sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(word, n)
print(len(words), len(set(words)))
