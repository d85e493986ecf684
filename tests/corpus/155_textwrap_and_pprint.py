# Corpus: textwrap (wrap, fill, dedent, indent, shorten) and pprint of nested data.
import textwrap, pprint
text = "The quick brown fox jumps over the lazy dog and keeps running far away."
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.shorten(text, width=30, placeholder="..."))
code = """
    def f():
        return 1
"""
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "))
data = {"name": "pyprep", "versions": list(range(12)), "deps": {"a": [1, 2, {"b": "c" * 30}], "z": None}, "k": (1, 2)}
pprint.pprint(data, width=60)
print(pprint.pformat([[1, 2]] * 3, width=20))
pprint.pprint({"b": 1, "a": 2, "c": {"y": 1, "x": 2}})
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
