"""Writes data/ for gradebook-shared-marks: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([["Gradebook"], ["enroll", "anil"], ["record", "anil", 70], ["record", "anil", 85],
          ["marks_of", "anil"], ["average", "anil"], ["topper"]])
t.sample([["Gradebook"], ["enroll", "bina", 90, 80], ["enroll", "chetan", 60], ["record", "chetan", 101],
          ["average", "bina"], ["average", "chetan"], ["topper"]])

t.secret("basic", [["Gradebook"], ["enroll", "x", 10, 20, 30], ["record", "x", 100], ["marks_of", "x"],
                   ["average", "x"], ["enroll", "y", 55], ["record", "y", 45], ["average", "y"], ["topper"]])
t.secret("basic", [["Gradebook"], ["topper"], ["enroll", "solo"], ["average", "solo"], ["marks_of", "solo"],
                   ["topper"], ["record", "solo", 0], ["topper"], ["average", "solo"]])
t.secret("basic", [["Gradebook"], ["enroll", "p", 1, 2], ["average", "p"], ["record", "p", 2], ["average", "p"]])

H_V = "A mark must be from 0 to 100 inclusive, a student may be enrolled only once, and an unknown student is a KeyError."
t.secret("validation", [["Gradebook"], ["enroll", "q"], ["record", "q", -1], ["record", "q", 0], ["record", "q", 100],
                        ["enroll", "q"], ["record", "zz", 50], ["marks_of", "q"]], hint=H_V)

H_S = "Enroll two students without marks, then give a mark to one of them. Does the other one change? Where is the default list created?"
t.secret("shared-default", [["Gradebook"], ["enroll", "dia"], ["enroll", "esha"], ["record", "dia", 40],
                            ["marks_of", "esha"], ["average", "esha"], ["marks_of", "dia"]], hint=H_S)
t.secret("shared-default", [["Gradebook"], ["enroll", "a"], ["enroll", "b"], ["enroll", "c", 99], ["record", "a", 50],
                            ["record", "b", 70], ["record", "b", 90], ["average", "a"], ["average", "b"],
                            ["topper"], ["marks_of", "c"]], hint=H_S)
t.secret("shared-default", [["Gradebook"], ["enroll", "first"], ["record", "first", 30], ["enroll", "late"],
                            ["marks_of", "late"], ["topper"]], hint=H_S)

H_T = "Two students with the same average: the alphabetically first wins. Students without marks are ignored."
t.secret("topper", [["Gradebook"], ["enroll", "zed", 80], ["enroll", "amy", 70, 90], ["enroll", "max", 79],
                    ["topper"], ["enroll", "bob", 100], ["topper"]], hint=H_T)
t.secret("topper", [["Gradebook"], ["enroll", "m", 5], ["enroll", "n", 5], ["topper"]], hint=H_T)

H_R = "Averages are rounded to 2 decimals; what does round() give for 2/3 of a mark?"
t.secret("rounding", [["Gradebook"], ["enroll", "r", 1, 2, 2], ["average", "r"], ["enroll", "s", 99, 100, 100],
                      ["average", "s"]], hint=H_R)
t.secret("rounding", [["Gradebook"], ["enroll", "u", 0, 0, 1], ["average", "u"]], hint=H_R)
t.write()
