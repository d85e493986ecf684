"""Writes data/ for payroll: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([["Payroll"], ["hire", "salaried", "anu", 30000], ["hire", "hourly", "bala", 200],
          ["log_hours", "bala", 100], ["hire", "commission", "chitra", 10000, 5],
          ["record_sale", "chitra", 150000], ["pay", "bala"], ["pay", "chitra"], ["top_earners", 2]])
t.sample([["Payroll"], ["hire", "manager", "dev", 50000], ["hire", "salaried", "esha", 25000],
          ["add_report", "dev", "esha"], ["log_hours", "esha", 8], ["add_report", "esha", "dev"], ["pay", "esha"]])

t.secret("basic", [["Payroll"], ["hire", "commission", "raj", 0, 7], ["record_sale", "raj", 999],
                   ["record_sale", "raj", 1], ["pay", "raj"], ["hire", "hourly", "sam", 0], ["log_hours", "sam", 300],
                   ["pay", "sam"], ["hire", "salaried", "tia", 1], ["top_earners", 5]])
t.secret("basic", [["Payroll"], ["top_earners", 3], ["end_month"], ["hire", "salaried", "u", 5], ["end_month"],
                   ["end_month"]])

H_O = "Only the hours beyond 160 earn time-and-a-half; the first 160 hours are paid at the normal rate."
t.secret("overtime", [["Payroll"], ["hire", "hourly", "ira", 100], ["log_hours", "ira", 150], ["log_hours", "ira", 20],
                      ["pay", "ira"]], hint=H_O)
t.secret("overtime", [["Payroll"], ["hire", "hourly", "jai", 333], ["log_hours", "jai", 161], ["pay", "jai"],
                      ["log_hours", "jai", 2], ["pay", "jai"]], hint=H_O)
t.secret("overtime", [["Payroll"], ["hire", "hourly", "kay", 50], ["log_hours", "kay", 160], ["pay", "kay"]], hint=H_O)

H_M = "A manager is a salaried employee plus a bonus. Does Manager.pay() build on the salary with super()?"
t.secret("manager", [["Payroll"], ["hire", "manager", "meera", 80000], ["hire", "hourly", "n1", 100],
                     ["hire", "commission", "n2", 5000, 10], ["add_report", "meera", "n1"],
                     ["add_report", "meera", "n2"], ["add_report", "meera", "n1"], ["pay", "meera"]], hint=H_M)
t.secret("manager", [["Payroll"], ["hire", "manager", "boss", 40000], ["pay", "boss"],
                     ["hire", "manager", "big", 90000], ["add_report", "big", "boss"], ["pay", "big"],
                     ["add_report", "boss", "nobody"]], hint=H_M)

H_T = "Which methods make sense for which kind? The wrong kind must raise TypeError, and so must a report added to a non-manager."
t.secret("wrong-kind", [["Payroll"], ["hire", "salaried", "a", 100], ["hire", "hourly", "b", 10],
                        ["record_sale", "a", 50], ["record_sale", "b", 50], ["add_report", "b", "a"],
                        ["log_hours", "b", 1], ["pay", "b"]], hint=H_T)
t.secret("wrong-kind", [["Payroll"], ["hire", "commission", "c", 10, 10], ["log_hours", "c", 5],
                        ["hire", "manager", "m", 10], ["log_hours", "m", 5], ["record_sale", "m", 5], ["pay", "c"]],
         hint=H_T)

H_E = "Check hire() with an unknown kind or a repeated name, and every method with a name that was never hired."
t.secret("errors", [["Payroll"], ["hire", "intern", "x", 100], ["hire", "salaried", "x", 100],
                    ["hire", "hourly", "x", 10], ["pay", "y"], ["log_hours", "y", 3], ["pay", "x"]], hint=H_E)

H_S = "Two employees with the same pay: who comes first? Sorting on pay alone keeps hiring order."
t.secret("ties", [["Payroll"], ["hire", "salaried", "zara", 500], ["hire", "salaried", "yash", 500],
                  ["hire", "hourly", "xena", 5], ["log_hours", "xena", 100], ["hire", "salaried", "amit", 100],
                  ["top_earners", 3], ["top_earners", 10]], hint=H_S)

H_N = "After end_month(), a new month starts: which amounts go back to zero, and which stay?"
t.secret("new-month", [["Payroll"], ["hire", "hourly", "h", 10], ["hire", "commission", "c", 1000, 50],
                       ["hire", "salaried", "s", 100], ["log_hours", "h", 120], ["record_sale", "c", 10],
                       ["end_month"], ["pay", "h"], ["pay", "c"], ["pay", "s"], ["log_hours", "h", 1],
                       ["end_month"]], hint=H_N)
t.write()
