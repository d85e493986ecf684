# Corpus: the csv module over io.StringIO: reader with quoting, DictReader, writer and DictWriter.
import csv, io
text = 'name,age,city\nAnn,30,"New York, NY"\nBob,25,"He said ""hi"""\n\nCy,,Paris\n'
rows = list(csv.reader(io.StringIO(text)))
print(rows)
for rec in csv.DictReader(io.StringIO(text)):
    print(dict(rec))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'q"uote', 3, None, 1.5])
w.writerows([[1, 2], ["x"]])
print(repr(out.getvalue()))
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["k", "v"], lineterminator="\n")
dw.writeheader()
dw.writerow({"k": "x", "v": 1})
print(out2.getvalue(), end="")
print(list(csv.reader(["a;b;c"], delimiter=";")), list(csv.reader(io.StringIO("x\ty\n"), dialect="excel-tab")))
