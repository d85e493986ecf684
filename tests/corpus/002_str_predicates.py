# Corpus: str classification predicates on ASCII, Unicode digits and edge cases.
samples = ["abc", "ABC", "Abc", "123", "½", "²", "١٢٣", "", " ", "a1", "Hello World", "\t\n", "_x", "x_1", "1x"]
for s in samples:
    print(
        repr(s),
        s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(),
        s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(),
        s.isidentifier(), s.isprintable(),
    )
