"""Checks GitHub workflow-command annotations: each line `::error|warning|notice
file=...,line=N,col=N,endLine=N,endColumn=N,title=...::message`, with properties and the
message escaped so that the runner reads them back unchanged."""
import re
import sys

pattern = re.compile(r"^::(error|warning|notice) ((?:[a-zA-Z]+=[^,:]*)(?:,[a-zA-Z]+=[^,:]*)*)::(.*)$")
count = 0
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    m = pattern.match(line)
    assert m, f"not an annotation: {line!r}"
    props = dict(p.split("=", 1) for p in m.group(2).split(","))
    assert set(props) == {"file", "line", "col", "endLine", "endColumn", "title"}, props
    assert all(props[k].isdigit() for k in ("line", "col", "endLine", "endColumn")), props
    assert "\n" not in m.group(3) and "\r" not in m.group(3)
    count += 1
assert count > 0
print(f"GitHub annotations valid: {count}")
