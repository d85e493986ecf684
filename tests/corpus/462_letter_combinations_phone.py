# Corpus: phone keypad letter combinations with itertools.product and with recursion.
from itertools import product
KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
def combos(digits):
    if not digits:
        return []
    return ["".join(p) for p in product(*(KEYS[d] for d in digits))]
def combos_rec(digits):
    if not digits:
        return [""]
    return [c + rest for c in KEYS[digits[0]] for rest in combos_rec(digits[1:])]
print(combos("23"), combos(""), len(combos("79")), combos("7") == combos_rec("7"), combos("234") == combos_rec("234"))
