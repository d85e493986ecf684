# Corpus: pure path manipulation with os.path and pathlib.PurePosixPath (no file system access).
import os.path
import pathlib
print(os.path.join("a", "b", "c.txt"), os.path.join("/root", "/abs"), os.path.basename("/x/y/z.tar.gz"), os.path.dirname("/x/y/z"))
print(os.path.splitext("report.final.pdf"), os.path.split("/a/b/c"), os.path.normpath("a//b/./c/../d"), os.path.isabs("/x"))
print(os.sep, os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.relpath("/a/b/c", "/a"))
p = pathlib.PurePosixPath("/home/user/data/file.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.with_suffix(".zip"), p / "extra")
print(pathlib.PurePosixPath("a/b").joinpath("c", "d"), pathlib.PurePosixPath("/a/b").relative_to("/a"), p.match("*.gz"))
