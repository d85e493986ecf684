# Brute force: adds up every period separately. O(n^2).
def count_periods(changes, k):
    count = 0
    for i in range(len(changes)):
        total = 0
        for j in range(i, len(changes)):
            total += changes[j]
            if total == k:
                count += 1
    return count
