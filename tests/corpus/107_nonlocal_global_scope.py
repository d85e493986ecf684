# Corpus: LEGB scoping: global and nonlocal statements and UnboundLocalError.
x = "global"
def read_global():
    return x
def shadow():
    x = "local"
    return x
def modify_global():
    global x
    x = "modified"
print(read_global(), shadow(), x)
modify_global()
print(x)
def outer():
    y = 1
    def middle():
        def inner():
            nonlocal y
            y += 10
        inner()
        return y
    return middle()
print(outer())
def broken():
    try:
        print(z)
        z = 1
    except UnboundLocalError:
        print("UnboundLocalError")
z = 0
broken()
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(3):
    bump()
print(counter, "counter" in globals(), sorted(k for k in locals() if k in ("x", "counter")))
