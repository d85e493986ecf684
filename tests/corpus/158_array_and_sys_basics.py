# Corpus: array module, sys.getrecursionlimit and other platform-independent facts from sys.
import array, sys
a = array.array("i", [3, 1, 2])
a.append(10)
a.extend([5])
print(a, a.tolist(), a.typecode, a.itemsize, a[1:3], sum(a), a.index(10))
b = array.array("d", [1.5, 2.5])
print(b, b * 2, array.array("b", b"\x01\x02"), array.array("u", "hi").tounicode())
print(sys.getrecursionlimit(), type(sys.float_info.max).__name__, sys.float_info.epsilon, sys.byteorder)
print(sys.int_info.bits_per_digit in (15, 30, 64), sys.intern("abc") == "abc", isinstance(sys.modules, dict), "sys" in sys.modules)
print(sys.getsizeof(0) > 0, callable(sys.exit), hasattr(sys, "stdin"), sys.float_info.dig, sys.hash_info.inf)
