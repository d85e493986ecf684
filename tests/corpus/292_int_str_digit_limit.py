# Corpus: the integer-to-string digit limit (Python 3.11+): str() of huge ints raises ValueError until raised.
import sys, math
big = math.factorial(2000)
print(big.bit_length(), big % 1000003)
try:
    s = str(big)
    print("converted", len(s))
except ValueError:
    print("ValueError: exceeds the limit for integer string conversion")
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(big)), str(big)[:15])
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    int("9" * 5001)
except ValueError:
    print("ValueError parsing 5001 digits")
