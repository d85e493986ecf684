# Corpus: html.escape/unescape and urllib.parse for query strings, quoting and URL splitting.
import html
from urllib.parse import urlparse, parse_qs, urlencode, quote, unquote, urljoin, quote_plus
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.unescape("&lt;b&gt; &amp; &quot;q&quot; &#39; &eacute; &#x263A;"))
u = urlparse("https://user@example.com:8080/path/to/page.html?q=python+sort&page=2&tag=a&tag=b#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment)
print(parse_qs(u.query), urlencode({"q": "a b&c", "n": 1}), urlencode([("t", "x"), ("t", "y")]))
print(quote("a b/c?d=é"), quote_plus("a b+c"), unquote("%E2%82%AC%20euro"), urljoin("https://x.com/a/b", "../c"))
