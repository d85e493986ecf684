# Corpus: the traceback module: format_exception_only, extract_tb frames and print_exc to a buffer.
import traceback, io, sys

def level3():
    raise ValueError("deep problem")

def level2():
    level3()

def level1():
    level2()

try:
    level1()
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    frames = traceback.extract_tb(e.__traceback__)
    print([f.name for f in frames], [f.lineno for f in frames])
    print(len(traceback.format_tb(e.__traceback__)) == 4)
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    text = buf.getvalue()
    print(text.splitlines()[0], text.strip().splitlines()[-1])
    print("level3" in text, text.count("File"))
try:
    {}["k"]
except KeyError:
    info = sys.exc_info()
    print(info[0].__name__, repr(info[1]), info[2] is not None, traceback.format_exc().strip().splitlines()[-1])
print(repr(sys.exc_info()))
