# Counts only lower-case vowels, so 'A' or 'E' are missed.
def text_stats(text):
    return (len(text.split()), sum(1 for ch in text if ch in "aeiou"))
