# Brute force: checks every permutation (n! of them) and keeps the distinct valid ones.
from itertools import permutations


def count_lineups(heights, max_gap):
    valid = set()
    for order in permutations(heights):
        if all(abs(a - b) <= max_gap for a, b in zip(order, order[1:])):
            valid.add(order)
    return len(valid)
