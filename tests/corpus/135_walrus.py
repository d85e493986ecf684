# Corpus: the walrus operator in while loops, comprehensions and conditions.
import re
data = [5, 12, 7, 30, 2]
if (n := len(data)) > 3:
    print(f"list is long ({n} elements)")
it = iter(data)
while (v := next(it, None)) is not None:
    print(v, end=" ")
print()
print([y for x in data if (y := x * 2) > 10])
print([(x, y) for x in range(6) if (y := x * x) % 2 == 0])
text = "order 42 shipped, order 7 pending"
if m := re.search(r"order (\d+)", text):
    print("first order", m.group(1))
total = 0
print([total := total + x for x in [1, 2, 3, 4]], total)
def chunks():
    buf = [1, 2, 3, 4, 5, 6, 7]
    while chunk := buf[:3]:
        del buf[:3]
        yield chunk
print(list(chunks()))
