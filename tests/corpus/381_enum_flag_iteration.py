# Corpus: enum.Flag combinations: membership, iteration over a combined value, and IntFlag arithmetic.
from enum import Flag, IntFlag, auto
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
rw = Perm.READ | Perm.WRITE
print(rw, Perm.READ in rw, Perm.EXEC in rw, rw & Perm.WRITE, bool(rw & Perm.EXEC), ~Perm.READ & Perm.ALL)
print([p.name for p in rw], [p.name for p in Perm], Perm.ALL.value, Perm(3))
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.X
print(int(m), m == 5, m + 1, oct(Mode.R | Mode.W | Mode.X), Mode(6), Mode.W in Mode(6))
