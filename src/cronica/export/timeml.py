"""TimeML: the text with inline TIMEX3 and EVENT tags, MAKEINSTANCEs and event→timex TLINKs.

Follows TimeML 1.2.1's conventions: TIMEX3 (tid, type, value, mod, anchorTimeID,
functionInDocument for the creation time), EVENT (eid, class), MAKEINSTANCE (eiid,
eventID, pos, tense, aspect, polarity, modality) and TLINK (lid, eventInstanceID,
relatedToTime, relType). An event dated in its clause is IS_INCLUDED in its timex;
one dated by an "after that" marker is AFTER it. Several documents are wrapped in one
<TimeMLDocuments> element so the output stays one well-formed XML document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

from cronica.export import register_exporter
from cronica.model import Analysis, Event, Timex

#: characters XML 1.0 forbids; replaced so the output always parses
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
EVENT_CLASS = {"STATEMENT": "REPORTING", "ACCUSATION": "REPORTING", "RESIDENCE": "STATE"}
REL_TYPE = {"inherited_after": "AFTER"}


def _text(value: str) -> str:
    return escape(_INVALID_XML.sub("\ufffd", value))


def _attr(value: str) -> str:
    return quoteattr(_INVALID_XML.sub("\ufffd", value))


def _timex_tag(timex: Timex) -> str:
    attributes = [f"tid={_attr(timex.id)}", f"type={_attr(timex.type)}", f"value={_attr(timex.value)}"]
    if timex.mod:
        attributes.append(f"mod={_attr(timex.mod)}")
    if timex.anchor:
        attributes.append(f"anchorTimeID={_attr('t0' if timex.anchor == 'dct' else timex.anchor)}")
    return "<TIMEX3 " + " ".join(attributes) + ">"


def _event_id(event: Event) -> str:
    return "e" + event.id.removeprefix("ev")


def _inline(analysis: Analysis) -> str:
    """The text with tags; a span overlapping an earlier one (never expected) is left untagged."""
    spans: list[tuple[int, int, str, str]] = []
    for timex in analysis.timexes:
        spans.append((timex.start, timex.end, _timex_tag(timex), "</TIMEX3>"))
    seen_triggers: set[tuple[int, int]] = set()
    for event in analysis.events:
        key = (event.trigger.start, event.trigger.end)
        if key in seen_triggers:  # one verb split into two events (two dates) is one EVENT tag
            continue
        seen_triggers.add(key)
        css = EVENT_CLASS.get(event.type, "OCCURRENCE")
        spans.append((*key, f"<EVENT eid={_attr(_event_id(event))} class={_attr(css)}>", "</EVENT>"))
    spans.sort(key=lambda span: (span[0], -span[1]))
    out: list[str] = []
    position = 0
    for start, end, opening, closing in spans:
        if start < position:
            continue
        out.append(_text(analysis.text[position:start]))
        out.append(opening + _text(analysis.text[start:end]) + closing)
        position = end
    out.append(_text(analysis.text[position:]))
    return "".join(out)


def render_document(analysis: Analysis) -> str:
    lines = ["<TimeML>", f"<DOCID>{_text(analysis.document.id)}</DOCID>"]
    if analysis.document.dct:
        dct = analysis.document.dct
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={_attr(dct)} temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{_text(dct)}</TIMEX3></DCT>'
        )
    lines.append(f"<TEXT>{_inline(analysis)}</TEXT>")
    event_ids: dict[tuple[int, int], str] = {}
    for number, event in enumerate(analysis.events, start=1):
        eid = event_ids.setdefault((event.trigger.start, event.trigger.end), _event_id(event))
        polarity = "NEG" if event.modality == "negated" else "POS"
        modality = "" if event.modality in ("asserted", "negated") else f" modality={_attr(event.modality)}"
        pos = event.trigger.pos or "OTHER"  # an analysis built without it: TimeML's "OTHER"
        lines.append(
            f'<MAKEINSTANCE eiid="ei{number}" eventID={_attr(eid)} pos="{pos}" tense="NONE" aspect="NONE" '
            f'polarity="{polarity}"{modality}/>'
        )
    link = 0
    for number, event in enumerate(analysis.events, start=1):
        if event.time:
            link += 1
            relation = REL_TYPE.get(event.time_source or "", "IS_INCLUDED")
            if event.time_source == "computed":  # "two years after the revolution of 1917": after its timex
                anchor = analysis.timexes_by_id.get(event.time)
                before = anchor is not None and (event.time_value or "") < anchor.value
                relation = "BEFORE" if before else "AFTER"
            lines.append(
                f'<TLINK lid="l{link}" eventInstanceID="ei{number}" '
                f'relatedToTime={_attr(event.time)} relType="{relation}"/>'
            )
    lines.append("</TimeML>")
    return "\n".join(lines)


@register_exporter("timeml", suffix=".tml", description="TimeML 1.2.1: TIMEX3, EVENT, MAKEINSTANCE, TLINK event→timex")
def render_timeml(analyses: Iterable[Analysis]) -> str:
    documents = [render_document(analysis) for analysis in analyses]
    header = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if len(documents) == 1:
        return header + documents[0] + "\n"
    return header + "<TimeMLDocuments>\n" + "\n".join(documents) + "\n</TimeMLDocuments>\n"
