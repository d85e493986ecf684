# Corpus: fractions in algorithms: Egyptian fraction decomposition, continued fractions and exact averages.
from fractions import Fraction
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(Fraction(1, d))
        fr -= Fraction(1, d)
    return out
print(egyptian(Fraction(6, 14)), egyptian(Fraction(12, 13)), sum(egyptian(Fraction(5, 121))) == Fraction(5, 121))
def continued(fr):
    terms = []
    while True:
        q, r = divmod(fr.numerator, fr.denominator)
        terms.append(q)
        if r == 0:
            return terms
        fr = Fraction(fr.denominator, r)
print(continued(Fraction(415, 93)), continued(Fraction(355, 113)), Fraction(3.14159).limit_denominator(1000))
scores = [Fraction(n) for n in [90, 85, 77, 92]]
print(sum(scores) / len(scores), float(sum(scores) / len(scores)))
