# Corpus: re.search, match, fullmatch, findall, finditer, groups and named groups.
import re
text = "John: 555-1234, Jane: 555-9876, bad: 55-12"
print(re.findall(r"\d{3}-\d{4}", text))
print(re.findall(r"(\w+): (\d{3})-(\d{4})", text))
m = re.search(r"(?P<name>\w+): (?P<phone>\d{3}-\d{4})", text)
print(m.group(), m.group(1), m.group("phone"), m.groups(), m.groupdict(), m.start(), m.end(), m.span(2))
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc123"), bool(re.fullmatch(r"[a-z]+", "abc")), re.fullmatch(r"[a-z]+", "abc1"))
print([m.group(0) for m in re.finditer(r"\b\w{4}\b", "this is some text with four word")])
print([(m.start(), m.group()) for m in re.finditer(r"a+", "caaandyaab")])
print(re.findall(r"a|b", "abcab"), re.findall(r"(a)(b)?", "ab a"), re.findall(r"", "ab"))
print(re.search(r"^\s*$", "   ") is not None, re.search(r"colou?r", "The color red").group())
