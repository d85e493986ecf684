# Corpus: async def and await driven by hand with send(None), without asyncio (no event loop needed).
import types

@types.coroutine
def suspend(value):
    received = yield value
    return received

async def add_later(a, b):
    got = await suspend(f"adding {a}+{b}")
    return a + b + got

async def main():
    x = await add_later(1, 2)
    y = await add_later(x, 10)
    return [x, y]

coro = main()
print(type(coro).__name__)
step = coro.send(None)
print("yielded:", step)
step = coro.send(100)
print("yielded:", step)
try:
    coro.send(1000)
except StopIteration as done:
    print("result:", done.value)
async def agen():
    for i in range(3):
        yield i
async def collect():
    return [x async for x in agen()]
try:
    collect().send(None)
except StopIteration as e:
    print("async comprehension:", e.value)
