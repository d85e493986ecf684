# Corpus: a program that ends with an uncaught NameError caused by a typo.
def total_price(items):
    total = 0
    for price in items:
        total += price
    return totl

print("start")
print(total_price([1, 2, 3]))
