# Corpus: a Polynomial class with __call__ (Horner), __add__, __mul__, __str__ formatting and derivative.
class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    def __call__(self, x):
        result = 0
        for a in reversed(self.c):
            result = result * x + a
        return result
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly(*[(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)
    def derivative(self):
        return Poly(*[i * a for i, a in enumerate(self.c)][1:])
    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            coef = "" if abs(a) == 1 and i else str(abs(a))
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(("-" if a < 0 else "+") + coef + var)
        s = " ".join(terms)
        return s[1:] if s.startswith("+") else s
p = Poly(1, -3, 0, 2)
q = Poly(0, 1)
print(p, "|", q, "|", p + q, "|", p * q, "|", p.derivative(), "|", Poly(0, 0))
print([p(x) for x in range(-2, 3)], (p * p)(3) == p(3) ** 2)
