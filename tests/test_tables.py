"""Pure helpers of tables.py: entity ids and mention sources."""
from __future__ import annotations

from pipeline.tables import entity_id_for, mention_source


def test_entity_id_for_kb_and_name_keys():
    assert entity_id_for("kb:org:nato") == "org:nato"
    assert entity_id_for("kb:cldr:FR") == "cldr:FR"
    assert entity_id_for("name:PERSON:jean dupont") == entity_id_for("name:PERSON:jean dupont")
    assert entity_id_for("name:PERSON:jean dupont").startswith("person:jean-dupont-")
    assert entity_id_for("name:ORG:jean dupont") != entity_id_for("name:PERSON:jean dupont")


def test_mention_source_keeps_only_review_worthy_flags():
    assert mention_source({"source": "kb", "flags": ["gazetteer", "label_fixed:LOC->ORG"]}) == "kb"
    assert mention_source({"source": "model", "flags": ["misspelt:Poutin->Poutine"]}) == \
        "model;misspelt:Poutin->Poutine"
    assert mention_source({"flags": []}) == "model"
