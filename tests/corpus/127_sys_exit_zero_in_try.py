# Corpus: SystemExit is an exception: finally blocks run, except Exception does not catch it.
import sys
try:
    try:
        print("about to exit")
        sys.exit(0)
    except Exception:
        print("not reached: SystemExit is not an Exception")
    finally:
        print("finally runs")
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("code is", repr(e.code))
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
sys.exit()
print("unreachable")
