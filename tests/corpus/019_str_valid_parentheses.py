# Corpus: a stack for bracket matching, and minimum removals to make parentheses valid.
def valid(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif c in pairs:
            if not stack or stack.pop() != pairs[c]:
                return False
    return not stack

def min_remove(s):
    chars = list(s)
    stack = []
    for i, c in enumerate(chars):
        if c == "(":
            stack.append(i)
        elif c == ")":
            if stack:
                stack.pop()
            else:
                chars[i] = ""
    for i in stack:
        chars[i] = ""
    return "".join(chars)

for s in ["()", "()[]{}", "(]", "([)]", "{[]}", "", "(((", "a)b(c)d", "))(("]:
    print(repr(s), valid(s), repr(min_remove(s)))
