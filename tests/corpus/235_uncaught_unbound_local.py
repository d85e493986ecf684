# Corpus: a program that ends with an uncaught UnboundLocalError (assignment makes a name local).
count = 0
def increment():
    count += 1
    return count

print("before")
print(increment())
