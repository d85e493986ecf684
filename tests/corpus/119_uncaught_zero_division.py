# Corpus: a program that ends with an uncaught ZeroDivisionError inside a nested call.
def average(xs):
    return sum(xs) / len(xs)

def report(groups):
    for name, xs in groups:
        print(name, average(xs))

report([("a", [1, 2, 3]), ("b", [10]), ("empty", [])])
print("never printed")
