# Corpus: int.to_bytes/from_bytes defaults (Python 3.11), signed conversions and bit operations.
print((5).to_bytes(), (255).to_bytes(1), int.from_bytes(b"\x01\x00"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True), (2 ** 16 - 1).to_bytes(2, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError: int too big to convert")
print((37).bit_length(), (-37).bit_length(), (37).bit_count(), (0).bit_length(), (10).as_integer_ratio())
