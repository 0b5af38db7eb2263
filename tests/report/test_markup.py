"""The highlighted text: escaped, properly nested even when layers cross, bidi made visible."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from cronica.report.markup import Highlight, render_highlighted


class _Checker(HTMLParser):
    """Collects the text and fails on any element closed out of order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def check(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    checker.close()
    assert checker.stack == []
    return checker


def test_crossing_spans_are_split_and_only_the_first_piece_gets_the_id():
    text = "uno dos tres cuatro"
    html = render_highlighted(
        text,
        [
            Highlight(0, 7, 1, "mark", (("class", "claim"),), (("id", "c1"),)),
            Highlight(4, 12, 2, "mark", (("class", "flag"),), (("id", "f1"), ("tabindex", "0"))),
        ],
    )
    parsed = check(html)
    assert "".join(parsed.text) == text
    flags = [attrs for tag, attrs in parsed.tags if attrs.get("class") == "flag"]
    assert len(flags) == 2  # the flag crosses the claim's end: two pieces
    assert flags[0].get("id") == "f1" and "id" not in flags[1] and "tabindex" not in flags[1]


def test_text_and_attributes_are_escaped():
    text = '<script>alert(1)</script> " onmouseover="x'
    html = render_highlighted(text, [Highlight(0, 8, 0, "span", (("title", '"><script>x</script>'),))])
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&#34;" in html
    parsed = check(html)
    assert "".join(parsed.text) == text
    assert [tag for tag, _ in parsed.tags] == ["span"]


def test_event_handler_attributes_and_unknown_tags_are_refused():
    html = render_highlighted("abc", [Highlight(0, 3, 0, "span", (("onclick", "x()"), ("class", "ok")))])
    assert "onclick" not in html and 'class="ok"' in html
    try:
        render_highlighted("abc", [Highlight(0, 3, 0, "script")])
    except ValueError:
        pass
    else:
        raise AssertionError("a <script> highlight must be refused")


def test_bidi_controls_are_shown_not_obeyed():
    html = render_highlighted("a\u202eb\u2066c", [])
    assert "\u202e" not in html and "\u2066" not in html
    assert "U+202E" in html and "U+2066" in html


def test_out_of_range_and_empty_spans_are_dropped():
    html = render_highlighted("abc", [Highlight(2, 9, 0), Highlight(1, 1, 0), Highlight(-1, 2, 0)])
    assert html == "abc"


spans = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30), st.integers(0, 4)), max_size=12)


@given(st.text(alphabet="ab <>&\"'\n", max_size=30), spans)
def test_any_layers_give_well_nested_html_with_the_same_text(text, raw):
    highlights = [Highlight(min(a, b), max(a, b), rank, "span", (("class", f"r{rank}"),)) for a, b, rank in raw]
    html = render_highlighted(text, highlights)
    parsed = check(html)
    assert "".join(parsed.text) == text
    assert not re.search(r"<(?!/?span[ >])", html)
