"""Large tests for balanced-brackets: python3 gen_large.py SEED DEPTH (deterministic).

Three lines: a balanced nesting DEPTH deep, a nesting DEPTH/4 deep with its innermost pair
broken, and a nesting DEPTH/8 deep that never closes its outermost bracket.
"""
import random
import sys

seed, depth = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
close = {"(": ")", "[": "]", "{": "}"}
opens = [rng.choice("([{") for _ in range(depth)]
good = "".join(opens) + "".join(close[o] for o in reversed(opens))
quarter = opens[:depth // 4]
bad = "".join(quarter) + {"(": "]", "[": "}", "{": ")"}[quarter[-1]]
bad += "".join(close[o] for o in reversed(quarter[:-1]))
eighth = opens[:depth // 8]
unclosed = "(" + "".join(eighth) + "".join(close[o] for o in reversed(eighth))
print(3)
print(good)
print(bad)
print(unclosed)
