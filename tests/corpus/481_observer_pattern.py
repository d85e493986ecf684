# Corpus: the observer pattern with subscriber lists, unsubscribe during notify, and ordered delivery.
class Subject:
    def __init__(self):
        self._observers = []
    def attach(self, obs):
        if obs not in self._observers:
            self._observers.append(obs)
    def detach(self, obs):
        self._observers.remove(obs)
    def notify(self, event):
        for obs in list(self._observers):
            obs.update(self, event)
class Logger:
    def __init__(self, name, once=False):
        self.name, self.once, self.seen = name, once, []
    def update(self, subject, event):
        self.seen.append(event)
        print(f"{self.name} got {event}")
        if self.once:
            subject.detach(self)
s = Subject()
a, b = Logger("a"), Logger("b", once=True)
s.attach(a); s.attach(b); s.attach(a)
s.notify("start")
s.notify("stop")
print(a.seen, b.seen, len(s._observers))
