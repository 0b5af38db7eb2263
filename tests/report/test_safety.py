"""Which strings may become links, and how labels are made safe to display."""

from __future__ import annotations

import pytest

from cronica.report.safety import safe_href, visible_label, wikidata_url


@pytest.mark.parametrize(
    "url",
    [
        "https://www.wikidata.org/wiki/Q33391",
        "http://example.org/a?b=c&d=e#f",
        "https://es.wikipedia.org/wiki/León_Trotski",
    ],
)
def test_http_urls_are_kept(url):
    assert safe_href(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\x01javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "/relative/path",
        'https://example.org/"onmouseover="x',
        "https://example.org/<script>",
        "https://exa mple.org/",
        "https://example.org/\u202etxt.exe",
        "https:",
        "",
        None,
        42,
        "https://example.org/" + "a" * 3000,
    ],
)
def test_anything_else_never_becomes_an_href(url):
    assert safe_href(url) is None


def test_wikidata_links_only_for_item_and_property_ids():
    assert wikidata_url("Q42") == "https://www.wikidata.org/wiki/Q42"
    assert wikidata_url("P569") == "https://www.wikidata.org/wiki/Property:P569"
    for value in ("NIL", "Q", "Q0", "q42", "Q42 ", 'Q42" onmouseover="x', "javascript:Q42", None, 42):
        assert wikidata_url(value) is None


def test_labels_show_bidi_controls_drop_other_controls_and_are_cut():
    assert visible_label("abc\u202edef") == "abc⟦U+202E⟧def"
    assert visible_label("a\u2066b\u2069") == "a⟦U+2066⟧b⟦U+2069⟧"
    assert visible_label("line\none\x00two") == "line one two"
    assert visible_label("tab\tkept") == "tab\tkept"
    assert visible_label("x" * 500, limit=10) == "x" * 9 + "…"
    assert visible_label(None) == ""
    assert visible_label("León · Zinóviev") == "León · Zinóviev"
