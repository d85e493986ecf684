# Corpus: f-string conversions (!r, !s, !a), the = debug form, nested quotes and braces.
name = "Zoë"
items = [1, "two", 3.0]
x = 7
print(f"{name!r} {name!s} {name!a}")
print(f"{items!r} {items}")
print(f"{x=} {x * 2 = } {name=!s} {x=:03d}")
print(f"{{literal}} {{{x}}}")
print(f"{'nested'} {'yes' if x > 5 else 'no'} {'''triple'''}")
d = {"k": [10, 20]}
print(f"{d['k'][1]} {len(d)} {d}")
print(f"{'-' * 10}")
print(f"{3 + 4j} {complex(1, -2)!r}")
print(f"""multi
{x}
line""")
