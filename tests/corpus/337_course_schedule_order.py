# Corpus: course schedule ordering with DFS three-colour cycle detection.
def find_order(n, prereqs):
    graph = {i: [] for i in range(n)}
    for course, pre in prereqs:
        graph[pre].append(course)
    state, order = [0] * n, []
    def visit(u):
        if state[u] == 1:
            return False
        if state[u] == 2:
            return True
        state[u] = 1
        if not all(visit(v) for v in graph[u]):
            return False
        state[u] = 2
        order.append(u)
        return True
    if not all(visit(u) for u in range(n)):
        return []
    return order[::-1]
print(find_order(2, [[1, 0]]), find_order(4, [[1, 0], [2, 0], [3, 1], [3, 2]]), find_order(1, []), find_order(2, [[0, 1], [1, 0]]))
