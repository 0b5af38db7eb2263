"""How fast the HTML report is with 2,000 events: rendering in Python, loading in Chromium.

    .venv/bin/python benchmarks/report_speed.py [--runs 5] [--events 2000]

Baselines measured in the same run: the JSON exporter on the same analysis (render),
and the same page with JavaScript off (load), so the figures separate the report's own
cost from the cost of any export and of the browser parsing that much HTML.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "report"))  # the hand-built analyses of the report tests

from chromium import CHROMIUM_PATH  # noqa: E402

#: one click on a timeline event, timed inside the page (selection, highlight, scrolling)
CLICK_SCRIPT = """key => {
  const node = document.querySelector(`.cr-ev[data-ev='${key}']`);
  const t = performance.now();
  node.dispatchEvent(new MouseEvent("click", {bubbles: true}));
  return performance.now() - t;
}"""


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_render(events: int, runs: int) -> dict[str, float]:
    from report_fixtures import many_events_analysis

    from cronica.export.html import render_report
    from cronica.export.json_export import dumps

    analysis = many_events_analysis(events)
    html_seconds = median_seconds(lambda: render_report([analysis]), runs)
    json_seconds = median_seconds(lambda: dumps(analysis), runs)
    size = len(render_report([analysis]).encode("utf-8"))
    return {"html_s": html_seconds, "json_s": json_seconds, "html_bytes": size}


def bench_browser(events: int, runs: int) -> dict[str, float]:
    from chromium import launch_chromium
    from playwright.sync_api import sync_playwright
    from report_fixtures import many_events_analysis

    from cronica.export.html import render_report

    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "report.html"
        page_file.write_text(render_report([many_events_analysis(events)]), encoding="utf-8")
        url = page_file.as_uri()
        with sync_playwright() as playwright:
            browser = launch_chromium(playwright)

            def load(javascript: bool) -> float:
                context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=javascript)
                page = context.new_page()
                started = time.perf_counter()
                page.goto(url, wait_until="load")
                if javascript:
                    page.wait_for_selector("html[data-cronica-ready]")
                elapsed = time.perf_counter() - started
                context.close()
                return elapsed

            with_js = statistics.median(load(True) for _ in range(runs))
            without_js = statistics.median(load(False) for _ in range(runs))
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            page.goto(url)
            page.wait_for_selector("html[data-cronica-ready]")
            clicks, zooms = [], []
            for index in range(runs):
                key = f"d0-ev{(index * 397) % events}"
                clicks.append(page.evaluate(CLICK_SCRIPT, key))
                zooms.append(page.evaluate(
                    "() => { const t = performance.now(); document.querySelector('[data-zoom=in]').click();"
                    " return performance.now() - t; }"))  # fmt: skip
            context.close()
            browser.close()
    return {
        "load_js_s": with_js,
        "load_nojs_s": without_js,
        "click_ms": statistics.median(clicks),
        "zoom_ms": statistics.median(zooms),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--events", type=int, default=2000)
    args = parser.parse_args()
    render = bench_render(args.events, args.runs)
    print(f"events: {args.events}, runs: {args.runs} (medians)")
    print(f"render html: {render['html_s'] * 1000:.0f} ms ({render['html_bytes'] / 1e6:.2f} MB)")
    ratio = render["html_s"] / render["json_s"]
    print(f"render json (baseline): {render['json_s'] * 1000:.0f} ms; html/json = {ratio:.1f}x")
    if not Path(CHROMIUM_PATH).exists():
        print("chromium absent: browser figures skipped")
        return
    browser = bench_browser(args.events, args.runs)
    print(f"page load with the timeline drawn: {browser['load_js_s'] * 1000:.0f} ms")
    print(f"page load, JavaScript off (baseline): {browser['load_nojs_s'] * 1000:.0f} ms; "
          f"ratio {browser['load_js_s'] / browser['load_nojs_s']:.2f}x")  # fmt: skip
    print(f"click an event → sentence highlighted: {browser['click_ms']:.1f} ms")
    print(f"zoom in (redraw {args.events} events): {browser['zoom_ms']:.1f} ms")


if __name__ == "__main__":
    main()
