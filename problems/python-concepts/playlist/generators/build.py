"""Writes data/ for playlist: python3 generators/build.py"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tools"))
from testkit import Tests  # noqa: E402

t = Tests(__file__)
t.sample([["Playlist", "Road Trip", ["Kesariya", "Tum Hi Ho"]], ["add", "Zinda"], ["__len__"],
          ["__getitem__", 0], ["__getitem__", 2], ["__repr__"]])
t.sample([["Playlist", "Gym"], ["__len__"], ["add", "Zinda"], ["__contains__", "Zinda"],
          ["__contains__", "Kesariya"], ["__setitem__", 0, "Malang"], ["__getitem__", 0]])

songs = ["Jai Ho", "Chaiyya Chaiyya", "Kun Faya Kun", "Ilahi", "Agar Tum Saath Ho"]
t.secret("basic", [["Playlist", "Classics", songs], ["__len__"], ["add", "Jai Ho"], ["__len__"],
                   ["__getitem__", 5], ["__setitem__", 1, "Dil Se"], ["__getitem__", 1], ["remove", "Jai Ho"],
                   ["__getitem__", 0], ["__getitem__", 4], ["__len__"], ["__repr__"]])
t.secret("basic", [["Playlist", "Study", ["Lofi 1", "Lofi 2", "Lofi 3", "Lofi 4"]], ["remove", "Lofi 1"],
                   ["remove", "Lofi 4"], ["__len__"], ["__contains__", "Lofi 4"], ["__contains__", "Lofi 2"],
                   ["__getitem__", 1], ["__repr__"]])

H_NEG = "p[-1] is the last song, as for a Python list. Does your __getitem__ accept negative indices?"
t.secret("negative-index", [["Playlist", "Mix", ["A", "B", "C", "D"]], ["__getitem__", -1], ["__getitem__", -4],
                            ["__setitem__", -2, "X"], ["__getitem__", 2], ["__getitem__", -3]], hint=H_NEG)
t.secret("negative-index", [["Playlist", "Solo", ["Only"]], ["__getitem__", -1], ["add", "Two"],
                            ["__getitem__", -1], ["__getitem__", -2]], hint=H_NEG)

H_OUT = "What does a Python list do for an index equal to its length, or one step before -len? Does your playlist do the same?"
t.secret("out-of-range", [["Playlist", "Mix", ["A", "B", "C"]], ["__getitem__", 3], ["__getitem__", -4],
                          ["__getitem__", 2], ["__setitem__", 3, "Z"], ["__getitem__", 0]], hint=H_OUT)
t.secret("out-of-range", [["Playlist", "Empty"], ["__getitem__", 0], ["__getitem__", -1], ["__len__"]], hint=H_OUT)
t.secret("out-of-range", [["Playlist", "Mix", ["A", "B"]], ["__getitem__", 7], ["__setitem__", -3, "Q"],
                          ["__getitem__", 1]], hint=H_OUT)

H_IN = "Two titles that differ only in capital letters or outer spaces are the same song here."
t.secret("contains", [["Playlist", "Hits", ["Tum Hi Ho", "Kesariya"]], ["__contains__", " tum hi ho "],
                      ["__contains__", "KESARIYA"], ["__contains__", "Kesari"], ["__contains__", "Tum  Hi Ho"]], hint=H_IN)
t.secret("contains", [["Playlist", "Hits", ["  Zinda  "]], ["__contains__", "zinda"], ["remove", "ZINDA"],
                      ["__contains__", "Zinda"], ["__len__"]], hint=H_IN)

H_REPR = "Read the repr format again: what about a playlist with exactly one song, and a name that contains a quote?"
t.secret("repr", [["Playlist", "Solo", ["Only"]], ["__repr__"], ["add", "Two"], ["__repr__"]], hint=H_REPR)
t.secret("repr", [["Playlist", "Rock 'n' Roll"], ["__repr__"], ["add", "One"], ["__repr__"]], hint=H_REPR)

H_RM = "remove() deletes only the first matching song; what must it do when nothing matches?"
t.secret("remove", [["Playlist", "Dup", ["Ilahi", "Dil Se", "Ilahi"]], ["remove", "Ilahi"], ["__len__"],
                    ["__getitem__", 0], ["__getitem__", 1], ["remove", "Nope"], ["__len__"]], hint=H_RM)
t.secret("remove", [["Playlist", "Empty"], ["remove", "Anything"], ["__len__"]], hint=H_RM)
t.write()
