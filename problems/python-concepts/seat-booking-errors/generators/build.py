"""Writes data/ for seat-booking-errors: python3 generators/build.py"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402


def expect_parents(mapping):
    """Replaces specific exception names in an answer by the parent class the test asks for."""
    def fix(ans):
        results = json.loads(ans)
        out = [{"$raises": mapping[r["$raises"]]} if isinstance(r, dict) and r.get("$raises") in mapping else r
               for r in results]
        return "[" + ", ".join(json.dumps(r) for r in out) + "]\n"
    return fix


t = Tests(__file__)
t.sample([["Theatre", 3, 10], ["book", "asha", "b4"], ["book", "ravi", "B4"], ["book", "ravi", "D1"],
          ["seats_of", "asha"], ["free_count"]])
t.sample([["Theatre", 2, 12, 2], ["book_many", "dev", ["A3", "a2"]], ["seats_of", "dev"],
          ["book", "dev", "B1"], ["cancel", "dev", "A3"], ["book", "dev", "B1"], ["seats_of", "dev"]])

t.secret("basic", [["Theatre", 5, 20], ["book", "meena", "E20"], ["book", "meena", "a1"], ["book", "kiran", "C5"],
                   ["free_count"], ["cancel", "meena", "e20"], ["free_count"], ["seats_of", "meena"],
                   ["seats_of", "kiran"], ["seats_of", "nobody"]])
t.secret("basic", [["Theatre", 1, 1, 1], ["book", "x", "A1"], ["free_count"], ["book", "y", "a1"],
                   ["cancel", "x", "A1"], ["book", "y", "a1"], ["seats_of", "y"]])

H_V = "Check every way a seat code can be wrong: letter and number swapped, no number, a leading zero, seat 0, a row or number past the hall."
t.secret("invalid-seat", [["Theatre", 3, 9], ["book", "a", "7C"], ["book", "a", "C"], ["book", "a", "C07"],
                          ["book", "a", "C0"], ["book", "a", "C10"], ["book", "a", "D1"], ["book", "a", ""],
                          ["book", "a", "C9"], ["free_count"]], hint=H_V)
t.secret("invalid-seat", [["Theatre", 26, 99], ["book", "z", "Z99"], ["book", "z", "z100"], ["book", "z", "AA1"],
                          ["book", "z", "A-1"], ["cancel", "z", "?1"], ["seats_of", "z"]], hint=H_V)

H_L = "A limit of 2 means a customer may hold 2 seats, not 3. Does cancelling free up room under the limit?"
t.secret("limit", [["Theatre", 2, 5, 2], ["book", "om", "A1"], ["book", "om", "A2"], ["book", "om", "A3"],
                   ["book", "lata", "A3"], ["cancel", "om", "A1"], ["book", "om", "A3"], ["book", "om", "B1"],
                   ["seats_of", "om"]], hint=H_L)
t.secret("limit", [["Theatre", 2, 5, 1], ["book", "om", "B5"], ["book", "om", "B5"], ["book", "om", "B4"],
                   ["free_count"]], hint=H_L)

H_A = "If the third seat of book_many fails, what happens to the first two? Nothing from a failed call may stay booked."
t.secret("all-or-nothing", [["Theatre", 2, 4], ["book", "ravi", "B2"], ["book_many", "asha", ["A1", "A2", "B2", "B3"]],
                            ["seats_of", "asha"], ["free_count"], ["book_many", "asha", ["A1", "A2"]],
                            ["seats_of", "asha"]], hint=H_A)
t.secret("all-or-nothing", [["Theatre", 1, 6, 3], ["book_many", "dev", ["A1", "a2", "A1"]], ["free_count"],
                            ["book_many", "dev", ["A1", "A2", "A3", "A4"]], ["seats_of", "dev"],
                            ["book_many", "dev", ["A1", "X9"]], ["free_count"]], hint=H_A)
t.secret("all-or-nothing", [["Theatre", 1, 3], ["book_many", "solo", []], ["book_many", "solo", ["A3", "A0"]],
                            ["seats_of", "solo"]], hint=H_A)

H_H = "Code that catches ValueError or KeyError must still catch your exceptions. Which parent classes did you give them?"
t.secret("hierarchy", [["Theatre", 2, 2], ["book", "a", "Q1"], ["book", "a", "A1"], ["cancel", "b", "A1"],
                       ["cancel", "a", "B2"]],
         hint=H_H, fix=expect_parents({"InvalidSeat": "ValueError", "NotBooked": "KeyError"}))
t.secret("hierarchy", [["Theatre", 2, 2, 1], ["book", "a", "A1"], ["book", "b", "A1"], ["book", "a", "A2"],
                       ["book", "a", "B9"], ["cancel", "a", "B1"]],
         hint=H_H, fix=expect_parents({"SeatUnavailable": "BookingError", "LimitExceeded": "BookingError",
                                       "InvalidSeat": "BookingError", "NotBooked": "LookupError"}))

H_S = "Seat numbers are numbers: should A10 come before A2?"
t.secret("ordering", [["Theatre", 3, 12, 10], ["book_many", "fam", ["B11", "A10", "B2", "A9", "C1", "A1"]],
                      ["seats_of", "fam"]], hint=H_S)
t.write()
