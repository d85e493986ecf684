# Corpus: bracket problems: longest valid parentheses, minimum additions, and score of parentheses.
def longest_valid(s):
    stack, best = [-1], 0
    for i, ch in enumerate(s):
        if ch == "(":
            stack.append(i)
        else:
            stack.pop()
            if stack:
                best = max(best, i - stack[-1])
            else:
                stack.append(i)
    return best
def min_add(s):
    open_, adds = 0, 0
    for ch in s:
        if ch == "(":
            open_ += 1
        elif open_:
            open_ -= 1
        else:
            adds += 1
    return adds + open_
def score(s):
    stack = [0]
    for ch in s:
        if ch == "(":
            stack.append(0)
        else:
            v = stack.pop()
            stack[-1] += max(2 * v, 1)
    return stack[0]
print([longest_valid(s) for s in ["(()", ")()())", "", "()(()", "((()))"]])
print([min_add(s) for s in ["())", "(((", "()", "()))(("]], [score(s) for s in ["()", "(())", "()()", "(()(()))"]])
