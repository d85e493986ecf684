# Corpus: an inventory class with properties that validate, class-level registries and error reporting.
class InventoryError(Exception):
    pass
class Product:
    _by_sku = {}
    def __init__(self, sku, name, price, qty=0):
        if sku in Product._by_sku:
            raise InventoryError(f"duplicate sku {sku}")
        self.sku, self.name = sku, name
        self.price = price
        self.qty = qty
        Product._by_sku[sku] = self
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, v):
        if not isinstance(v, (int, float)) or v < 0:
            raise InventoryError(f"bad price {v!r}")
        self._price = round(v, 2)
    @property
    def value(self):
        return round(self.price * self.qty, 2)
    @classmethod
    def find(cls, sku):
        return cls._by_sku.get(sku)
Product("A1", "pen", 1.199, 10)
Product("B2", "pad", 3.5, 4)
for args in [("A1", "dup", 1), ("C3", "bad", -1), ("D4", "str", "9")]:
    try:
        Product(*args)
    except InventoryError as e:
        print("InventoryError:", e)
print(Product.find("A1").price, Product.find("A1").value, Product.find("zz"), sorted(Product._by_sku))
print(sum(p.value for p in Product._by_sku.values()))
