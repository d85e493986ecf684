# Corpus: a program that ends with an uncaught AttributeError: a function returned None.
def find_user(users, name):
    for u in users:
        if u["name"] == name:
            return u

users = [{"name": "ann", "email": "ann@example.com"}]
print(find_user(users, "ann")["email"])
result = find_user(users, "bob")
print(result)
print(result.get("email"))
