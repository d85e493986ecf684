# Corpus: try/except/else/finally execution order, including return inside finally.
def f(x):
    try:
        print("try", x)
        r = 10 / x
    except ZeroDivisionError:
        print("except")
        return "from except"
    else:
        print("else")
        return r
    finally:
        print("finally")

print(f(2))
print(f(0))

def g():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(g())

def h():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(h())
