# Corpus: a program that does not compile (Python 2 print statement): it ends with a SyntaxError.
def greet(name):
    return "hello " + name

print greet("world")
