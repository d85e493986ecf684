# Corpus: the fast-input idiom: read every token from sys.stdin.buffer at once.
import sys
data = sys.stdin.buffer.read().split()
assert data[0] == b"#"
data = data[data.index(b"END") + 1:]
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    nums = list(map(int, data[pos + 1:pos + 1 + n]))
    pos += 1 + n
    print(max(nums) - min(nums), sorted(nums)[n // 2])
print(type(data[0]).__name__)
