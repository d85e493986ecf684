# Corpus: zlib and gzip-free compression round trips and checksums (compressed bytes themselves are not printed).
import zlib
data = ("interview " * 200).encode()
comp = zlib.compress(data, 9)
print(len(data), zlib.decompress(comp) == data, len(comp) < len(data) // 10)
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b""), hex(zlib.crc32(b"hello")))
c = zlib.compressobj()
parts = c.compress(data[:1000]) + c.compress(data[1000:]) + c.flush()
print(zlib.decompress(parts) == data)
try:
    zlib.decompress(b"not zlib data")
except zlib.error:
    print("zlib.error")
