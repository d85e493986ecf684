# Corpus: regex character classes and quantifiers on a batch of usernames and phone numbers.
import re
users = ["john_doe", "J0hn", "_hidden", "ab", "valid.user-1", "toolongusername_123456"]
rule = re.compile(r"^[a-z][a-z0-9._-]{2,15}$")
print([(u, bool(rule.match(u))) for u in users])
phones = ["+1 (555) 123-4567", "555.123.4567", "5551234567", "123-45-678", "(555)1234567"]
digits = [re.sub(r"\D", "", p) for p in phones]
print(digits, [len(d) in (10, 11) for d in digits])
print(re.findall(r"\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}", " ".join(phones)))
print(re.split(r"(?<=[.!?])\s+", "Hi there. How are you? Fine! ok"))
