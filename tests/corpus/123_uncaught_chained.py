# Corpus: a program that ends with an uncaught exception raised from another (raise ... from).
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad number {text!r}") from exc

print(load("12"))
print(load("twelve"))
