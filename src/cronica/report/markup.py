"""The document text as HTML with every layer highlighted, nested properly.

Layers overlap freely (a flag can start inside one claim and end in the next), but
HTML elements must nest. The text is cut at every span boundary; for each piece the
spans covering it are opened outermost first (sentence, claim, flag, entity...);
where a span crosses another it is closed and reopened, so one span may become
several elements. Only its first piece carries its id and its tab stop.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from cronica.report.safety import BIDI_CONTROLS, bidi_name

#: elements this module may write; anything else is a programming error
_TAGS = frozenset({"span", "a", "mark"})


@dataclass(frozen=True, slots=True)
class Highlight:
    """One span to wrap: the tag and attributes of its element, and its nesting rank (outer first)."""

    start: int
    end: int
    rank: int
    tag: str = "span"
    attrs: tuple[tuple[str, str], ...] = ()
    #: attributes only the first piece gets (an id, a tabindex, a description)
    first_attrs: tuple[tuple[str, str], ...] = ()


def render_highlighted(text: str, highlights: Iterable[Highlight]) -> Markup:
    """Escaped `text` with each highlight wrapped in its element."""
    spans = sorted(
        (h for h in highlights if 0 <= h.start < h.end <= len(text)),
        key=lambda h: (h.start, h.rank, -h.end),
    )
    for span in spans:
        if span.tag not in _TAGS:
            raise ValueError(f"tag not allowed in the report text: {span.tag}")
    boundaries = sorted({0, len(text), *(h.start for h in spans), *(h.end for h in spans)})
    starting: dict[int, list[int]] = {}
    for index, span in enumerate(spans):
        starting.setdefault(span.start, []).append(index)

    out: list[str] = []
    active: set[int] = set()
    open_stack: list[int] = []
    opened_before: set[int] = set()
    for left, right in itertools.pairwise(boundaries):
        active = {i for i in active if spans[i].end > left}
        active.update(starting.get(left, ()))
        wanted = sorted(active, key=lambda i: (spans[i].rank, spans[i].start, -spans[i].end, i))
        common = _common_prefix(open_stack, wanted)
        for index in reversed(open_stack[common:]):
            out.append(f"</{spans[index].tag}>")
        for index in wanted[common:]:
            out.append(_open_tag(spans[index], first=index not in opened_before))
            opened_before.add(index)
        open_stack = wanted
        out.append(text_to_html(text[left:right]))
    for index in reversed(open_stack):
        out.append(f"</{spans[index].tag}>")
    return Markup("".join(out))


def text_to_html(text: str) -> str:
    """Escaped text; bidi controls shown as visible marks instead of acting on the display."""
    if not any(ch in BIDI_CONTROLS for ch in text):
        return str(escape(text))
    parts = []
    for ch in text:
        if ch in BIDI_CONTROLS:
            name = bidi_name(ch)
            parts.append(f'<abbr class="cr-bidi" title="bidirectional control {name}">⟦{name}⟧</abbr>')
        else:
            parts.append(str(escape(ch)))
    return "".join(parts)


def _open_tag(span: Highlight, first: bool) -> str:
    attrs = list(span.attrs) + (list(span.first_attrs) if first else [])
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs if _is_attribute_name(name))
    return f"<{span.tag}{rendered}>"


def _is_attribute_name(name: str) -> bool:
    """Attribute names come from code, never from data: refuse anything odd, and event handlers."""
    return name.replace("-", "").isalnum() and name.isascii() and not name.lower().startswith("on")


def _common_prefix(left: Sequence[int], right: Sequence[int]) -> int:
    count = 0
    for a, b in zip(left, right, strict=False):
        if a != b:
            break
        count += 1
    return count
