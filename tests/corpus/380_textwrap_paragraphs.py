# Corpus: wrapping paragraphs with textwrap: widths, initial and subsequent indents, and breaking long words.
import textwrap
para = "Python is a programming language that lets you work quickly and integrate systems more effectively. Supercalifragilisticexpialidocious words may need breaking."
for width in (20, 35):
    print(textwrap.fill(para, width))
    print("-" * width)
print(textwrap.fill(para, 40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("Supercalifragilisticexpialidocious", 10), textwrap.wrap("Supercalifragilisticexpialidocious", 10, break_long_words=False))
print(textwrap.wrap("", 10), textwrap.wrap("a  b   c", 3), textwrap.fill("tabs\there", 20, expand_tabs=True))
