"""Dates extractor: pure normaliser tables, the example corpus (tests/examples/dates.toml), the
overlap policy, anchors, the spaCy component on a blank pipeline, and a few model checks."""
from __future__ import annotations

import tomllib
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from pipeline.extractors import dates
from pipeline.extractors.temporal import calendar as cal
from pipeline.extractors.temporal import lexicon, numwords
from pipeline.extractors.temporal.reading import fix_year
from pipeline.extractors.temporal.resolve import _merge_value, parse_anchor

EXAMPLES = tomllib.loads((Path(__file__).parent / "examples" / "dates.toml").read_text("utf-8"))
FIELDS = ("kind", "value", "earliest", "latest", "granularity", "modifier", "text_en", "flags")


def _claimed(text: str, spans: list[str]) -> list[tuple[int, int]]:
    out = []
    for span in spans:
        start = text.index(span)
        out.append((start, start + len(span)))
    return out


def _check_fields(row: dict, expected: dict) -> None:
    for field in FIELDS:
        if field in expected:
            want = expected[field]
            want = None if want == "" else want
            assert row[field] == want, (field, row)
    if "anchor_used" in expected:
        assert row["anchor"] == (expected["anchor_used"] or None), row
    if "text_en_any" in expected:
        assert row["text_en"] in expected["text_en_any"], row


def _xfail(case: dict):
    marks = [pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else []
    return marks


FORM_CASES = [pytest.param(case, text, marks=_xfail(case), id=f"{text}@{case.get('anchor')}")
              for case in EXAMPLES["forms"] for text in case["texts"]]


@pytest.mark.parametrize(("case", "text"), FORM_CASES)
def test_forms(case: dict, text: str) -> None:
    """One row spanning the text, or the text minus its leading preposition."""
    rows = dates.extract(text, anchor=case.get("anchor"))
    assert len(rows) == 1, rows
    row = rows[0]
    prefix = lexicon.fold(text[:row["start"]])
    assert row["end"] == len(text) and (prefix == "" or prefix in lexicon.table("prepositions")), row
    _check_fields(row, case)


@pytest.mark.parametrize("case", [pytest.param(c, marks=_xfail(c), id=c["text"][:50])
                                  for c in EXAMPLES["in_context"]])
def test_in_context(case: dict) -> None:
    text = case["text"]
    rows = dates.extract(text, anchor=case.get("anchor"), claimed=_claimed(text, case.get("claimed", [])))
    assert [r["text"] for r in rows] == [e["text"] for e in case["rows"]], rows
    for row, expected in zip(rows, case["rows"]):
        start = -1
        for _ in range(expected.get("occurrence", 1)):
            start = text.index(expected["text"], start + 1)
        assert (row["start"], row["end"]) == (start, start + len(expected["text"]))
        assert text[row["start"]:row["end"]] == row["text"]
        _check_fields(row, expected)


@pytest.mark.parametrize("case", [pytest.param(c, marks=_xfail(c), id=c["text"][:50])
                                  for c in EXAMPLES["negative"]])
def test_negatives(case: dict) -> None:
    text = case["text"]
    rows = dates.extract(text, anchor=case.get("anchor"), claimed=_claimed(text, case.get("claimed", [])))
    assert rows == []


# ------------------------------------------------------------------ pure normalisers

@pytest.mark.parametrize(("raw", "anchor", "expected"), [
    ("2024", 2025, (2024, [])),
    ("98", 1999, (1998, [])),
    ("74", 2013, (1974, [])),
    ("30", 2025, (2030, [])),
    ("42023", 2023, (2023, ["year_out_of_range:42023->2023"])),
    ("20245", 2025, (2025, ["year_out_of_range:20245->2025"])),
    ("20245", 2024, (2024, ["year_out_of_range:20245->2024"])),
    ("20205", 2025, (2025, ["year_out_of_range:20205->2025"])),
    ("99999", 2025, (None, ["year_out_of_range:99999"])),
    ("12345", 2025, (None, ["year_out_of_range:12345"])),  # 1345 is no plausible fix
])
def test_fix_year(raw: str, anchor: int, expected: tuple) -> None:
    assert fix_year(raw, anchor) == expected


@pytest.mark.parametrize(("point", "value", "bounds"), [
    (cal.Point("month", 2024, 11), "2024-11", ("2024-11-01", "2024-11-30")),
    (cal.Point("week", 2024, week=22), "2024-W22", ("2024-05-27", "2024-06-02")),
    (cal.Point("weekend", 2024, week=22), "2024-W22-WE", ("2024-06-01", "2024-06-02")),
    (cal.Point("quarter", 2024, quarter=1), "2024-Q1", ("2024-01-01", "2024-03-31")),
    (cal.Point("half", 2024, half=2), "2024-H2", ("2024-07-01", "2024-12-31")),
    (cal.Point("season", 2024, season="SU"), "2024-SU", ("2024-06-21", "2024-09-22")),
    (cal.Point("decade", decade=199), "199", ("1990-01-01", "1999-12-31")),
    (cal.Point("century", century=18), "18", ("1800-01-01", "1899-12-31")),
    (cal.Point("month", None, 3), "XXXX-03", None),
    (cal.Point("weekday", weekday=3), "XXXX-WXX-3", None),
    (cal.Point("pod", 1999, 5, 23, pod="EV"), "1999-05-23TEV", ("1999-05-23", "1999-05-23")),
    (cal.Point("minute", 1999, 5, 23, hour=14, minute=30), "1999-05-23T14:30", ("1999-05-23", "1999-05-23")),
])
def test_timex_and_bounds(point: cal.Point, value: str, bounds) -> None:
    assert cal.timex(point) == value
    got = cal.bounds(point)
    assert (None if got is None else (got[0].isoformat(), got[1].isoformat())) == bounds


@pytest.mark.parametrize(("part", "expected"), [
    ("start", ("2023-01-01", "2023-04-30")),
    ("mid", ("2023-05-01", "2023-08-31")),
    ("end", ("2023-09-01", "2023-12-31")),
    (None, ("2023-01-01", "2023-12-31")),
])
def test_narrow_year(part, expected) -> None:
    lo, hi = cal.narrow(date(2023, 1, 1), date(2023, 12, 31), part)
    assert (lo.isoformat(), hi.isoformat()) == expected


def test_narrow_short_span_is_kept() -> None:
    assert cal.narrow(date(2023, 1, 1), date(2023, 1, 1), "mid") == (date(2023, 1, 1), date(2023, 1, 1))


@pytest.mark.parametrize(("year", "expected"), [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)),
                                                (1999, date(1999, 4, 4))])
def test_easter(year: int, expected: date) -> None:
    assert cal.easter(year) == expected


@pytest.mark.parametrize(("rule", "year", "expected"), [
    ("12-25", 2024, date(2024, 12, 25)), ("E+49", 2025, date(2025, 6, 8)),
    ("11-W4-4", 2024, date(2024, 11, 28)), ("05-W-1-7", 2025, date(2025, 5, 25)),
])
def test_holiday_rules(rule: str, year: int, expected: date) -> None:
    assert cal.holiday_date(rule, year) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("deux", 2), ("vingt-trois", 23), ("vingt et un", 21), ("soixante-dix", 70),
    ("quatre-vingt-dix-neuf", 99), ("quatre-vingts", 80), ("deux cents", 200),
    ("cent vingt", 120), ("deux trois", None), ("trois quatre", None), ("bonjour", None),
])
def test_parse_words(text: str, expected) -> None:
    assert numwords.parse_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), [("XIX", 19), ("XXI", 21), ("IV", 4), ("ABC", None)])
def test_parse_roman(text: str, expected) -> None:
    assert numwords.parse_roman(text) == expected


@pytest.mark.parametrize(("a", "b", "merged"), [
    ("2025-04-30", "2025-05-30", "2025-XX-XX"),
    ("2024-11", "2025-11", "XXXX-XX"),
    ("2025-05-01T22:00", "2025-05-31T22:00", "2025-05-XXT22:00"),
    ("2024", "2024", "2024"),
])
def test_merge_values(a: str, b: str, merged: str) -> None:
    assert _merge_value(a, b) == merged


@pytest.mark.parametrize(("text", "expected"), [
    ("2025", ("2025", "2025-01-01", "2025-12-31")),
    ("2025-05", ("2025-05", "2025-05-01", "2025-05-31")),
    ("2025-05-12", ("2025-05-12", "2025-05-12", "2025-05-12")),
    ("2025-05-12T10:00:00", ("2025-05-12", "2025-05-12", "2025-05-12")),
])
def test_parse_anchor(text: str, expected) -> None:
    anchor = parse_anchor(text)
    assert (anchor.iso, anchor.first.isoformat(), anchor.last.isoformat()) == expected


def test_parse_anchor_none() -> None:
    assert parse_anchor(None) is None
    assert parse_anchor("mai 2025") is None
    assert parse_anchor("2025-02-30") is None
    assert parse_anchor("2025-13") is None


def test_invalid_dates_are_not_used_as_inferred_anchor() -> None:
    rows = dates.extract("Le 30 février 2016, rien ; le 3 mars 2015, la loi. Hier, un vote.")
    assert [(r["text"], r["value"], r["anchor"]) for r in rows] == [
        ("Le 30 février 2016", "2016-02-30", None), ("le 3 mars 2015", "2015-03-03", None),
        ("Hier", "2015-03-02", "2015-03-03")]


# ------------------------------------------------------------------ overlap policy

def test_claimed_characters_drop_the_whole_candidate() -> None:
    text = "En 2024, 2 024 tonnes."
    rows = dates.extract(text, anchor="2025-05-12", claimed=[(3, 7)])
    assert rows == []


def test_longest_candidate_wins() -> None:
    rows = dates.extract("Le forum (29-30 mai 2025) a eu lieu.", anchor="2025-05-12")
    assert [(r["text"], r["kind"]) for r in rows] == [("29-30 mai 2025", "interval")]


def test_rejected_candidate_blocks_nothing() -> None:
    rows = dates.extract("Il a été réélu en mai 2024.", anchor="2025-05-12")
    assert [(r["text"], r["value"]) for r in rows] == [("mai 2024", "2024-05")]


def test_rows_never_overlap() -> None:
    text = ("Du 12 au 14 mars 2024, puis entre 2019 et 2022, la semaine prochaine, les trois "
            "dernières années, hier soir à 22 h, deux semaines, chaque année.")
    rows = dates.extract(text, anchor="2025-05-12")
    spans = sorted((r["start"], r["end"]) for r in rows)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
    assert [r["text"] for r in rows] == [
        "Du 12 au 14 mars 2024", "entre 2019 et 2022", "la semaine prochaine",
        "les trois dernières années", "hier soir", "22 h", "deux semaines", "chaque année"]


def test_every_row_has_every_column_and_exact_offsets() -> None:
    text = "Depuis 2005, le pays a attiré des investissements ; en novembre 2024, il a signé."
    for row in dates.extract(text, anchor="2025-05"):
        assert set(row) == {"text", "start", "end", "kind", "value", "earliest", "latest",
                            "granularity", "modifier", "anchor", "text_en", "flags"}
        assert text[row["start"]:row["end"]] == row["text"]
        assert isinstance(row["flags"], list)


def test_long_tail_numeric_date_goes_through_dateparser() -> None:
    from pipeline.extractors.temporal import fallback

    fallback.parse.cache_clear()
    rows = dates.extract("Le dossier du 2015/08/12 et celui du 3.14.2020.", anchor="2016-11-07")
    assert [(r["text"], r["value"]) for r in rows] == [("2015/08/12", "2015-08-12")]
    assert fallback.parse.cache_info().misses == 2  # both asked, the month-first one refused


def test_weekday_and_day_number_pick_the_month_where_they_agree() -> None:
    rows = dates.extract("Le match aura lieu jeudi 15.", anchor="2013-02-12")
    assert [(r["text"], r["value"]) for r in rows] == [("jeudi 15", "2012-11-15")]  # nearest, no tense


def test_never_todays_date_without_anchor() -> None:
    rows = dates.extract("Demain, il pleuvra ; la semaine prochaine aussi.")
    assert [r["value"] for r in rows] == ["XXXX-XX-XX", "XXXX-WXX"]


# ------------------------------------------------------------------ data files

@pytest.mark.parametrize("name", ["months", "weekdays", "numbers", "ordinals", "units", "unit_names",
                                  "prepositions", "quantifiers", "vague_quantities", "approx_counts",
                                  "relative_words", "parts_of_day", "seasons", "deictic_days",
                                  "parts_of_period", "holidays", "vague", "year_cues",
                                  "year_followers", "count_words", "age_nouns", "duration_nouns",
                                  "set_words", "period_nouns", "stative_verbs", "future_verbs",
                                  "etre_verbs", "event_days", "offset_words", "avoir_forms",
                                  "publication_nouns", "event_nouns", "fraction_cues",
                                  "numeric_idioms", "temporal_adjectives"])
def test_lexicon_rows_are_nfc_and_unique(name: str) -> None:
    forms = [lexicon.fold(row[0]) for row in lexicon.rows(name)]
    assert all(unicodedata.is_normalized("NFC", row[0]) for row in lexicon.rows(name))
    assert len(forms) == len(set(forms)), [f for f in forms if forms.count(f) > 1]


def test_lexicon_codes_are_known() -> None:
    units = {cells[0] for cells in lexicon.table("units").values()}
    assert units <= {k.upper() for k in lexicon.table("unit_names")}
    assert {c[0] for c in lexicon.table("parts_of_day").values()} <= {"MO", "AF", "EV", "NI", "DT"}
    assert {c[0] for c in lexicon.table("vague").values()} == {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
    assert {c[0] for c in lexicon.table("prepositions").values()} <= {
        "-", "since", "by", "from", "before", "after", "approx", "until"}
    assert all(1 <= int(c[0]) <= 12 for c in lexicon.table("months").values())


def test_grammar_compiles() -> None:
    from pipeline.extractors.temporal.grammar import patterns

    names = [p.name for p in patterns()]
    assert len(names) == len(set(names))
    assert "day_month_year" in names and "vague" in names


# ------------------------------------------------------------------ spaCy component

def test_component_on_blank_pipeline_respects_claimed_spans() -> None:
    import spacy

    from pipeline.components import SPANS_KEY, DatesComponent, make_span

    nlp = spacy.blank("fr")
    doc = nlp.make_doc("En 2024, la hausse a atteint 35 % et 2 024 tonnes depuis le 3 mars.")
    doc._.doc_meta = {"published": "2025-05-12"}
    claimed = [("35 %", "PERCENT"), ("2 024 tonnes", "QUANTITY")]
    spans = []
    for text, label in claimed:
        start = doc.text.index(text)
        spans.append(make_span(doc, {"text": text, "start": start, "end": start + len(text)}, label))
    doc.spans[SPANS_KEY] = spans
    DatesComponent()(doc)
    dated = [s._.value for s in doc.spans[SPANS_KEY] if s.label_ == "DATE"]
    assert [(r["text"], r["value"], r["modifier"]) for r in dated] == [
        ("2024", "2024", None), ("le 3 mars", "2024-03-03", "since")]  # the sentence's year


# ------------------------------------------------------------------ with the model

def _model_rows(nlp, text: str, published: str) -> list[tuple[str, str]]:
    doc = nlp.make_doc(text)
    doc._.doc_meta = {"published": published}
    with nlp.select_pipes(disable=["passerelle_entities", "passerelle_terms"]):
        doc = nlp(doc)
    return [(s._.value["text"], s._.value["value"]) for s in doc.spans["passerelle"]
            if s.label_ == "DATE"]


def test_weekday_follows_the_tense(nlp) -> None:
    assert _model_rows(nlp, "Le président a démissionné mardi.", "1999-05-20") == [("mardi", "1999-05-18")]
    assert _model_rows(nlp, "Le village fera la fête dimanche.", "1999-05-18") == [("dimanche", "1999-05-23")]


def test_today_as_the_day_or_as_nowadays(nlp) -> None:
    assert _model_rows(nlp, "Le ministre se rend aujourd'hui à Lyon.", "2003-01-24") == [
        ("aujourd'hui", "2003-01-24")]
    assert _model_rows(nlp, "Le pays représente aujourd'hui 80 % des échanges.", "2003-01-24") == [
        ("aujourd'hui", "PRESENT_REF")]


def test_year_of_a_day_month_follows_the_tense(nlp) -> None:
    assert _model_rows(nlp, "Il avait été blessé le 21 juin à Lens.", "1999-05-27") == [
        ("le 21 juin", "1998-06-21")]
    assert _model_rows(nlp, "Le scrutin se tiendra le 21 juin.", "1999-05-27") == [
        ("le 21 juin", "1999-06-21")]


def test_a_clause_without_a_verb_looks_ahead_unless_the_text_tells_the_past(nlp) -> None:
    assert _model_rows(nlp, "Concert de jazz le 31 octobre.", "2013-02-12") == [
        ("le 31 octobre", "2013-10-31")]
    assert _model_rows(nlp, "Noël", "2013-02-12") == [("Noël", "2013-12-25")]
    # a past-tense text: the nearest occurrence, as for a clause in the present
    assert _model_rows(nlp, "Le ministre a démissionné. Hommage le 3 mars à Paris.", "2013-02-12") == [
        ("le 3 mars", "2013-03-03")]
    # an infinitive is a verb: the nearest occurrence, not the text's past
    assert _model_rows(nlp, "Avant de quitter ses fonctions le 30 octobre, le général a parlé aux soldats.",
                       "2002-09-14") == [("le 30 octobre", "2002-10-30")]


def test_a_bare_day_and_its_clock_time_share_the_date(nlp) -> None:
    assert _model_rows(nlp, "le 2 à 5h", "2013-02-12") == [("le 2", "2013-03-02"), ("5h", "2013-03-02T05:00")]
    assert _model_rows(nlp, "Le musée rouvrira à partir du 8.", "2013-02-12") == [("8", "2013-03-08")]


def test_leap_day_without_a_year_takes_a_leap_year() -> None:
    rows = dates.extract("Il est né un 29/2.", anchor="2017-03-01")
    assert [(r["text"], r["value"], r["flags"]) for r in rows] == [("29/2", "2016-02-29", [])]


@pytest.mark.parametrize(("unit", "part", "expected"), [
    ((date(2023, 2, 1), date(2023, 2, 28)), "start", ("2023-02-01", "2023-02-10")),
    ((date(2023, 2, 1), date(2023, 2, 28)), "mid", ("2023-02-11", "2023-02-20")),
    ((date(2023, 2, 1), date(2023, 2, 28)), "end", ("2023-02-21", "2023-02-28")),
    ((date(2013, 2, 11), date(2013, 2, 17)), "start", ("2013-02-11", "2013-02-12")),
    ((date(2013, 2, 11), date(2013, 2, 17)), "mid", ("2013-02-13", "2013-02-14")),
    ((date(2013, 2, 11), date(2013, 2, 17)), "end", ("2013-02-15", "2013-02-17")),
])
def test_narrow_month_in_decades_and_week_in_thirds(unit, part, expected) -> None:
    lo, hi = cal.narrow(*unit, part)
    assert (lo.isoformat(), hi.isoformat()) == expected


def test_unaccented_capital_matches_a_lexicon_form() -> None:
    assert lexicon.lookup("seasons", "Eté") == lexicon.lookup("seasons", "été")
    assert lexicon.unaccented_first("été") == "eté"
    assert lexicon.unaccented_first("hiver") == "hiver"

