# Corpus: eval, exec with explicit namespaces, compile, and ast.literal_eval for safe parsing.
import ast
print(eval("2 ** 10 + 1"), eval("x * y", {"x": 3, "y": 4}), eval("len(s)", {"s": "abc"}))
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(12)", ns)
print(ns["result"], ns["sq"](5), sorted(k for k in ns if not k.startswith("__")))
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), code.co_names)
print(ast.literal_eval("[1, 2, {'a': (3, 4)}, None, True, -5.5]"), ast.literal_eval("{1, 2}"), ast.literal_eval("'str'"))
try:
    ast.literal_eval("__import__('os')")
except ValueError:
    print("ValueError: not a literal")
tree = ast.parse("x = 1 + 2\nprint(x)")
print([type(n).__name__ for n in tree.body], type(tree.body[0].value.op).__name__)
print(eval("[i * 2 for i in range(n)]", {"n": 4}), eval("sum(range(10))"))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
