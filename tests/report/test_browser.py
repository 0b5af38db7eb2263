"""The report and the web app in a real headless Chromium (Debian's), driven by Playwright."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from report_fixtures import many_events_analysis, rich_analysis
from report_hostile import hostile_analysis

from cronica.export.html import render_report

pytestmark = pytest.mark.browser


def write_report(tmp_path: Path, analyses, name: str = "report.html") -> str:
    path = tmp_path / name
    path.write_text(render_report(analyses), encoding="utf-8")
    return path.as_uri()


def open_report(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("html[data-cronica-ready]")


def active_sentence_text(page) -> str:
    return page.eval_on_selector_all(".cr-sent.cr-active", "nodes => nodes.map(n => n.textContent).join('')")


def test_clicking_an_event_on_the_timeline_highlights_its_sentence(page, tmp_path):
    open_report(page, write_report(tmp_path, [rich_analysis()]))
    assert page.locator("#d0-canvas svg .cr-ev").count() == 4
    page.locator('#d0-canvas .cr-ev[data-ev="d0-ev3"]').click()  # "Fundó ... en 1939"
    assert "Fundó la Cuarta Internacional" in active_sentence_text(page)
    assert page.locator("#d0-ev3-t").get_attribute("class").count("cr-active") == 1
    assert page.locator("#d0-s4").is_visible()
    box, viewport = page.locator("#d0-s4").bounding_box(), page.viewport_size
    assert 0 <= box["y"] <= viewport["height"], "the sentence is scrolled into view"
    assert "cr-active" in page.locator("#d0-ev3-row").get_attribute("class")
    assert page.errors == [] and page.outside_requests == []


def test_clicking_a_sentence_selects_its_event_on_the_timeline(page, tmp_path):
    open_report(page, write_report(tmp_path, [rich_analysis()]))
    page.locator("#d0-ev1-t").click()  # the trigger "expulsado" in the text
    node = page.locator('#d0-canvas .cr-ev[data-ev="d0-ev1"]')
    assert "cr-active" in node.get_attribute("class")
    assert "expulsado" in active_sentence_text(page)
    page.locator("#d0-s3").click(position={"x": 3, "y": 3})  # anywhere in the sentence of "vivió"
    assert "cr-active" in page.locator('#d0-canvas .cr-ev[data-ev="d0-ev2"]').get_attribute("class")


def test_keyboard_moves_through_events_and_shows_flag_explanations(page, tmp_path):
    open_report(page, write_report(tmp_path, [rich_analysis()]))
    first = page.locator('#d0-canvas .cr-ev[tabindex="0"]')
    assert first.count() == 1
    first.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Enter")
    focused = page.evaluate("document.activeElement.getAttribute('data-ev')")
    assert focused and "cr-active" in page.locator(f'#d0-canvas .cr-ev[data-ev="{focused}"]').get_attribute("class")
    assert active_sentence_text(page)
    label = page.evaluate("document.activeElement.getAttribute('aria-label')")
    assert label == "expulsado (Expulsion), 1927-08 (mes), no verificable"  # the second event in time order
    # the rhetoric flag explains itself on keyboard focus
    page.locator("#d0-f0").focus()
    tip = page.evaluate("getComputedStyle(document.getElementById('d0-f0'), '::after').content")
    assert "secretly control" in tip
    # a trigger in the text answers Enter too
    page.locator("#d0-ev4-t").focus()
    page.keyboard.press("Enter")
    assert "atacó" in active_sentence_text(page)


def test_zoom_widens_the_timeline_and_fit_restores_it(page, tmp_path):
    open_report(page, write_report(tmp_path, [rich_analysis()]))
    width = lambda: page.eval_on_selector("#d0-canvas svg", "svg => svg.width.baseVal.value")  # noqa: E731
    start = width()
    page.locator("#d0 [data-zoom=in]").click()
    page.locator("#d0 [data-zoom=in]").click()
    assert width() > start * 2
    page.locator("#d0 [data-zoom=fit]").click()
    assert width() == start


def test_hostile_report_runs_no_injected_code(page, tmp_path):
    open_report(page, write_report(tmp_path, [hostile_analysis()]))
    # stay on the page: clicks on links (Wikidata) are not followed, everything else runs as usual
    page.evaluate("document.addEventListener('click', e => { if (e.target.closest('a')) e.preventDefault(); }, true)")
    for selector in ("mark", "main a", ".cr-ev", ".cr-trigger", ".cr-ent", "td", "h1"):
        for element in page.locator(selector).all()[:30]:
            if element.is_visible():
                element.hover(timeout=3000)
                element.click(timeout=3000)
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == [] and page.errors == [] and page.outside_requests == []
    hrefs = page.eval_on_selector_all("a[href]", "nodes => nodes.map(n => n.href)")
    assert all(h.startswith(("https://", "http://", "file://")) for h in hrefs), hrefs
    assert page.locator("img, iframe, textarea").count() == 0


def test_two_thousand_events_stay_responsive(page, tmp_path):
    url = write_report(tmp_path, [many_events_analysis(2000)], "big.html")
    started = time.perf_counter()
    open_report(page, url)
    loaded = time.perf_counter() - started
    assert page.locator("#d0-canvas .cr-ev").count() == 2000
    assert loaded < 15, f"2,000-event report took {loaded:.1f} s to be ready"
    started = time.perf_counter()
    page.locator('#d0-canvas .cr-ev[data-ev="d0-ev1500"]').click(force=True)
    page.wait_for_selector("#d0-s1500.cr-active")
    assert time.perf_counter() - started < 5
    page.locator("#d0 [data-zoom=in]").click()
    assert page.locator("#d0-canvas .cr-ev").count() == 2000


def test_phone_width_has_no_sideways_scrolling(browser, tmp_path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, device_scale_factor=1)
    phone = context.new_page()
    try:
        open_report(phone, write_report(tmp_path, [rich_analysis()]))
        overflow = phone.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1
    finally:
        context.close()


# --- the web app -----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(pipeline):
    import uvicorn

    from cronica.web.app import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(pipeline=pipeline), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        if time.monotonic() > deadline:
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


def test_submitting_a_text_in_the_web_app_shows_the_report(page, server):
    page.goto(server + "/")
    page.fill("#text", "León Trotsky fue expulsado de la Unión Soviética en 1929 por orden de Stalin.")
    page.select_option("#lang", "es")
    page.click("button[type=submit]")
    page.wait_for_selector("html[data-cronica-ready]")
    assert "Stalin" in page.locator(".cr-text").inner_text()
    assert page.locator(".cr-stage-not-run").count() >= 0
    assert page.errors == [] and page.outside_requests == []


def test_hostile_text_in_the_web_app_runs_nothing(page, server):
    hostile = (
        "Trotsky fue expulsado en 1929. <script>window.__pwned=1</script> "
        '" onmouseover="window.__pwned=1" </textarea><img src=x onerror="window.__pwned=1"> '
        '<a href="javascript:window.__pwned=1">x</a> \u202egnp.exe'
    )
    page.goto(server + "/")
    page.fill("#text", hostile)
    page.fill("#title", "<script>window.__pwned=1</script>")
    page.click("button[type=submit]")
    page.wait_for_selector("html[data-cronica-ready]")
    for element in page.locator(".cr-sent, h1").all():
        element.hover()
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == [] and page.errors == []
    assert "<script>window.__pwned=1</script>" in page.locator(".cr-text").inner_text()  # shown as text


def test_web_app_error_page_is_readable(page, server):
    page.goto(server + "/")
    page.click("button[type=submit]")
    assert page.locator("[role=alert]").inner_text().startswith("400")
    assert "nothing to analyze" in page.locator("[role=alert]").inner_text()


def test_api_docs_render_offline_under_their_csp(page, server):
    page.goto(server + "/docs")
    page.get_by_text("/api/analyze").first.wait_for(timeout=15000)
    assert page.outside_requests == [] and page.errors == []


def test_long_empty_stretches_become_axis_breaks(page, tmp_path):
    open_report(page, write_report(tmp_path, [rich_analysis()]))  # 1879, then 1927-1939
    assert page.locator("#d0-canvas .cr-gap").count() == 1
    width = page.eval_on_selector("#d0-canvas svg", "svg => svg.width.baseVal.value")
    birth = page.locator('#d0-canvas .cr-ev[data-ev="d0-ev0"]').bounding_box()
    expulsion = page.locator('#d0-canvas .cr-ev[data-ev="d0-ev1"]').bounding_box()
    # without the break 1879→1927 would take ~77% of the width; with it, well under half
    assert expulsion["x"] - birth["x"] < width * 0.5
    title = page.locator("#d0-canvas .cr-gap title").text_content()
    assert title.startswith("sin eventos de 18") and "eje acortado" in title  # the page speaks Spanish
