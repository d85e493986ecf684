# Corpus: interval scheduling: maximum non-overlapping meetings, minimum arrows, and CPU task order with a heap.
import heapq
def max_meetings(meetings):
    end, count = float("-inf"), 0
    for s, e in sorted(meetings, key=lambda m: m[1]):
        if s > end:
            count, end = count + 1, e
    return count
def arrows(points):
    end, n = float("-inf"), 0
    for s, e in sorted(points, key=lambda p: p[1]):
        if s > end:
            n, end = n + 1, e
    return n
def cpu_order(tasks):
    tasks = sorted((enq, proc, i) for i, (enq, proc) in enumerate(tasks))
    time, i, heap, order = 0, 0, [], []
    while len(order) < len(tasks):
        if not heap and time < tasks[i][0]:
            time = tasks[i][0]
        while i < len(tasks) and tasks[i][0] <= time:
            heapq.heappush(heap, (tasks[i][1], tasks[i][2]))
            i += 1
        proc, idx = heapq.heappop(heap)
        time += proc
        order.append(idx)
    return order
print(max_meetings([(1, 2), (3, 4), (0, 6), (5, 7), (8, 9), (5, 9)]), arrows([[10, 16], [2, 8], [1, 6], [7, 12]]))
print(cpu_order([[1, 2], [2, 4], [3, 2], [4, 1]]), cpu_order([[7, 10], [7, 12], [7, 5], [7, 4], [7, 2]]))
