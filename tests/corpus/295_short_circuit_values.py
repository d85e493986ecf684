# Corpus: short-circuit evaluation: and/or return operands, side effects skipped, and conditional expressions.
calls = []
def t(name, value):
    calls.append(name)
    return value
print(t("a", 0) and t("b", 1), calls)
calls.clear()
print(t("a", 1) or t("b", 2), calls)
calls.clear()
print(t("a", []) or t("b", 0) or t("c", "last"), calls)
calls.clear()
print(all(t(i, i < 2) for i in range(5)), calls)
calls.clear()
print(any(t(i, i > 2) for i in range(5)), calls)
name = ""
print(name or "anonymous", (name and name.upper()) or "-", "yes" if name else "no")
cfg = {"retries": 0}
print(cfg.get("retries") or 3, cfg.get("retries", 3), cfg["retries"] if "retries" in cfg else 3)
