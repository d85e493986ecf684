# Corpus: triangle minimum path (bottom-up) and counting ways to decode a staircase with 1/2/3 steps.
def triangle(rows):
    best = rows[-1][:]
    for row in reversed(rows[:-1]):
        best = [v + min(best[i], best[i + 1]) for i, v in enumerate(row)]
    return best[0]
print(triangle([[2], [3, 4], [6, 5, 7], [4, 1, 8, 3]]), triangle([[-10]]))
ways = [1, 1, 2]
for n in range(3, 40):
    ways.append(ways[-1] + ways[-2] + ways[-3])
print(ways[:12], ways[39])
