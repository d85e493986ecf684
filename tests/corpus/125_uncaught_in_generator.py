# Corpus: a program that ends with an uncaught ValueError raised inside a generator.
def parse_all(tokens):
    for t in tokens:
        yield int(t)

total = 0
for n in parse_all(["1", "2", "three", "4"]):
    total += n
    print("running total", total)
