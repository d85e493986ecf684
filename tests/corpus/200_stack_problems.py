# Corpus: monotonic stacks: daily temperatures, next greater element, largest rectangle in a histogram.
def daily_temperatures(t):
    out, stack = [0] * len(t), []
    for i, v in enumerate(t):
        while stack and t[stack[-1]] < v:
            j = stack.pop()
            out[j] = i - j
        stack.append(i)
    return out

def next_greater(nums):
    out, stack = [-1] * len(nums), []
    for i in range(2 * len(nums)):
        v = nums[i % len(nums)]
        while stack and nums[stack[-1]] < v:
            out[stack.pop()] = v
        if i < len(nums):
            stack.append(i)
    return out

def largest_rectangle(h):
    stack, best = [], 0
    for i, v in enumerate(h + [0]):
        start = i
        while stack and stack[-1][1] >= v:
            idx, height = stack.pop()
            best = max(best, height * (i - idx))
            start = idx
        stack.append((start, v))
    return best

print(daily_temperatures([73, 74, 75, 71, 69, 72, 76, 73]))
print(next_greater([1, 2, 1]), next_greater([5, 4, 3, 2, 1]))
print(largest_rectangle([2, 1, 5, 6, 2, 3]), largest_rectangle([2, 4]), largest_rectangle([]))
