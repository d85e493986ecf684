# Corpus: attribute lookup order: data descriptors beat instance dicts, which beat non-data descriptors.
class DataDesc:
    def __get__(self, obj, cls):
        return "data descriptor"
    def __set__(self, obj, value):
        print("data descriptor __set__ with", value)
class NonDataDesc:
    def __get__(self, obj, cls):
        return "non-data descriptor"
class C:
    d = DataDesc()
    n = NonDataDesc()
    plain = "class attribute"
c = C()
c.__dict__["d"] = "instance dict d"
c.__dict__["n"] = "instance dict n"
c.d = "assigned"
print(c.d, c.n, c.plain, C.n, C.plain)
c.plain = "instance attribute"
print(c.plain, C.plain, vars(c))
