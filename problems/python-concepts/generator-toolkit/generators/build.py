"""Writes data/ for generator-toolkit: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample('''print(take(5, naturals()), take(3, naturals(10)))
print(list(chunked("abcdef", 3)))
print(list(flatten([1, [2, [3, [4]]], "five"])))
''')
t.sample('''avg = running_average()
next(avg)
print(f"{avg.send(10):.2f} {avg.send(20):.2f} {avg.send(60):.2f}")
print(take(2, chunked(naturals(), 4)))
''')

t.secret("basic", '''import types
print(isinstance(naturals(), types.GeneratorType), isinstance(flatten([]), types.GeneratorType))
print(take(3, naturals(-2)), take(4, "ab"), take(2, [[1], [2], [3]]))
print(list(chunked(range(6), 2)), list(chunked([1, 2], 2)))
''')
t.secret("basic", '''words = iter(["alpha", "beta", "gamma", "delta", "epsilon"])
print(take(2, words), take(2, words), take(2, words), take(2, words))
gen = naturals(100)
print(take(2, gen), next(gen))
''')

H_I = "naturals() never ends, so anything that tries to read it all (list(), len(), a for loop without a break) never returns. Take only what you need."
t.secret("infinite", '''evens = (n for n in naturals(0) if n % 2 == 0)
print(take(5, evens), take(3, evens))
print(take(3, chunked(naturals(), 2)), sum(take(1000, naturals())))
''', hint=H_I)
t.secret("infinite", '''pages = chunked(naturals(), 10)
next(pages)
print(next(pages)[-1], take(1, pages))
print(take(0, naturals()))
''', hint=H_I)

H_R = "When the items do not fill the last chunk, that shorter chunk must still be yielded."
t.secret("remainder", '''print(list(chunked(range(7), 3)), list(chunked("xy", 3)))
print(list(chunked((n * n for n in range(5)), 2)))
''', hint=H_R)
t.secret("remainder", '''for size in (1, 4, 9, 10, 11):
    print(size, [len(c) for c in chunked(range(10), size)])
''', hint=H_R)

H_E = "Calling a generator function only creates the generator; its body runs at the first next(). Where can a check run at call time?"
t.secret("eager-check", '''for size in (0, -3):
    try:
        gen = chunked([1, 2, 3], size)
        print("created")
        next(gen)
    except ValueError:
        print("ValueError")
''', hint=H_E)
t.secret("eager-check", '''try:
    chunked(naturals(), 0)
    print("no error yet")
except ValueError:
    print("ValueError at once")
print(list(chunked([], 1)))
''', hint=H_E)

H_N = "Lists and tuples nest at any depth, and both must be opened up. Strings are items, even one-letter strings."
t.secret("nested", '''print(list(flatten([[[[1]]], (2, (3, (4,))), [], ()])))
print(list(flatten(((), [[]], [[], [5]]))))
print(list(flatten([("a", "bc"), ["", ["d"]], None, {"k": 1}, 2.5])))
''', hint=H_N)
t.secret("nested", '''deep = [1]
for i in range(2, 40):
    deep = [deep, (i,)]
flat = list(flatten(deep))
print(len(flat), flat[:5], flat[-3:])
''', hint=H_N)

H_A = "The average of 1 and 2 is 1.5, not 1. Which division operator keeps the fraction?"
t.secret("average", '''avg = running_average()
print(next(avg))
print(avg.send(1), avg.send(2), avg.send(4))
print(f"{avg.send(0):.4f}")
''', hint=H_A)
t.secret("average", '''a = running_average()
b = running_average()
next(a)
next(b)
print(a.send(-5), b.send(7), a.send(6), b.send(8), a.send(2.5))
''', hint=H_A)
t.write()
