# Mistake: when every remaining job is cooling down, it jumps straight to the next slot where
# one is free instead of recording the idle slots.
import heapq
from collections import deque


def run_schedule(jobs, cooldown):
    ready = [(-runs, name) for name, runs in jobs.items()]
    heapq.heapify(ready)
    cooling = deque()
    schedule = []
    slot = 0
    while ready or cooling:
        if not ready:
            slot = cooling[0][0]
        while cooling and cooling[0][0] <= slot:
            _, neg_runs, name = cooling.popleft()
            heapq.heappush(ready, (neg_runs, name))
        neg_runs, name = heapq.heappop(ready)
        schedule.append(name)
        if neg_runs + 1 < 0:
            cooling.append((slot + cooldown + 1, neg_runs + 1, name))
        slot += 1
    return schedule
