# Corpus: evaluating reverse Polish notation and a basic calculator with parentheses.
def rpn(tokens):
    st = []
    for t in tokens:
        if t in "+-*/" and len(t) == 1:
            b, a = st.pop(), st.pop()
            st.append(a + b if t == "+" else a - b if t == "-" else a * b if t == "*" else int(a / b))
        else:
            st.append(int(t))
    return st[0]

def calculate(s):
    total, num, sign, stack = 0, 0, 1, []
    for ch in s:
        if ch.isdigit():
            num = num * 10 + int(ch)
        elif ch in "+-":
            total += sign * num
            num, sign = 0, (1 if ch == "+" else -1)
        elif ch == "(":
            stack.append((total, sign))
            total, sign = 0, 1
        elif ch == ")":
            total += sign * num
            num = 0
            prev_total, prev_sign = stack.pop()
            total = prev_total + prev_sign * total
    return total + sign * num

print(rpn(["2", "1", "+", "3", "*"]), rpn(["4", "13", "5", "/", "+"]), rpn(["10", "6", "9", "3", "+", "-11", "*", "/", "*", "17", "+", "5", "+"]))
print(calculate("1 + 1"), calculate(" 2-1 + 2 "), calculate("(1+(4+5+2)-3)+(6+8)"), calculate("-(2+3)"))
