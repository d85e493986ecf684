# Corpus: complex numbers, numbers ABCs and int/float/bool interplay.
import numbers, cmath
z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate(), z * 1j, z / 2, (1 + 2j) ** 2, complex("1+2j"))
print(cmath.sqrt(-1), cmath.phase(-1), round(cmath.polar(1j)[1], 6), cmath.exp(0))
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(z, numbers.Complex), isinstance(True, numbers.Number))
print(True + True, True * 10, sum([True, False, True]), 1 == 1.0 == True, type(1 + 1.0).__name__, type(True + 1).__name__)
print(int.__add__(2, 3), (7).__truediv__(2), (2).__pow__(3, 5), float.__floor__(2.7) if hasattr(float, "__floor__") else 2)
print((5).real, (5).denominator, (2.5).conjugate(), divmod(-9, 4), (-9).__floordiv__(4))
