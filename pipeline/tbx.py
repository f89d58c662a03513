"""TBX-Basic export of the glossary (ISO 30042:2019, TBX-Basic dialect, DCA style).

One `conceptEntry` per glossary row; a `langSec` for French and, when an English term is known,
one for English. An acronym is a second `termSec` of its language with `termType = acronym`
(the full form has `termType = fullForm`). Provenance goes in notes: `source`, `confidence`,
`status`; the example sentence is the French term's `context`. Written with ElementTree, so the
file is always well-formed XML.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _term_sec(parent, term: str, term_type: str | None = None):
    sec = ET.SubElement(parent, "termSec")
    ET.SubElement(sec, "term").text = term
    if term_type:
        ET.SubElement(sec, "termNote", type="termType").text = term_type
    return sec


def _lang_sec(entry, lang: str, full: str | None, acronym: str | None):
    sec = ET.SubElement(entry, "langSec", {XML_LANG: lang})
    first = None
    if full and full != acronym:
        first = _term_sec(sec, full, "fullForm" if acronym else None)
    if acronym:
        acro = _term_sec(sec, acronym, "acronym")
        first = first or acro
    return first


def glossary_to_tbx(rows: list[dict]) -> str:
    """The glossary rows as a TBX-Basic document (a string, XML declaration included)."""
    ET.register_namespace("", TBX_NS)
    root = ET.Element("tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en", "xmlns": TBX_NS})
    header = ET.SubElement(ET.SubElement(root, "tbxHeader"), "fileDesc")
    ET.SubElement(ET.SubElement(header, "sourceDesc"), "p").text = "passerelle glossary (French -> English)"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for n, row in enumerate(rows, start=1):
        entry = ET.SubElement(body, "conceptEntry", id=f"c{n}")
        if row.get("category"):
            ET.SubElement(entry, "descrip", type="subjectField").text = row["category"]
        acronym_fr = row.get("acronym_fr")
        fr = _lang_sec(entry, "fr", row["term_fr"], acronym_fr)
        if fr is not None and row.get("example"):
            ET.SubElement(fr, "descrip", type="context").text = row["example"]
        if row.get("term_en") or row.get("acronym_en"):
            full_en = row.get("term_en")
            acronym_en = row.get("acronym_en")
            en = _lang_sec(entry, "en", full_en if full_en != acronym_en or not acronym_fr else None, acronym_en)
            if en is not None:
                ET.SubElement(en, "note").text = (f"source: {row.get('source')}; "
                                                  f"confidence: {row.get('confidence')}; status: {row.get('status')}")
        else:
            ET.SubElement(entry, "note").text = f"status: {row.get('status')}; no trustworthy English"
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
