# Corpus: a program that ends with an uncaught TypeError (str + int).
age = 30
print("computing")
message = "Age: " + age
print(message)
