# Corpus: input() with a prompt (CPython writes the prompt to stdout), and whitespace handling.
input()
name = input("Name: ")
print()
age = int(input("Age: ").strip())
print(f"Hello {name.strip()!r}, next year you will be {age + 1}")
csv = input().split(",")
print([c.strip() for c in csv])
