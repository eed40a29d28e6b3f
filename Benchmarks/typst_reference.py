"""Writes the newly-diagnosed handout as a Typst document (same topics, A4, 12.5 pt), so the
benchmark can time Typst on comparable work. Usage: typst_reference.py CONTENT_DIR OUT.typ"""
import pathlib
import re
import sys

content, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
ids = re.findall(r"[\w-]+", (content / "collections" / "newly-diagnosed.yaml").read_text().split("topics:")[1])


def figure(line):
    """A figure line, `![alt](file "caption")`, as a Typst figure of the same size with its
    caption (Typst may not read files outside the folder of the document it compiles)."""
    found = re.match(r'!\[(.*?)\]\((\S+)(?: "(.*)")?\)\s*$', line)
    if not found:
        return None
    return f"#figure(rect(width: 60%, height: 5cm), caption: [{inline(found.group(3) or '')}])"


def inline(text):
    text = re.sub(r"\{\{[^}]*\}\}", "", text)
    text = re.sub(r"([#$@<>\\])", r"\\\1", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"*\1*", text)
    return re.sub(r"\[(.+?)\]\((.+?)\)", r'#link("\2")[\1]', text)


parts = ['#set page(paper: "a4", margin: (x: 22mm, top: 20mm, bottom: 18mm), footer: context [#h(1fr) Page #counter(page).display() of #counter(page).final().first()])',
         '#set text(size: 12.5pt, lang: "en", region: "gb")', "#set par(leading: 0.65em)", "= Newly diagnosed"]
for topic_id in ids:
    body = (content / "topics" / f"{topic_id}.md").read_text().split("---", 2)[2]
    title = re.search(r"^title: (.*)$", (content / "topics" / f"{topic_id}.md").read_text(), re.M).group(1)
    parts.append(f"= {inline(title)}")
    for line in body.splitlines():
        if line.startswith("## "):
            parts.append("== " + inline(line[3:]))
        elif figure(line):
            parts.append(figure(line))
        elif line.startswith("> "):
            parts.append("#block(fill: luma(235), inset: 8pt)[" + inline(line[2:]) + "]")
        else:
            parts.append(inline(line))
target.write_text("\n".join(parts) + "\n")
