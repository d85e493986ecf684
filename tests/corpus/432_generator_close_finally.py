# Corpus: generator cleanup: finally blocks run on close(), on break from a for loop, and on exhaustion.
def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print(f"cleanup {tag}")
for n in numbers("break"):
    if n == 2:
        break
print("after break")
g = numbers("close")
print(next(g), next(g))
g.close()
print("after close")
print(sum(numbers("exhaust")))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
