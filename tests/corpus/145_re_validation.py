# Corpus: validation with regular expressions: passwords, IPv4 addresses, dates and hex colours.
import re
def strong(pw):
    return bool(re.fullmatch(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}", pw))
def ipv4(s):
    part = r"(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
    return bool(re.fullmatch(rf"{part}(\.{part}){{3}}", s))
def iso_date(s):
    m = re.fullmatch(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", s)
    return m.groups() if m else None
for pw in ["Passw0rd!", "password", "Sh0rt!", "NoDigits!!", "ALLUPPER1!x"]:
    print(pw, strong(pw))
for ip in ["192.168.1.1", "256.1.1.1", "1.2.3", "0.0.0.0", "01.2.3.4", "255.255.255.255"]:
    print(ip, ipv4(ip))
print([iso_date(d) for d in ["2024-02-29", "2024-13-01", "1999-12-31", "2024-1-1"]])
print(re.findall(r"#(?:[0-9a-fA-F]{3}){1,2}\b", "#fff #123456 #12 #abcd #ABCDEF"))
print(re.findall(r"[\w.]+@[\w.]+\.\w+", "contact: a.b@x.org, c@d.co.uk; bad@x"))
