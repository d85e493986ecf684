# Corpus: sys.stdout.write return values, print to stderr (not part of stdout), and flush arguments.
import sys
n = sys.stdout.write("no newline")
sys.stdout.write("\n")
print(n)
print("to stderr", file=sys.stderr)
sys.stderr.write("more stderr\n")
print("flushed", flush=True)
sys.stdout.writelines(["a\n", "b\n"])
print(sys.stdout.isatty() in (True, False), hasattr(sys.stdout, "write"))
out = sys.stdout
print("via alias", file=out)
