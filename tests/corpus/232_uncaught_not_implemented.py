# Corpus: a program that ends with an uncaught NotImplementedError from a base-class method.
class Exporter:
    def export(self, data):
        raise NotImplementedError("subclasses must implement export")

class CsvExporter(Exporter):
    def export(self, data):
        return ",".join(map(str, data))

class JsonExporter(Exporter):
    pass

for exporter in [CsvExporter(), JsonExporter()]:
    print(type(exporter).__name__, exporter.export([1, 2, 3]))
