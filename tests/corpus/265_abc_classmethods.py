# Corpus: abc with abstract class methods and static methods, and registering virtual subclasses.
from abc import ABC, abstractmethod

class Parser(ABC):
    @classmethod
    @abstractmethod
    def extensions(cls):
        ...
    @staticmethod
    @abstractmethod
    def parse(text):
        ...
    @classmethod
    def can_handle(cls, filename):
        return any(filename.endswith(e) for e in cls.extensions())

class CsvParser(Parser):
    @classmethod
    def extensions(cls):
        return (".csv", ".tsv")
    @staticmethod
    def parse(text):
        return [line.split(",") for line in text.splitlines()]

print(CsvParser.can_handle("data.csv"), CsvParser.can_handle("x.json"), CsvParser.parse("a,b\nc,d"))
try:
    Parser()
except TypeError:
    print("TypeError: abstract")
class Duck:
    def parse(self):
        return "quack"
Parser.register(Duck)
print(isinstance(Duck(), Parser), issubclass(Duck, Parser), Duck.__mro__[1].__name__)
