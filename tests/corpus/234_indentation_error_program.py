# Corpus: a program that does not compile because of bad indentation: an IndentationError.
def f(x):
    if x > 0:
        return "positive"
      return "not positive"

print(f(1))
