PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(line):
    stack = []
    for ch in line:
        if ch in PAIRS:
            if not stack or stack.pop() != PAIRS[ch]:
                return False
        else:
            stack.append(ch)
    return not stack


t = int(input())
for _ in range(t):
    print("YES" if balanced(input().strip()) else "NO")
