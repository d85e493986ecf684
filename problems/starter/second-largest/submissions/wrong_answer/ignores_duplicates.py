# The classic mistake: sorting without removing duplicates.
input()
scores = sorted(map(int, input().split()))
print(scores[-2] if len(scores) >= 2 else "NONE")
