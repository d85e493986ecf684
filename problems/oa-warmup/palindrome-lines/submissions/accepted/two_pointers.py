def is_palindrome(text):
    cleaned = [ch.lower() for ch in text if ch.isalnum()]
    return cleaned == cleaned[::-1]


t = int(input())
for _ in range(t):
    print("YES" if is_palindrome(input()) else "NO")
