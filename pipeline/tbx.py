"""TBX-Basic export of the glossary (ISO 30042:2019 TBX, TBX-Basic dialect, DCA style).

One `conceptEntry` per glossary row, with a `langSec` for French and, when an English term or
acronym is known, one for English. In each language the full form and the acronym are two
`termSec`s of the same concept (`termType` `fullForm` / `acronym`), so `Organisation de
Coopération de Shanghai` + `OCS` and `Shanghai Cooperation Organisation` + `SCO` are one entry;
an acronym row (`PIB` -> `GDP`) gets the expansions `acronyms.tsv` gives it (`produit intérieur
brut`, `gross domestic product`) as its full forms when the acronym is unambiguous and its
English agrees with the row (so a review correction is never contradicted). Every term carries a
`partOfSpeech` (`properNoun` for entities, `noun` otherwise). The row's category is the
entry's `subjectField`; the example sentence is the French term's `context`; where the
English came from (`source`, `confidence`, `status`, and `review_status` after review) is a
`note` on the English term, or on the entry when there is no English.

Written with ElementTree (always well-formed XML), rows in the given order, no timestamps:
an unchanged glossary gives identical bytes.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

TBX_NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SCHEMA_PIS = (
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/'
    'DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" '
    'schematypens="http://relaxng.org/ns/structure/1.0"?>\n'
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/'
    'DCA/TBX-Basic_DCA.sch" type="application/xml" '
    'schematypens="http://purl.oclc.org/dsdl/schematron"?>\n')
TERM_CATEGORIES = frozenset({"term", "acronym"})


def _term_sec(lang_sec, term: str, pos: str, term_type: str | None):
    sec = ET.SubElement(lang_sec, "termSec")
    ET.SubElement(sec, "term").text = term
    ET.SubElement(sec, "termNote", type="partOfSpeech").text = pos
    if term_type:
        ET.SubElement(sec, "termNote", type="termType").text = term_type
    return sec


def _lang_sec(entry, lang: str, full: str | None, acronym: str | None, pos: str) -> list:
    """The termSecs of one language: full form and/or acronym (None when both are empty)."""
    if not full and not acronym:
        return []
    sec = ET.SubElement(entry, "langSec", {XML_LANG: lang})
    if full and acronym and full != acronym:
        return [_term_sec(sec, full, pos, "fullForm"), _term_sec(sec, acronym, pos, "acronym")]
    if acronym:
        return [_term_sec(sec, acronym, pos, "acronym")]
    return [_term_sec(sec, full, pos, None)]


def provenance(row: dict) -> str:
    """The provenance note: `source: termbase; confidence: 0.95; status: ok`."""
    parts = [f"source: {row.get('source') or 'none'}", f"confidence: {row.get('confidence')}",
             f"status: {row.get('status')}"]
    if row.get("review_status") not in (None, "", "unreviewed"):
        parts.append(f"review_status: {row['review_status']}")
    return "; ".join(parts)


def _expansion(row: dict):
    """The `acronyms.tsv` sense of an acronym row (unambiguous acronyms only), else None:
    its expansions become the `fullForm` terms of the entry."""
    if row.get("category") != "acronym" or row["term_fr"] != row.get("acronym_fr"):
        return None
    from .glossary_english import lookup_acronym

    entry = lookup_acronym(row["term_fr"])
    english = row.get("acronym_en") or row.get("term_en")
    if entry is None or english not in (entry.acronym_en or None, entry.expansion_en):
        return None
    return entry


def _concept(body, n: int, row: dict) -> None:
    entry = ET.SubElement(body, "conceptEntry", id=f"c{n}")
    if row.get("category"):
        ET.SubElement(entry, "descrip", type="subjectField").text = row["category"]
    pos = "noun" if row.get("category") in TERM_CATEGORIES else "properNoun"
    acronym_fr = row.get("acronym_fr")
    full_fr = None if row["term_fr"] == acronym_fr else row["term_fr"]
    term_en, acronym_en = row.get("term_en"), row.get("acronym_en")
    full_en = None if term_en == acronym_en else term_en
    expansion = _expansion(row)
    if expansion is not None:
        full_fr = full_fr or expansion.expansion_fr
        full_en = full_en or (expansion.expansion_en if term_en == acronym_en else None)
    french = _lang_sec(entry, "fr", full_fr, acronym_fr, pos)
    if row.get("example"):  # the context of the term as written
        written = [sec for sec in french if sec.findtext("term") == row["term_fr"]] or french
        ET.SubElement(written[0], "descrip", type="context").text = row["example"]
    english = _lang_sec(entry, "en", full_en, acronym_en, pos)
    note = ET.Element("note")
    note.text = provenance(row)
    if english:
        english[0].append(note)
    else:  # entry-level notes come before the langSecs
        entry.insert(1 if row.get("category") else 0, note)


def glossary_to_tbx(rows: list[dict]) -> str:
    """The glossary rows as a TBX-Basic document (a string, XML declaration included)."""
    root = ET.Element("tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en",
                              "xmlns": TBX_NS})
    file_desc = ET.SubElement(ET.SubElement(root, "tbxHeader"), "fileDesc")
    ET.SubElement(ET.SubElement(file_desc, "titleStmt"), "title").text = "passerelle glossary"
    ET.SubElement(ET.SubElement(file_desc, "sourceDesc"), "p").text = (
        "French -> English glossary extracted by passerelle")
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for n, row in enumerate(rows, start=1):
        _concept(body, n, row)
    ET.indent(root, space=" ")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + SCHEMA_PIS
            + ET.tostring(root, encoding="unicode") + "\n")
