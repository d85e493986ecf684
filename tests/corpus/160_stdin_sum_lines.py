# Corpus: reading sys.stdin line by line (after a comment header line) and summing numbers.
import sys
header = sys.stdin.readline()
print("header starts with #:", header.startswith("#"))
n = int(sys.stdin.readline())
nums = [int(sys.stdin.readline()) for _ in range(n)]
print(n, nums, sum(nums), max(nums), min(nums))
rest = sys.stdin.read().split()
print(rest, len(rest))
