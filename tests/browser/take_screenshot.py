"""Screenshot of the workbench's document page (docs/review-screenshot.png).

    python tests/browser/take_screenshot.py RUN_DIR OUT.png [--doc DOC_ID] [--keys a a r j]

Works on a temporary copy of RUN_DIR's store (the run itself is never modified), opens the
first document (or DOC_ID) in headless Chromium, presses the given keys (a few decisions, so
the statuses show), and saves a 1400x860 screenshot.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from browser_support import browser_problem, chromium, workbench  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--doc")
    parser.add_argument("--keys", nargs="*", default=["a", "a", "r", "j", "j"])
    args = parser.parse_args()
    if browser_problem():
        print(f"no browser: {browser_problem()}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        source = sqlite3.connect(args.run / "passerelle.sqlite")
        target = sqlite3.connect(Path(tmp) / "passerelle.sqlite")
        source.backup(target)  # a consistent copy, WAL included
        source.close()
        target.close()
        doc = args.doc or sqlite3.connect(Path(tmp) / "passerelle.sqlite").execute(
            "SELECT doc_id FROM documents WHERE status = 'ok' ORDER BY source_path").fetchone()[0]
        with workbench(Path(tmp), reviewer="demo") as base, chromium() as browser:
            page = browser.new_page(viewport={"width": 1400, "height": 860})
            page.goto(f"{base}/doc/{doc}")
            page.wait_for_selector("tr.item.current")
            for key in args.keys:
                page.keyboard.press(key)
                time.sleep(0.25)
            page.evaluate("document.querySelector('.reader').scrollTop = 0")
            page.mouse.move(700, 10)
            time.sleep(2.2)  # let the last toast fade
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
