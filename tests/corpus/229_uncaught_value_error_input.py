# Corpus: a program that ends with an uncaught ValueError parsing a non-numeric stdin line.
input()
count = int(input())
print("count", count)
values = [int(input()) for _ in range(count)]
print(sum(values))
