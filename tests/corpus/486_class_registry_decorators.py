# Corpus: a command registry built with a parameterised class decorator and lookup by name.
COMMANDS = {}
def command(name, aliases=()):
    def deco(cls):
        for key in (name, *aliases):
            COMMANDS[key] = cls
        cls.command_name = name
        return cls
    return deco
@command("add", aliases=("plus", "+"))
class Add:
    def run(self, a, b):
        return a + b
@command("neg")
class Neg:
    def run(self, a):
        return -a
def dispatch(line):
    name, *args = line.split()
    cls = COMMANDS.get(name)
    if cls is None:
        return f"unknown: {name}"
    return cls().run(*map(int, args))
print(sorted(COMMANDS), [dispatch(l) for l in ["add 2 3", "plus 1 1", "+ 4 5", "neg 7", "mul 2 2"]], Add.command_name)
