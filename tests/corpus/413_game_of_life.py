# Corpus: Conway's game of life on a small grid for a few generations (blinker and glider).
def step(live):
    from collections import Counter
    counts = Counter((r + dr, c + dc) for r, c in live for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}
def show(live, size=6):
    return ["".join("#" if (r, c) in live else "." for c in range(size)) for r in range(size)]
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(4):
    state = step(state)
print("\n".join(show(state)))
print(sorted(state), sorted(step(step({(1, 0), (1, 1), (1, 2)}))))
