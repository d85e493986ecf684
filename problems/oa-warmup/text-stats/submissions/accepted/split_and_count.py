VOWELS = set("aeiouAEIOU")


def text_stats(text):
    words = len(text.split())
    vowels = sum(1 for ch in text if ch in VOWELS)
    return (words, vowels)
