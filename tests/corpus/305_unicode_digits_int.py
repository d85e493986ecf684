# Corpus: int() and float() accept non-ASCII decimal digits; str.split() splits on Unicode whitespace.
print(int("١٢٣"), int("٤٥") + 1, float("١.٥"), int("１２"), int("\u0967\u0968"))
print("a\u3000b\u00a0c\u2003d".split(), "x\x1cy\x1dz".split(), len(" \t\n\r\x0b\x0c".split()))
print(" ٣ ".strip().isdecimal(), "³".isdigit(), "³".isdecimal())
try:
    int("³")
except ValueError:
    print("ValueError for superscript three")
print(sum(int(c) for c in "۱۲۳۴"), "٣".isnumeric(), str(int("٣")))
