# Corpus: a fluent builder returning self, producing an SQL-like query string deterministically.
class Query:
    def __init__(self, table):
        self.table, self._where, self._order, self._limit, self._cols = table, [], None, None, ["*"]
    def select(self, *cols):
        self._cols = list(cols)
        return self
    def where(self, cond, **params):
        self._where.append(cond.format(**{k: repr(v) for k, v in params.items()}))
        return self
    def order_by(self, col, desc=False):
        self._order = f"{col} {'DESC' if desc else 'ASC'}"
        return self
    def limit(self, n):
        self._limit = n
        return self
    def __str__(self):
        sql = f"SELECT {', '.join(self._cols)} FROM {self.table}"
        if self._where:
            sql += " WHERE " + " AND ".join(self._where)
        if self._order:
            sql += f" ORDER BY {self._order}"
        if self._limit is not None:
            sql += f" LIMIT {self._limit}"
        return sql
print(Query("users").select("id", "name").where("age > {a}", a=18).where("city = {c}", c="Pune").order_by("name").limit(10))
print(Query("orders"), Query("t").order_by("x", desc=True))
