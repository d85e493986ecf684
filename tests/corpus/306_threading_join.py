# Corpus: threads that are started and joined in order give deterministic results; a lock guards a counter.
import threading
results = [None] * 4
def work(i):
    results[i] = sum(range(i * 1000))
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
lock = threading.Lock()
counter = 0
def bump(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=bump, args=(500,)) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, threading.current_thread().name)
