# Corpus: a program that ends with an uncaught EOFError: it reads more lines than stdin has.
first = input()
print("read:", first)
second = input()
print("read:", second)
third = input()
print("never printed", third)
