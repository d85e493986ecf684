import heapq


def nearest_hubs(hubs: list[list[int]], k: int) -> list[list[int]]:
    # Squared distance avoids square roots (and floating point) and orders hubs the same way.
    return heapq.nsmallest(k, hubs, key=lambda h: (h[0] * h[0] + h[1] * h[1], h[0], h[1]))
