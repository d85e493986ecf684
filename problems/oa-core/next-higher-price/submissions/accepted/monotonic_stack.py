import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    prices = list(map(int, data[1:1 + n]))
    wait = [0] * n
    stack = []  # indices of days still waiting; their prices never increase from bottom to top
    for day, price in enumerate(prices):
        while stack and prices[stack[-1]] < price:
            earlier = stack.pop()
            wait[earlier] = day - earlier
        stack.append(day)
    print(" ".join(map(str, wait)))


main()
