# Corpus: for/while else clauses, and handling errors per item while continuing a loop.
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")

find([1, 2, 3], 2)
find([1, 2, 3], 9)
n = 5
while n > 0:
    n -= 2
else:
    print("while finished with", n)
results, errors = [], []
for token in ["1", "x", "3", "", "5.5"]:
    try:
        results.append(int(token))
    except ValueError as e:
        errors.append(token)
        continue
    finally:
        pass
print(results, errors)
for i in range(3):
    pass
else:
    print("loop completed, i =", i)
