"""Test writer for the python-concepts pack (author tool; the loader ignores this directory).

Each problem keeps a `generators/build.py` that lists its tests and calls `write()`. Inputs are
written as given; every `.ans` is produced by running the accepted reference solution under
CPython (`python3`), in a fresh interpreter per test, as the judge does.

    from testkit import Tests
    t = Tests(__file__)
    t.sample([[3, 1, 2]])
    t.secret("empty", [[]], hint="What does your loop do with an empty list?")
    t.write()
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.abspath(__file__)


def _yaml_field(text, name):
    for line in text.splitlines():
        if line.startswith(name + ":"):
            return line.split(":", 1)[1].strip()
    return None


# ----------------------------------------------------------------- value <-> JSON
def decode(v):
    """JSON (with the pack's special objects) to a Python value."""
    if isinstance(v, list):
        return [decode(x) for x in v]
    if isinstance(v, dict):
        if len(v) == 1:
            (k, x), = v.items()
            if k == "$tuple":
                return tuple(decode(i) for i in x)
            if k == "$set":
                return {decode(i) for i in x}
        return {k: decode(x) for k, x in v.items()}
    return v


def encode(v):
    """A returned Python value to the pack's JSON."""
    if v is None or isinstance(v, (bool, int, float, str)):
        if type(v) not in (type(None), bool, int, float, str):
            raise TypeError(f"returned a {type(v).__name__}, not a built-in value")
        return v
    if type(v) is list:
        return [encode(x) for x in v]
    if type(v) is tuple:  # a plain array matches a list or a tuple: be lenient
        return [encode(x) for x in v]
    if type(v) in (set, frozenset):
        return {"$set": sorted((encode(x) for x in v), key=lambda x: json.dumps(x, sort_keys=True))}
    if type(v) is dict:
        return {str(k): encode(x) for k, x in v.items()}
    raise TypeError(f"returned a {type(v).__name__}, not a built-in value")


# ----------------------------------------------------------------- running one test
def run_one(style, entry, solution_path, test_text):
    """Runs one test in this interpreter; returns the .ans text."""
    source = open(solution_path, encoding="utf-8").read()
    if style == "stdio":
        raise ValueError("stdio tests run through a subprocess")
    if style == "snippet":
        import contextlib
        import io
        buf = io.StringIO()
        scope = {"__name__": "__main__"}
        with contextlib.redirect_stdout(buf):
            exec(compile(source, "solution.py", "exec"), scope)
            exec(compile(test_text, "test.py", "exec"), scope)
        return buf.getvalue()
    scope = {"__name__": "solution"}
    exec(compile(source, "solution.py", "exec"), scope)
    data = decode(json.loads(test_text))
    if style == "function":
        try:
            value = scope[entry](*data)
        except Exception as e:  # noqa: BLE001
            return json.dumps({"$raises": type(e).__name__}) + "\n"
        return json.dumps(encode(value)) + "\n"
    if style == "class":
        obj = None
        results = []
        for op in data:
            name, args = op[0], op[1:]
            try:
                if obj is None:
                    obj = scope[entry](*args)
                    value = None
                else:
                    value = getattr(obj, name)(*args)
            except Exception as e:  # noqa: BLE001
                results.append({"$raises": type(e).__name__})
                if obj is None:
                    break
                continue
            results.append(encode(value))  # a value the judge cannot compare is the author's error
        return "[" + ", ".join(json.dumps(r) for r in results) + "]\n"
    raise ValueError(style)


class Tests:
    def __init__(self, build_file, solution=None):
        self.problem = os.path.dirname(os.path.dirname(os.path.abspath(build_file)))
        text = open(os.path.join(self.problem, "problem.yaml"), encoding="utf-8").read()
        self.style = _yaml_field(text, "style") or "stdio"
        self.entry = _yaml_field(text, "entry")
        acc = os.path.join(self.problem, "submissions", "accepted")
        self.solution = os.path.join(acc, solution) if solution else os.path.join(acc, sorted(os.listdir(acc))[0])
        self.tests = []  # (dir, name, input, hint, desc)
        self.counters = {}
        self.fixes = {}

    def _fmt(self, data):
        if isinstance(data, str):
            return data if data.endswith("\n") else data + "\n"
        if self.style == "class":
            return "[" + ",\n ".join(json.dumps(op) for op in data) + "]\n"
        return json.dumps(data) + "\n"

    def sample(self, data):
        n = self.counters.get("sample", 0) + 1
        self.counters["sample"] = n
        self.tests.append(("sample", str(n), self._fmt(data), None, None))

    def secret(self, group, data, hint=None, desc=None, fix=None):
        """fix: optional function from the reference's answer text to the answer to store, for
        answers the reference cannot state by itself (such as a base class in `$raises`)."""
        n = self.counters.get(group, 0) + 1
        self.counters[group] = n
        self.tests.append((os.path.join("secret", group), f"{n:02d}", self._fmt(data), hint, desc))
        self.fixes[len(self.tests) - 1] = fix

    def answer(self, text):
        if self.style == "stdio":
            out = subprocess.run([sys.executable, self.solution], input=text, capture_output=True, text=True, check=True)
            return out.stdout
        out = subprocess.run(
            [sys.executable, HERE, "--run", self.style, self.entry or "", self.solution],
            input=text, capture_output=True, text=True,
        )
        if out.returncode != 0:
            raise SystemExit(f"reference failed on:\n{text}\n{out.stderr}")
        return out.stdout

    def write(self):
        data = os.path.join(self.problem, "data")
        shutil.rmtree(data, ignore_errors=True)
        for i, (sub, name, text, hint, desc) in enumerate(self.tests):
            d = os.path.join(data, sub)
            os.makedirs(d, exist_ok=True)
            ans = self.answer(text)
            if self.fixes.get(i):
                ans = self.fixes[i](ans)
            if not ans.endswith("\n"):
                ans += "\n"
            for ext, body in ((".in", text), (".ans", ans), (".hint", hint), (".desc", desc)):
                if body is not None:
                    with open(os.path.join(d, name + ext), "w", encoding="utf-8") as f:
                        f.write(body if body.endswith("\n") else body + "\n")
        print(f"{os.path.basename(self.problem)}: {len(self.tests)} tests written")


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--run":
    _, _, style, entry, solution = sys.argv
    sys.stdout.write(run_one(style, entry, solution, sys.stdin.read()))
