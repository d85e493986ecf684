# Corpus: bytes and bytearray manipulation, struct packing, and base64 / binascii encodings.
import struct, base64, binascii
ba = bytearray(b"hello")
ba[0] = ord("J")
ba.extend(b"!!")
ba.insert(0, 62)
print(ba, bytes(ba), ba.decode(), len(ba), ba.find(b"l"), ba.count(b"l"))
packed = struct.pack(">IhB", 1_000_000, -2, 255)
print(packed, struct.unpack(">IhB", packed), struct.calcsize(">IhB"), struct.pack("<f", 1.5))
print(base64.b64encode(b"interview prep"), base64.b64decode("aW50ZXJ2aWV3"), base64.urlsafe_b64encode(b"\xff\xfe"))
print(base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"), binascii.hexlify(b"\x00\x10"), binascii.crc32(b"hello"))
print(b"%d-%s" % (5, b"x"), b"abc".startswith(b"a"), bytes(3), b"a" * 3, b"xyz"[::-1], b"A".lower(), bytes.maketrans(b"a", b"b"))
print(int.from_bytes(b"\x01\x00\x00", "little"), (258).to_bytes(2, "little"), list(memoryview(b"ab")), b"\x00\x01".hex(":"))
