#!/usr/bin/env python3
"""Turn a handout PDF into the floor program's input: its lines, already broken and placed.

Reads `pdftotext -bbox-layout` output and prints one line of text a row, tab-separated:
page number, x, baseline y, font size, bold (1 for headings), text. The floor program then only
shapes and draws these lines, with no layout of its own.
"""
import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ASCENT_PLUS_DESCENT = 1.24  # Atkinson Hyperlegible: the line box pdftotext reports, in ems


def main(pdf: str) -> None:
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True,
                           capture_output=True, text=True).stdout
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", xhtml)
    root = ET.fromstring(xhtml)
    ns = {"x": "http://www.w3.org/1999/xhtml"}
    pages = root.findall(".//x:page", ns)
    body = None
    rows = []
    for number, page in enumerate(pages, start=1):
        for line in page.findall(".//x:line", ns):
            words = [w.text or "" for w in line.findall("x:word", ns)]
            y_min, y_max = float(line.get("yMin")), float(line.get("yMax"))
            size = round((y_max - y_min) / ASCENT_PLUS_DESCENT, 2)
            rows.append((number, float(line.get("xMin")), y_max - 0.24 * size, size, " ".join(words)))
    sizes = sorted(r[3] for r in rows)
    body = sizes[len(sizes) // 2]
    for number, x, baseline, size, text in rows:
        bold = 1 if size > body * 1.1 else 0
        print(f"{number}\t{x:.2f}\t{baseline:.2f}\t{size}\t{bold}\t{html.unescape(text)}")


if __name__ == "__main__":
    main(sys.argv[1])
