"""The peer benchmarks' mappings of expected values onto SPEC fields (pure; nothing timed)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.append(str(BENCH))

import peer_checks  # noqa: E402
import suite_duckling  # noqa: E402
import suite_rt  # noqa: E402
from common import Case, ExtractRunner, Target, score_case, summarise  # noqa: E402


def duck(value, grain):
    return {"type": "value", "value": f"{value}.000-02:00", "grain": grain}


@pytest.mark.parametrize("expected, values, bounds", [
    (duck("2013-02-18T00:00:00", "day"), {"2013-02-18"}, {("2013-02-18", "2013-02-18")}),
    (duck("2013-02-11T00:00:00", "week"), {"2013-W07"}, {("2013-02-11", "2013-02-17")}),
    (duck("2013-01-01T00:00:00", "month"), {"2013-01"}, {("2013-01-01", "2013-01-31")}),
    (duck("2012-01-01T00:00:00", "year"), {"2012"}, {("2012-01-01", "2012-12-31")}),
    (duck("2013-02-12T15:00:00", "minute"), {"2013-02-12T15:00"}, set()),
    (duck("2013-02-12T04:30:00", "second"), {"2013-02-12T04:30:00", "PRESENT_REF"}, set()),
    ({"type": "interval", "from": duck("2013-07-13T00:00:00", "day"),
      "to": duck("2013-07-16T00:00:00", "day")},
     {"2013-07-13/2013-07-15"}, {("2013-07-13", "2013-07-15")}),
    ({"type": "interval", "from": duck("2013-02-12T07:00:00", "hour"),
      "to": duck("2013-02-12T09:00:00", "hour")},
     {"2013-02-12T07/2013-02-12T08", "2013-02-12TMO"}, set()),
    ({"type": "interval", "from": duck("2012-12-01T00:00:00", "month"),
      "to": duck("2013-02-01T00:00:00", "month")},
     {"2012-12/2013-01"}, {("2012-12-01", "2013-01-31")}),
    ({"type": "interval", "to": duck("2013-02-12T16:00:00", "hour")}, {"2013-02-12T16"}, set()),
])
def test_duckling_time_values(expected, values, bounds):
    assert suite_duckling.time_values(expected) == (values, bounds)


def test_duckling_duration_check():
    check = suite_duckling.duration_check({"value": 2, "unit": "minute",
                                           "normalized": {"unit": "second", "value": 120}})
    assert [check({"value": v}) for v in ("PT2M", "PT120S", "P2M", None)] == [True, True, False, False]
    assert suite_duckling.iso_duration_seconds("P1Y2M3DT4H") == 31536000 + 2 * 2592000 + 3 * 86400 + 14400


def test_duckling_money_and_distance_checks():
    money = suite_duckling.value_check("AmountOfMoney", {"type": "interval", "from": {"value": 10, "unit": "EUR"},
                                                         "to": {"value": 20, "unit": "EUR"}})
    assert money({"value": 10.0, "value_max": 20.0, "currency": "EUR"}) is True
    assert money({"value": 10.0, "value_max": None, "currency": "EUR"}) is False
    dollar = suite_duckling.value_check("AmountOfMoney", {"type": "value", "value": 10, "unit": "$"})
    assert [dollar({"value": 10.0, "currency": c}) for c in ("USD", "CAD", "EUR")] == [True, True, False]
    distance = suite_duckling.value_check("Distance", {"type": "value", "value": 3, "unit": "kilometre"})
    assert distance({"value": 3.0, "si_value": 3000.0, "si_unit": "m"}) is True
    assert distance({"value": 3.0, "si_value": 3.0, "si_unit": "km"}) is False


def test_rt_numbers_and_ranges():
    assert [suite_rt.rt_number(t) for t in ("0,2", "1,232E+15", "4,8%", "75000000", "x")] == \
        [0.2, 1.232e15, 4.8, 75000000.0, None]
    closed = suite_rt.range_check("(20,35]")
    assert closed({"value": 20.0, "value_max": 35.0}) is True
    above = suite_rt.range_check("(30,)")
    assert [above({"value": 30.0, "approx": a}) for a in ("more_than", "at_least")] == [True, False]
    below = suite_rt.range_check("(,700]")
    assert below({"value": 700.0, "approx": "up_to"}) is True


def test_rt_currency_and_temperature_checks():
    usd = suite_rt.unit_check("CurrencyModel", {"value": "75000000", "unit": "Dollar États-Unis"})
    assert [usd({"value": 7.5e7, "currency": c}) for c in ("USD", "CAD")] == [True, False]
    assert suite_rt.unit_check("CurrencyModel", {"value": "50", "unit": "Cent"}) is None
    fahrenheit = suite_rt.unit_check("TemperatureModel", {"value": "90", "unit": "F"})
    assert fahrenheit({"si_value": 305.372222, "si_unit": "K"}) is True


def test_rt_date_check_alternatives_and_bounds():
    resolution = {"values": [{"timex": "XXXX-10-02", "type": "date", "value": "2016-10-02"},
                             {"timex": "XXXX-10-02", "type": "date", "value": "2017-10-02"}]}
    check = suite_rt.date_check(resolution, "oct/2", "2016-11-07")
    assert [check({"value": v}) for v in ("2017-10-02", "XXXX-10-02", "2016-10-03")] == [True, True, False]
    month = {"values": [{"timex": "2016-12", "type": "daterange", "start": "2016-12-01",
                         "end": "2017-01-01"}]}
    check = suite_rt.date_check(month, "cette décembre", "2016-11-07")
    assert check({"value": "2016-12-XX", "earliest": "2016-12-01", "latest": "2016-12-31"}) is True
    time_ = {"values": [{"timex": "T19:56:30", "type": "time", "value": "19:56:30"}]}
    check = suite_rt.date_check(time_, "7:56:30 pm", "2016-11-07")
    assert [check({"value": v}) for v in ("T19:56:30", "2016-11-07T19:56:30")] == [True, True]


def test_rt_date_check_without_anchor_keeps_only_written_years():
    decade = {"values": [{"timex": "(1990-01-01,2000-01-01,P10Y)", "type": "daterange",
                          "start": "1990-01-01", "end": "2000-01-01"}]}
    assert suite_rt.date_check(decade, "les années 1990", None) is None
    today = {"values": [{"timex": "2016-11-07", "type": "date", "value": "2016-11-07"}]}
    assert suite_rt.date_check(today, "aujourd'hui", None) is None
    written = {"values": [{"timex": "1990", "type": "daterange", "start": "1990-01-01",
                           "end": "1991-01-01"}]}
    assert suite_rt.date_check(written, "en 1990", None)({"value": "1990"}) is True


def test_norm_timex():
    assert [peer_checks.norm_timex(v) for v in ("2016-11-07 16:00:00", "T16:00", "T07:30:00",
                                                "2013-02-12T05:00/2013-02-12T07:00")] == \
        ["2016-11-07T16", "T16", "T07:30", "2013-02-12T05/2013-02-12T07"]


def _case(text, targets, full_input=False):
    return Case("s", "g", "id", text, None, targets, ("quantities",), full_input=full_input)


def test_score_case_full_input_and_negatives():
    check = peer_checks.number(3.0)
    case = _case(" 3 km ", [Target("quantities", 1, 5, check)], full_input=True)
    one = {"quantities": [{"start": 1, "end": 5, "value": 3.0}]}
    two = {"quantities": [{"start": 1, "end": 4, "value": 3.0}, {"start": 4, "end": 5, "value": 1.0}]}
    r1, r2 = score_case(case, one), score_case(case, two)
    assert (r1.found, r1.span_ok, r1.value_ok, r1.extra) == (True, True, True, False)
    assert (r2.found, r2.span_ok, r2.value_ok, r2.extra) == (True, False, True, True)
    negative = _case("rien", [])
    assert score_case(negative, {"quantities": []}).span_ok is True
    assert score_case(negative, one).span_ok is False
    assert summarise([r1, r2, score_case(negative, one)]) == {
        "n": 2, "found": 2, "span_ok": 1, "value_n": 2, "value_ok": 2, "extra": 1,
        "neg_n": 1, "neg_ok": 0}


def test_suite_through_a_stub_extractor():
    cases = suite_duckling.load_cases(["Distance"], limit=2)  # '3 kilomètres', '3 kilometres'

    def stub(text, published=None):
        assert published == "2013-02-12"
        row = {"start": 0, "end": len(text), "text": text, "kind": "length", "value": 3.0,
               "si_value": 3000.0 if "è" in text else 3.0, "si_unit": "m"}
        return {"quantities": [row]}

    outputs = ExtractRunner(stub)([(c.text, c.published) for c in cases])
    results = [score_case(c, o["tables"]) for c, o in zip(cases, outputs)]
    assert summarise(results) == {"n": 2, "found": 2, "span_ok": 2, "value_n": 2, "value_ok": 1,
                                  "extra": 0, "neg_n": 0, "neg_ok": 0}


def test_results_sections_are_rewritten_in_place(tmp_path):
    from results import HEADER, write_section

    path = tmp_path / "RESULTS.md"
    write_section("peers", "first", path)
    write_section("throughput", "speed", path)
    write_section("peers", "second\n", path)
    assert path.read_text(encoding="utf-8") == (
        HEADER.rstrip() + "\n\n<!-- peers:start -->\nsecond\n<!-- peers:end -->\n\n"
        "<!-- throughput:start -->\nspeed\n<!-- throughput:end -->\n")
