import heapq
from collections import deque


def run_schedule(jobs: dict[str, int], cooldown: int) -> list[str]:
    ready = [(-runs, name) for name, runs in jobs.items()]  # most runs left, then smallest name
    heapq.heapify(ready)
    cooling = deque()  # (first free slot, -runs left, name), in order of the first free slot
    schedule = []
    slot = 0
    while ready or cooling:
        while cooling and cooling[0][0] <= slot:
            _, neg_runs, name = cooling.popleft()
            heapq.heappush(ready, (neg_runs, name))
        if ready:
            neg_runs, name = heapq.heappop(ready)
            schedule.append(name)
            if neg_runs + 1 < 0:  # runs left after this one
                cooling.append((slot + cooldown + 1, neg_runs + 1, name))
        else:
            schedule.append("idle")
        slot += 1
    return schedule
