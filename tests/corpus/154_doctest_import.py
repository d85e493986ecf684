# Corpus: importing doctest and running the examples in a docstring.
import doctest

def add(a, b):
    """Adds two numbers.

    >>> add(2, 3)
    5
    >>> add("a", "b")
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b

finder = doctest.DocTestFinder()
tests = finder.find(add, "add", globs={"add": add})
print(len(tests), [len(t.examples) for t in tests])
print([e.source.strip() for e in tests[0].examples], [e.want.strip() for e in tests[0].examples])
runner = doctest.DocTestRunner(verbose=False)
reports = []
for t in tests:
    result = runner.run(t, out=reports.append)
    print(result.failed, result.attempted)
print(len(reports), "Expected:" in reports[0], "Got:" in reports[0])
parser = doctest.DocTestParser()
print(len(parser.get_examples(">>> 1 + 1\n2\n>>> print('x')\nx\n")))
