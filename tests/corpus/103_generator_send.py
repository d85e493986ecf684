# Corpus: generator send(), close(), throw(): a running-average coroutine and cleanup.
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
next(avg)
print(avg.send(10), avg.send(20), avg.send(3))
def echo():
    try:
        while True:
            received = yield
            print("echo:", received)
    except GeneratorExit:
        print("closing")
    finally:
        print("cleanup")
e = echo()
next(e)
e.send("hi")
e.send("there")
e.close()
def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as err:
            print("caught", err)
c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
try:
    catcher().send(1)
except TypeError:
    print("TypeError: can't send non-None to a just-started generator")
