#!/usr/bin/env python3
"""Rebuilds SharedResource.resx (English, keys = text) and SharedResource.zh-Hans.resx from
src/DialogueOps.Web/Resources/SharedResource.zh-Hans.tsv, the one file translators edit.
Usage: python3 scripts/resx.py"""
import pathlib
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent.parent / "src/DialogueOps.Web/Resources"
rows = []
for line in (root / "SharedResource.zh-Hans.tsv").read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.startswith("#"):
        key, value = line.split("\t", 1)
        # "\n" in the file stands for a line break (letters and emails have paragraphs).
        rows.append((key, value.replace("\\n", "\n")))
rows.sort(key=lambda r: r[0])
# Resource lookups break on keys that differ only in case ("Draft", "DRAFT"): refuse them here.
seen = {}
for key, _ in rows:
    if key.lower() in seen:
        raise SystemExit(f"keys differ only in case: {seen[key.lower()]!r} and {key!r}")
    seen[key.lower()] = key

header = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def write(name, pick):
    body = "".join(
        f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(pick(k, v))}</value></data>\n'
        for k, v in rows)
    (root / name).write_text(header + body + "</root>\n", encoding="utf-8")

write("SharedResource.resx", lambda k, v: k)
write("SharedResource.zh-Hans.resx", lambda k, v: v)
print(f"{len(rows)} strings")
