# Corpus: the state pattern with one class per state and transitions returning new state objects.
class State:
    def on(self, event):
        return self
    def __repr__(self):
        return type(self).__name__
class Idle(State):
    def on(self, event):
        return {"coin": Ready()}.get(event, self)
class Ready(State):
    def on(self, event):
        return {"push": Vending(), "refund": Idle()}.get(event, self)
class Vending(State):
    def on(self, event):
        return Idle() if event == "done" else self
s = Idle()
trace = [s]
for e in ["push", "coin", "coin", "push", "refund", "done", "coin", "refund"]:
    s = s.on(e)
    trace.append(s)
print(trace)
