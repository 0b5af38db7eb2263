"""The HTML exporter: every layer shown, nothing user-supplied executable, a CSP that matches."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest
from markupsafe import escape
from report_fixtures import many_events_analysis, rich_analysis
from report_hostile import BIDI, PWN, hostile_analysis
from typer.testing import CliRunner

from cronica.export import exporters
from cronica.export.html import render_report


class _Page(HTMLParser):
    """Every start tag with its attributes, the scripts, and the hrefs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self._in: tuple[str, dict] | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag in ("script", "style"):
            self._in, self._buffer = (tag, dict(attrs)), []

    def handle_data(self, data):
        if self._in:
            self._buffer.append(data)

    def handle_endtag(self, tag):
        if self._in and tag == self._in[0]:
            content = "".join(self._buffer)
            if tag == "script":
                self.scripts.append((self._in[1], content))
            else:
                self.styles.append(content)
            self._in = None

    def hrefs(self) -> list[str]:
        return [attrs["href"] or "" for tag, attrs in self.tags if "href" in attrs]


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def test_html_is_a_registered_exporter():
    exporter = exporters()["html"]
    assert exporter.suffix == ".html"
    assert exporter.render([rich_analysis()]).startswith("<!DOCTYPE html>")


def test_report_shows_every_layer():
    html = render_report([rich_analysis()])
    page = parse(html)
    # timeline data: the four dated events, vague ones as ranges, coloured by their claims' verdicts
    data = json.loads(next(content for attrs, content in page.scripts if attrs.get("type") == "application/json"))
    by_label = {item["label"]: item for item in data}
    assert set(by_label) == {"nació", "expulsado", "vivió", "Fundó"}
    assert by_label["Fundó"]["verdict"] == "contradicted" and by_label["nació"]["verdict"] == "supported"
    assert by_label["vivió"]["range"] and by_label["vivió"]["approx"]  # "principios de los años 1930": EARLY 193X
    assert 1930 <= by_label["vivió"]["start"] < by_label["vivió"]["end"] <= 1934
    assert not by_label["nació"]["range"]
    # the undated event is listed apart
    assert "Eventos sin fecha (1)" in html and "atacó" in html  # a Spanish document: the page speaks Spanish
    # entities link to Wikidata; the unlinked one does not
    hrefs = page.hrefs()
    assert "https://www.wikidata.org/wiki/Q33391" in hrefs and "https://www.wikidata.org/wiki/Q208114" in hrefs
    assert any("cr-unlinked" in (attrs.get("class") or "") for _, attrs in page.tags)
    # claims by verdict in the text, the correction and the evidence link in the table
    classes = " ".join(attrs.get("class") or "" for _, attrs in page.tags)
    for verdict in ("supported", "contradicted", "not_enough_info", "not_checkable"):
        assert f"cr-claim cr-v-{verdict}" in classes
    assert "1938" in html and "https://www.wikidata.org/wiki/Property:P571" in hrefs
    # the flag explains itself on hover (data-explain) and to screen readers (aria-describedby → the table cell)
    flag = next(attrs for _, attrs in page.tags if "cr-flag" in (attrs.get("class") or "") and attrs.get("id"))
    assert "secretly control" in flag["data-explain"] and flag["tabindex"] == "0"
    assert f'id="{flag["aria-describedby"]}"' in html
    # every event trigger can be reached with the keyboard and names its event
    triggers = [attrs for _, attrs in page.tags if "cr-trigger" in (attrs.get("class") or "") and attrs.get("id")]
    assert len(triggers) == 5 and all(t["tabindex"] == "0" and t["role"] == "button" for t in triggers)
    assert "conspiracy" in html and "0.71" in html


def test_text_in_the_page_is_the_analysis_text():
    analysis = rich_analysis()
    html = render_report([analysis])
    body = html.split('<div class="cr-text"', 1)[1].split("</div>", 1)[0]
    plain = re.sub(r"<[^>]+>", "", body.split(">", 1)[1])
    import html as html_lib

    assert html_lib.unescape(plain) == analysis.text


def test_stages_not_run_are_said_honestly():
    analysis = rich_analysis()
    stages = {**analysis.stages, "verify": "not run", "rhetoric": "skipped", "link": "failed: KB missing"}
    html = render_report([dataclasses.replace(analysis, stages=stages, claims=())])
    assert "No se ejecutaron todas las etapas" in html
    assert "verify: not run" in html and "rhetoric: skipped" in html and "link: failed: KB missing" in html
    assert "No se verificó ninguna afirmación (etapa verify: not run)" in html
    english = dataclasses.replace(analysis, document=dataclasses.replace(analysis.document, lang="en"))
    html_en = render_report([dataclasses.replace(english, stages=stages, claims=())])
    assert "Not every stage ran" in html_en and "No claims were checked (verify stage: not run)" in html_en


def test_inline_script_and_style_match_the_csp_hashes():
    html = render_report([rich_analysis()])
    page = parse(html)
    csp = next(attrs["content"] for tag, attrs in page.tags if attrs.get("http-equiv") == "Content-Security-Policy")
    code = [content for attrs, content in page.scripts if "type" not in attrs]
    assert len(code) == 1 and len(page.styles) == 1
    assert _hash(code[0]) in csp and _hash(page.styles[0]) in csp
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp
    assert not any("src" in attrs for tag, attrs in page.tags if tag in ("script", "img", "link", "iframe"))


def test_hostile_input_is_escaped_everywhere():
    html = render_report([hostile_analysis()])
    page = parse(html)
    scripts = [content for attrs, content in page.scripts if "type" not in attrs]
    assert len(scripts) == 1 and PWN not in scripts[0]  # the only executable script is ours
    for tag, attrs in page.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert tag not in ("img", "iframe", "object", "embed", "textarea", "form")
    for href in page.hrefs():
        assert href.startswith(("https://", "http://", "#")), href
        assert "javascript" not in href.lower() and '"' not in href
    assert "\u202e" not in html and "U+202E" in html  # bidi override shown, not obeyed
    assert "</textarea>" not in html
    data = next(content for attrs, content in page.scripts if attrs.get("type") == "application/json")
    assert "<" not in data and json.loads(data)[0]["type"].startswith("Expulsion<script>")


def test_bidi_in_labels_is_visible():
    html = render_report([hostile_analysis()])
    title = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)
    assert BIDI not in title and "⟦U+202E⟧" in title


def test_several_documents_get_separate_sections_and_ids():
    html = render_report([rich_analysis(), hostile_analysis()])
    assert html.count('<article class="cr-doc"') == 2
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "element ids must be unique across documents"


def test_two_thousand_events_render_with_the_timeline_data():
    analysis = many_events_analysis(2000)
    html = render_report([analysis])
    page = parse(html)
    data = json.loads(next(content for attrs, content in page.scripts if attrs.get("type") == "application/json"))
    assert len(data) == 2000
    assert [item["start"] for item in data] == sorted(item["start"] for item in data)


def test_real_pipeline_output_renders(pipeline_es, pipeline_en):
    spanish = pipeline_es.analyze_text(
        "León Trotsky nació en Yanovka en 1879. En 1929 fue expulsado de la Unión Soviética.", title="Trotsky"
    )
    english = pipeline_en.analyze_text("Leon Trotsky was expelled from the Soviet Union in 1929 by Stalin.")
    html = render_report([spanish, english])
    page = parse(html)
    assert "Trotsky" in html and "Stalin" in html
    assert html.count('class="cr-sent"') >= 3
    stages = spanish.stages
    for name, status in stages.items():
        assert f'{name}</td><td><span class="cr-stage' in html and str(escape(status)) in html
    assert page.hrefs()  # section navigation at least


def test_cli_writes_an_html_report(tmp_path):
    from cronica.cli.main import app

    source = tmp_path / "texto.txt"
    source.write_text("Trotsky fue expulsado del partido comunista en 1927 por orden de Stalin.", encoding="utf-8")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["analyze", str(source), "--lang", "es", "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Stalin" in html and "texto" in html


def _hash(content: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(content.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("title", [None, "", "Título con ñ"])
def test_title_falls_back_to_the_document_id(title):
    analysis = rich_analysis()
    document = dataclasses.replace(analysis.document, title=title)
    html = render_report([dataclasses.replace(analysis, document=document)])
    assert f'<h1 id="d0-title" class="cr-title">{title or "trotsky"}</h1>' in html
