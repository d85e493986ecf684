# Corpus: a program that ends with an uncaught KeyError from a dict lookup.
inventory = {"apple": 3, "pear": 0}
orders = ["apple", "pear", "plum"]
for item in orders:
    print(item, inventory[item])
