# Corpus: FizzBuzz three ways and a generalised rule table.
for i in range(1, 16):
    print("Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or i, end=" ")
print()
print(["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i) for i in range(1, 16)])
def fizz(n, rules=((3, "Fizz"), (5, "Buzz"), (7, "Bazz"))):
    out = "".join(word for d, word in rules if n % d == 0)
    return out or str(n)
print(" ".join(fizz(i) for i in range(95, 106)))
match_out = []
for i in range(1, 16):
    match (i % 3, i % 5):
        case (0, 0):
            match_out.append("FB")
        case (0, _):
            match_out.append("F")
        case (_, 0):
            match_out.append("B")
        case _:
            match_out.append(i)
print(match_out)
