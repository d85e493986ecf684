# Corpus: the first matching except clause wins, so broad handlers placed first shadow specific ones.
def classify(exc):
    try:
        raise exc
    except LookupError:
        return "LookupError handler"
    except KeyError:
        return "KeyError handler (never reached)"
    except (ValueError, TypeError) as e:
        return f"value/type handler for {type(e).__name__}"
    except Exception as e:
        return f"generic handler for {type(e).__name__}"
for exc in [KeyError("k"), IndexError(1), ValueError(), TypeError(), ZeroDivisionError(), UnicodeDecodeError("utf-8", b"", 0, 1, "bad")]:
    print(type(exc).__name__, "->", classify(exc))
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not reached")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
