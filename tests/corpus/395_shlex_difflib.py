# Corpus: shlex.split for shell-like tokenising, and difflib for similarity ratios and close matches.
import shlex, difflib
print(shlex.split('cmd --name "John Smith" -v \'single quoted\' plain\\ space'), shlex.quote("it's"), shlex.join(["a b", "c"]))
words = ["apple", "apply", "ape", "maple", "applet", "banana"]
print(difflib.get_close_matches("appel", words), difflib.get_close_matches("banan", words, n=1))
sm = difflib.SequenceMatcher(None, "kitten", "sitting")
print(round(sm.ratio(), 4), sm.get_matching_blocks()[:2], [op for op in sm.get_opcodes() if op[0] != "equal"])
print(list(difflib.unified_diff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n"], "old", "new", lineterm="")))
