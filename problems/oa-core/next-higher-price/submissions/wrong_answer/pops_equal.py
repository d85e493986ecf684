# Classic mistake: pops on <= instead of <, so an equal price counts as "higher".
import sys

data = sys.stdin.read().split()
n = int(data[0])
prices = list(map(int, data[1:1 + n]))
wait = [0] * n
stack = []
for day in range(n):
    while stack and prices[stack[-1]] <= prices[day]:
        earlier = stack.pop()
        wait[earlier] = day - earlier
    stack.append(day)
print(*wait)
