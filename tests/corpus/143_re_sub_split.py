# Corpus: re.sub with strings, backreferences and functions; re.split with groups and maxsplit.
import re
print(re.sub(r"\s+", " ", "  lots   of\t\nspace  ").strip())
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "mail ann@site.com or bob@corp.com"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Grace Hopper"))
print(re.subn(r"o", "0", "foo boo"), re.sub(r"x", "y", "xxx", count=2))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b,c"), re.split(r"\s+", " a b "), re.split(r",", "a,b,c", maxsplit=1))
def camel_to_snake(s):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", s).lower()
print(camel_to_snake("camelCaseStringHTTP"), camel_to_snake("Already"))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M))
print(re.escape("a.b*c?"), re.sub(re.escape("1+1"), "2", "1+1=2"))
