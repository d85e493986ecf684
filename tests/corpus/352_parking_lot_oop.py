# Corpus: a parking lot OOP design with inheritance, class-level size ranks and spot allocation.
class Vehicle:
    size = 0
    def __init__(self, plate):
        self.plate = plate
    def __repr__(self):
        return f"{type(self).__name__}({self.plate})"
class Motorcycle(Vehicle):
    size = 1
class Car(Vehicle):
    size = 2
class Bus(Vehicle):
    size = 3
class Lot:
    def __init__(self, spots):
        self.spots = {i: (size, None) for i, size in enumerate(spots)}
    def park(self, v):
        free = [(size, i) for i, (size, who) in self.spots.items() if who is None and size >= v.size]
        if not free:
            return None
        size, i = min(free)
        self.spots[i] = (size, v)
        return i
    def leave(self, plate):
        for i, (size, who) in self.spots.items():
            if who and who.plate == plate:
                self.spots[i] = (size, None)
                return i
        raise LookupError(plate)
    def occupancy(self):
        return {i: who for i, (_, who) in self.spots.items() if who}
lot = Lot([1, 2, 2, 3])
print([lot.park(v) for v in [Car("C1"), Motorcycle("M1"), Bus("B1"), Car("C2"), Car("C3")]])
print(lot.occupancy(), lot.leave("C1"), lot.park(Motorcycle("M2")), lot.occupancy())
