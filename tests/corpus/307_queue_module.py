# Corpus: queue.Queue, LifoQueue and PriorityQueue used single-threaded as data structures.
import queue
q = queue.Queue()
for i in range(3):
    q.put(i)
print([q.get() for _ in range(3)], q.empty(), q.qsize())
lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put(item)
print([pq.get()[1] for _ in range(3)])
try:
    q.get_nowait()
except queue.Empty:
    print("queue.Empty")
bq = queue.Queue(maxsize=1)
bq.put("x")
try:
    bq.put_nowait("y")
except queue.Full:
    print("queue.Full")
