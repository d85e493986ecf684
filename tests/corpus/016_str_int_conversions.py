# Corpus: int() parsing with bases, str() of ints, bin/oct/hex and their round trips.
print(int("42"), int("-17"), int("  8 "), int("0b101", 0), int("0x1F", 16), int("777", 8), int("z", 36))
print(int("1_000_000"), int("10", 2), int("ff", 16), int(" +5 "), int(3.99), int(True))
print(bin(10), oct(64), hex(255), bin(-5), hex(-255))
print(int(bin(1234), 2), int(hex(99999), 16))
for bad in ["", "4.5", "0x10", "abc", "1 2"]:
    try:
        int(bad)
    except ValueError:
        print("ValueError for", repr(bad))
print(str(12345)[::-1], int(str(12345)[::-1]), sum(int(d) for d in str(9875)))
print((1234).bit_length(), (255).bit_count() if hasattr(int, "bit_count") else 8, (-1).bit_length())
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\xff", "little", signed=True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), -17 // 5, -17 % 5, 17 % -5)
print(float("3.0") == 3, 7 / 2, 7 // 2, -7 / 2, -7 // 2, 2 ** -1, 2 ** 10, pow(2, 10, 1000), pow(3, -1, 7))
