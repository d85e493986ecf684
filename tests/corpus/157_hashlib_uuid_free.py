# Corpus: hashlib digests of fixed inputs (md5, sha1, sha256) and hmac.
import hashlib, hmac
for name in ["md5", "sha1", "sha256", "sha512"]:
    h = hashlib.new(name)
    h.update(b"interview")
    print(name, h.hexdigest()[:32], h.digest_size)
print(hashlib.sha256(b"").hexdigest())
h = hashlib.sha256()
h.update(b"inter")
h.update(b"view")
print(h.hexdigest() == hashlib.sha256(b"interview").hexdigest())
print(hmac.new(b"key", b"message", hashlib.sha256).hexdigest())
print(hmac.compare_digest("abc", "abc"), hashlib.md5("é".encode()).hexdigest())
