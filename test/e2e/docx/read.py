"""Reads a .docx with python-docx (Debian python3-docx) and prints what the
tests check as JSON: page size and margins in mm, the styles' fonts, the
paragraphs (style, text, the East Asian font of their first run), the
tables (rows of cell texts; header row repeated, rows not split)."""
import json
import sys

import docx
from docx.oxml.ns import qn


def east_asia(rpr_parent):
    rpr = rpr_parent.find(qn("w:rPr")) if rpr_parent is not None else None
    if rpr is None:
        return None
    fonts = rpr.find(qn("w:rFonts"))
    return None if fonts is None else fonts.get(qn("w:eastAsia"))


def size_pt(rpr_parent):
    rpr = rpr_parent.find(qn("w:rPr")) if rpr_parent is not None else None
    sz = None if rpr is None else rpr.find(qn("w:sz"))
    return None if sz is None else int(sz.get(qn("w:val"))) / 2


d = docx.Document(sys.argv[1])
s = d.sections[0]
mm = lambda emu: round(emu / 36000, 1)
out = {
    "page": {"width": mm(s.page_width), "height": mm(s.page_height)},
    "margins": {
        "top": mm(s.top_margin),
        "bottom": mm(s.bottom_margin),
        "left": mm(s.left_margin),
        "right": mm(s.right_margin),
    },
    "footer": "".join(
        t.text or ("#" if t.tag == qn("w:instrText") else "")
        for t in s.footer._element.iter()
        if t.tag in (qn("w:t"), qn("w:instrText"))
    ),
    "footerFields": [t.text for t in s.footer._element.iter() if t.tag == qn("w:instrText")],
    "styles": {},
    "paragraphs": [],
    "tables": [],
}
for name in ("Title", "Heading 1", "Heading 2"):
    st = d.styles[name]
    out["styles"][name] = {"eastAsia": east_asia(st.element), "size": size_pt(st.element)}
defaults = d.styles.element.find(qn("w:docDefaults"))
rpr_default = defaults.find(qn("w:rPrDefault")) if defaults is not None else None
out["styles"]["default"] = {"eastAsia": east_asia(rpr_default), "size": size_pt(rpr_default)}
ppr = defaults.find(qn("w:pPrDefault")) if defaults is not None else None
spacing = None if ppr is None else ppr.find(qn("w:pPr")).find(qn("w:spacing"))
out["styles"]["default"]["line"] = None if spacing is None else [spacing.get(qn("w:line")), spacing.get(qn("w:lineRule"))]
for p in d.paragraphs:
    if not p.text:
        continue
    first = p.runs[0]._element if p.runs else None
    out["paragraphs"].append(
        {"style": p.style.name, "text": p.text, "eastAsia": east_asia(first), "size": size_pt(first)}
    )
for t in d.tables:
    rows = []
    for r in t.rows:
        trpr = r._tr.find(qn("w:trPr"))
        rows.append(
            {
                "cells": [c.text for c in r.cells],
                "header": trpr is not None and trpr.find(qn("w:tblHeader")) is not None,
                "cantSplit": trpr is not None and trpr.find(qn("w:cantSplit")) is not None,
            }
        )
    out["tables"].append(rows)
json.dump(out, sys.stdout, ensure_ascii=False)
