# Corpus: match on split command strings and on tuples, a classic interpreter loop.
def run(commands):
    stack = []
    for line in commands:
        match line.split():
            case ["push", value]:
                stack.append(int(value))
            case ["pop"]:
                print("popped", stack.pop() if stack else None)
            case ["add"]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ["mul"]:
                stack.append(stack.pop() * stack.pop())
            case ["print"]:
                print(stack)
            case ["repeat", n, *cmd]:
                for _ in range(int(n)):
                    stack.append(stack[-1])
            case []:
                print("blank line")
            case [verb, *_]:
                print("unknown", verb)
    return stack

print(run(["push 3", "push 4", "add", "print", "push 5", "mul", "", "jump 3", "repeat 2 dup", "print", "pop"]))
def quadrant(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return f"axis {x}"
        case (x, y) if x > 0 and y > 0:
            return "Q1"
        case _:
            return "other"
print([quadrant(p) for p in [(0, 0), (3, 0), (0, -2), (1, 1), (-1, 4)]])
