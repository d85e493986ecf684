"""Large test: python3 gen_large.py SEED N > data/secret/large/NN.in

A random walk of the "no repeat" window over CJK characters: each step either repeats the
oldest character of the current window (the window slides), repeats another character of the
window (the window shrinks), or adds a never-used character (the window grows). A character
never repeats after leaving the window, so the answer stays in the hundreds.
"""
import random
import sys

seed, n = map(int, sys.argv[1:3])
rng = random.Random(seed)
fresh = iter(range(0x4E00, 0x9FFF))
window, out = [], []
for _ in range(n):
    roll = rng.random()
    if window and roll < 0.0006:
        k = rng.randrange(len(window))
        ch = window[k]
        window = window[k + 1:]
    elif window and roll < 0.9:
        ch = window.pop(0)
    else:
        ch = chr(next(fresh))
    window.append(ch)
    out.append(ch)
print("".join(out))
