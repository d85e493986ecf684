# Brute force: k times, scan the remaining hubs for the closest one and remove it. O(n * k).
def nearest_hubs(hubs, k):
    remaining = list(hubs)
    result = []
    for _ in range(k):
        best = 0
        for i in range(1, len(remaining)):
            x, y = remaining[i]
            bx, by = remaining[best]
            if (x * x + y * y, x, y) < (bx * bx + by * by, bx, by):
                best = i
        result.append(remaining.pop(best))
    return result
