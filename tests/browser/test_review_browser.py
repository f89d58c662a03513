"""The workbench in a real headless Chromium: keyboard review of a document, then the store and
a fresh export are checked. Skipped (with the reason) only where no browser can be found."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from browser_support import browser_problem, chromium, workbench  # noqa: E402
from test_review_fixtures import DOC_A, DOC_B, TEXT_A, at, make_run  # noqa: E402

pytestmark = pytest.mark.skipif(browser_problem() is not None, reason=str(browser_problem()))


def iid(prefix: str, sub: str) -> str:
    start, end = at(TEXT_A, sub)
    return f"{DOC_A}-{prefix}{start}-{end}"


def row(page, item: str):
    return page.locator(f'tr.item[data-item="{item}"]')


def current_item(page) -> str:
    return page.locator("tr.item.current").get_attribute("data-item")


def go_to(page, item: str) -> None:
    """Press j until `item` is the current row (keyboard only)."""
    for _ in range(30):
        if current_item(page) == item:
            return
        page.keyboard.press("j")
    raise AssertionError(f"{item} never became current")


def wait_status(page, item: str, status: str) -> None:
    page.wait_for_selector(f'tr.item.st-{status}[data-item="{item}"]', timeout=10000)


@pytest.fixture()
def run(tmp_path):
    return make_run(tmp_path / "run")


def review_with_keyboard(page, base: str) -> None:
    page.goto(f"{base}/doc/{DOC_A}")
    page.wait_for_selector("tr.item.current")
    assert current_item(page) == iid("m", "Lima")  # the first flagged, unreviewed item
    page.keyboard.press("r")
    wait_status(page, iid("m", "Lima"), "rejected")
    assert current_item(page) == iid("d", "2024")  # flagged items of every table come first
    page.keyboard.press("a")
    wait_status(page, iid("d", "2024"), "accepted")
    go_to(page, iid("q", "12 000 hectares"))
    page.keyboard.press("e")
    page.wait_for_selector("#edit-dialog[open]")
    page.fill('#edit-fields input[name="value"]', "12500")
    page.keyboard.press("Enter")
    wait_status(page, iid("q", "12 000 hectares"), "corrected")
    assert row(page, iid("q", "12 000 hectares")).locator(".value").text_content() == "area 12500 ha = 1.2e+08 m2"


def add_span_with_mouse(page) -> None:
    box = page.evaluate("""() => {
        const span = [...document.querySelectorAll('#text [data-s]')].find(e => e.textContent.includes('Cuzco'));
        const node = span.firstChild, range = document.createRange();
        const i = node.data.indexOf('Cuzco');
        range.setStart(node, i); range.setEnd(node, i + 5);
        const r = range.getBoundingClientRect();
        return {x: r.x + r.width / 2, y: r.y + r.height / 2};
    }""")
    page.mouse.dblclick(box["x"], box["y"])
    page.wait_for_selector("#add-dialog[open]")
    assert page.locator("#add-text").text_content() == "Cuzco"
    page.select_option("#add-label", "LOCATION")
    page.keyboard.press("Enter")
    start, end = at(TEXT_A, "Cuzco")
    wait_status(page, f"{DOC_A}-m{start}-{end}", "added")


def add_span_with_keyboard_selection(page) -> None:
    page.evaluate("""() => {
        const span = [...document.querySelectorAll('#text [data-s]')].find(e => e.textContent.includes('croissance'));
        const node = span.firstChild, i = node.data.indexOf('croissance');
        const range = document.createRange();
        range.setStart(node, i); range.setEnd(node, i + 10);
        const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
    }""")
    page.keyboard.press("s")
    page.wait_for_selector("#add-dialog[open]")
    page.select_option("#add-label", "MISC")
    page.keyboard.press("Enter")
    start, end = at(TEXT_A, "croissance")
    wait_status(page, f"{DOC_A}-m{start}-{end}", "added")


def test_keyboard_review_reaches_store_and_export(run, tmp_path):
    from pipeline.export import export_all
    from pipeline.review.apply import apply_reviews
    from pipeline.review.decisions import load_decisions
    from pipeline.run import STORE_NAME
    from pipeline.schema import TABLE_ORDER
    from pipeline.store import Store

    errors: list[str] = []
    with workbench(run) as base, chromium() as browser:
        page = browser.new_page(viewport={"width": 1300, "height": 850})
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        review_with_keyboard(page, base)
        add_span_with_mouse(page)
        add_span_with_keyboard_selection(page)
        assert page.locator("#progress-text").text_content() == "5 / 13"
    assert errors == []
    cuzco, growth = at(TEXT_A, "Cuzco"), at(TEXT_A, "croissance")
    with Store(run / STORE_NAME) as store:
        decisions = {d["item_id"]: d for d in load_decisions(store.conn)}
        assert {k: (d["decision"], d["fields"].get("value"), d["reviewer"]) for k, d in decisions.items()
                if d["decision"] != "add"} == {
            iid("m", "Lima"): ("reject", None, "browser"),
            iid("d", "2024"): ("accept", None, "browser"),
            iid("q", "12 000 hectares"): ("correct", 12500.0, "browser")}
        added = decisions[f"{DOC_A}-m{cuzco[0]}-{cuzco[1]}"]
        assert (added["label"], added["start"], added["end"], added["text"]) == ("LOCATION", *cuzco, "Cuzco")
        assert decisions[f"{DOC_A}-m{growth[0]}-{growth[1]}"]["label"] == "MISC"
        out = tmp_path / "export"
        export_all(store, out, apply_reviews(store, {t: store.table(t) for t in TABLE_ORDER}))
    mentions = json.loads((out / "json" / "mentions.json").read_text(encoding="utf-8"))
    quantities = json.loads((out / "json" / "quantities.json").read_text(encoding="utf-8"))
    doc_a = [m["text"] for m in mentions if m["doc_id"] == DOC_A]
    assert doc_a == ["Banque mondiale", "Pérou", "Maria Lopez", "croissance", "Cuzco"]
    assert [q["value"] for q in quantities] == [2500000000.0, 12500.0]


def test_stale_tab_is_told_and_loses_nothing(run):
    from pipeline.review.decisions import get_decision
    from pipeline.run import STORE_NAME
    from pipeline.store import Store

    with workbench(run) as base, chromium() as browser:
        first, second = browser.new_page(), browser.new_page()
        for page in (first, second):
            page.goto(f"{base}/doc/{DOC_A}")
            page.wait_for_selector("tr.item.current")
        first.keyboard.press("a")
        wait_status(first, iid("m", "Lima"), "accepted")
        second.keyboard.press("r")
        second.wait_for_selector("#toast.error:not([hidden])")
        assert second.locator("#toast").text_content() == (
            "Changed in another tab (now accept): press again to overwrite.")
        wait_status(second, iid("m", "Lima"), "accepted")
        with Store(run / STORE_NAME) as store:
            assert get_decision(store.conn, "mentions", iid("m", "Lima"))["decision"] == "accept"
        second.keyboard.press("r")  # now deliberate: it overwrites
        wait_status(second, iid("m", "Lima"), "rejected")
    with Store(run / STORE_NAME) as store:
        assert get_decision(store.conn, "mentions", iid("m", "Lima"))["version"] == 2


def test_document_text_is_never_markup(run):
    with workbench(run) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(f"{base}/doc/{DOC_B}")
        assert page.locator("#text b").count() == 0
        assert "<b>depuis</b>" in page.locator("#text").text_content()
        title = page.locator("mark.hl").first.get_attribute("title")
        assert title == "ORG · unreviewed · European Space Agency [Q42262]"


def test_glossary_page_corrects_and_adds_terms(run):
    from pipeline.review.termbase import termbase_rows
    from pipeline.run import STORE_NAME
    from pipeline.store import Store

    with workbench(run) as base, chromium() as browser:
        page = browser.new_page()
        page.goto(f"{base}/glossary")
        page.wait_for_selector("tr.item.current")
        assert current_item(page) == "prêt"  # needs_review comes first
        page.keyboard.press("e")
        page.wait_for_selector("#edit-dialog[open]")
        page.fill('#edit-fields input[name="term_en"]', "loan")
        page.fill('#edit-fields input[name="domain"]', "finance")
        page.keyboard.press("Enter")
        wait_status(page, "prêt", "corrected")
        assert row(page, "prêt").locator(".value").text_content() == "loan review"
        page.fill("#term-fr", "taux directeur")
        page.fill("#term-en", "key interest rate")
        page.click('#add-term button[type="submit"]')
        wait_status(page, "taux directeur", "added")
        assert page.locator("#progress-text").text_content() == "2 / 3"
    with Store(run / STORE_NAME) as store:
        rows = [(r["term_fr"], r["term_en"], r["domain"]) for r in termbase_rows(store)]
    assert rows == [("prêt", "loan", "finance"), ("taux directeur", "key interest rate", "")]
