"""Screenshots of a real report (the pipeline run on an example text) for the README and docs.

    .venv/bin/python scripts/screenshots.py [examples/trotsky_es.txt]

Writes out/report-example.html, docs/report-desktop.png (1280 wide) and
docs/report-phone.png (390 wide), using Debian's /usr/bin/chromium headless. The
layers shown are those of the stages built in this checkout: re-run after merging.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: (file, viewport width, viewport height, height of the page shot)
SHOTS = (("report-desktop.png", 1280, 900, 1500), ("report-phone.png", 390, 844, 1700))
#: PNGs stay small enough for the repository and the README
MAX_PNG_BYTES = 500_000


def render_example(source: Path, out: Path) -> Path:
    from cronica.export.html import render_report
    from cronica.ingest import read_inputs
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    pipeline = Pipeline(Options())
    results = list(pipeline.analyze_records(read_inputs([str(source)], pipeline.options.max_chars)))
    analyses = [item for item in results if not isinstance(item, Exception)]
    if not analyses:
        raise SystemExit(f"screenshots: {results[0]}")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_report(analyses), encoding="utf-8")
    return out


def take_screenshots(page_file: Path, docs: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "report"))
    from chromium import launch_chromium  # the test helper that starts Debian's Chromium

    written = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        for name, width, height, shot_height in SHOTS:
            context = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=1)
            page = context.new_page()
            page.goto(page_file.as_uri())
            page.wait_for_selector("html[data-cronica-ready]")
            full = page.evaluate("document.documentElement.scrollHeight")
            target = docs / name
            clip = {"x": 0, "y": 0, "width": width, "height": min(shot_height, full)}
            page.screenshot(path=str(target), full_page=True, clip=clip)
            context.close()
            size = target.stat().st_size
            if size > MAX_PNG_BYTES:
                raise SystemExit(f"screenshots: {target} is {size:,} bytes (> {MAX_PNG_BYTES:,})")
            written.append(target)
        browser.close()
    return written


def main(argv: list[str]) -> None:
    os.chdir(ROOT)  # the report shows the source path: keep it relative to the repository
    source = Path(argv[0]) if argv else Path("examples") / "trotsky_es.txt"
    page_file = render_example(source, ROOT / "out" / "report-example.html")
    for path in take_screenshots(page_file, ROOT / "docs"):
        print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main(sys.argv[1:])
