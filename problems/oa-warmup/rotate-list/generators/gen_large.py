"""Large tests for rotate-list: python3 gen_large.py SEED N K (prints the JSON arguments)."""
import json
import random
import sys

seed, n, k = (int(x) for x in sys.argv[1:4])
rng = random.Random(seed)
nums = [rng.randint(-10**6, 10**6) for _ in range(n)]
print(json.dumps([nums, k]))
