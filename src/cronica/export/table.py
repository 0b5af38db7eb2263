"""The terminal view: a timeline table, then claims, then rhetoric flags, kept apart.

Facts (the timeline and its verdicts) and rhetoric are shown in separate tables on
purpose: a flag never colours a fact.
"""

from __future__ import annotations

import io
from collections.abc import Iterable

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from cronica.export import register_exporter
from cronica.model import Analysis, Entity, Event, Participant, Proof

VERDICT_STYLE = {
    "supported": "green",
    "contradicted": "bold red",
    "not_enough_info": "yellow",
    "not_checkable": "dim",
}


def timeline_order(analysis: Analysis) -> list[Event]:
    """Dated events by the interval their date denotes, then undated ones in text order.

    A partial date is placed by its interval: "1927" (all of 1927) starts before
    "1927-11-12" and, beginning on the same day as "1927-01-01", ends after it; dates
    without a known year ("XXXX-01", "PAST_REF") go after every placed date.
    """
    dated = [event for event in analysis.events if event.time_value]
    undated = [event for event in analysis.events if not event.time_value]
    dated.sort(key=lambda event: (sort_key_of_value(event.time_value or ""), event.trigger.start))
    return dated + sorted(undated, key=lambda event: event.trigger.start)


UNPLACED = (10**9, 10**9)
#: TIMEX3 reference values: when, relative to the text, but not a date ("now", "recently")
_REFERENCES = {"PRESENT_REF": "present", "PAST_REF": "past", "FUTURE_REF": "future"}


def date_cell(value: str | None) -> str:
    """The timeline's date column: the value, or why there is none. PRESENT_REF ("now", "hoy" in a
    story) is not a date and is never shown as one."""
    if not value:
        return "(undated)"
    reference = _REFERENCES.get(value)
    return f"(undated: {reference})" if reference else value


def sort_key_of_value(value: str) -> tuple[tuple[int, int], str]:
    """Order TIMEX3 values by (start, end) of the interval they denote, then lexically."""
    interval = interval_of_value(value)
    return (interval if interval is not None else UNPLACED, value)


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_QUARTER_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "H2": (7, 12)}


def interval_of_value(value: str) -> tuple[int, int] | None:
    """First and last day denoted by a TIMEX3 date value, as yyyymmdd integers (BC negative)."""
    value = value.split("T", 1)[0]
    sign = 1
    if value.startswith("BC"):
        value, sign = value[2:], -1
    head, _, rest = value.partition("-")
    if not head or not all(c.isdigit() or c == "X" for c in head) or head.startswith("X"):
        return None
    width = 10 ** (4 - len(head)) if len(head) < 4 else 1  # "19" century, "192" decade digits
    digits = head.replace("X", "0")
    low_year = int(digits) * width
    high_year = int(head.replace("X", "9")) * width + (width - 1)
    if sign < 0:
        low_year, high_year = -high_year, -low_year
    if head.count("X") or len(head) < 4 or not rest:
        return (_day(low_year, 1, 1), _day(high_year, 12, 31))
    part = rest.split("-")
    if part[0] in _SEASON_MONTHS or part[0] in _QUARTER_MONTHS:
        first, last = _SEASON_MONTHS.get(part[0]) or _QUARTER_MONTHS[part[0]]
        return (_day(low_year, first, 1), _day(low_year, last, 31))
    if part[0].startswith("W") and part[0][1:].isdigit():
        day_of_year = min(int(part[0][1:]) * 7, 364)
        first = _day(low_year, 1 + day_of_year // 31, day_of_year % 31 + 1)
        return (first, first + 6)
    if not part[0].isdigit():
        return (_day(low_year, 1, 1), _day(high_year, 12, 31))
    month = int(part[0])
    if len(part) > 1 and part[1].isdigit():
        day = int(part[1])
        return (_day(low_year, month, day), _day(low_year, month, day))
    return (_day(low_year, month, 1), _day(low_year, month, 31))


def _day(year: int, month: int, day: int) -> int:
    """yyyymmdd as one integer; also monotonic for negative (BC) years, month and day being positive."""
    return year * 10000 + month * 100 + day


def render_renderables(analysis: Analysis) -> Group:
    parts: list = [_header(analysis)]
    if analysis.events:
        parts.append(_timeline(analysis))
    elif analysis.timexes:
        parts.append(_dates(analysis))
    if analysis.claims:
        parts.append(_claims(analysis))
    if analysis.flags or analysis.rhetoric.conspiracy_probability is not None:
        parts.append(_flags(analysis))
    parts.append(_summary(analysis))
    return Group(*parts)


def _header(analysis: Analysis) -> Text:
    doc = analysis.document
    text = Text()
    text.append(f"{doc.title or doc.id}", style="bold")
    text.append(f"  [{doc.lang}] {doc.chars:,} characters, {len(analysis.sentences)} sentences")
    if doc.dct:
        text.append(f", written {doc.dct}")
    pending = [f"{name}: {status}" for name, status in analysis.stages.items() if status != "ok"]
    if pending:
        text.append("\nstages not applied: " + "; ".join(pending), style="dim")
    return text


def _timeline(analysis: Analysis) -> Table:
    table = Table(title="Timeline", title_justify="left", expand=False)
    for column in ("date", "event", "participants", "place", "modality", "verdict"):
        table.add_column(column)
    entities = {entity.id: entity for entity in analysis.entities}
    verdicts = {claim.event: claim.verdict for claim in analysis.claims}
    for event in timeline_order(analysis):
        who = ", ".join(f"{p.role}: {_named(p, entities)}" for p in event.participants)
        place = entities[event.place].text if event.place in entities else ""
        verdict = verdicts.get(event.id, "")
        table.add_row(
            date_cell(event.time_value),
            f"{event.type} «{event.trigger.text}»",
            who,
            place,
            "" if event.modality == "asserted" else event.modality,
            Text(verdict, style=VERDICT_STYLE.get(verdict, "")),
        )
    return table


def _named(participant: Participant, entities: dict[str, Entity]) -> str:
    """A pronoun shows the person it resolved to: "he (Leon Trotsky)"."""
    entity = entities.get(participant.entity or "")
    if entity is None or entity.text == participant.text or entity.text in participant.text:
        return participant.text
    return f"{participant.text} ({entity.text})"


def _dates(analysis: Analysis) -> Table:
    table = Table(title="Dates found (no events extracted)", title_justify="left")
    for column in ("text", "type", "value", "mod", "anchor"):
        table.add_column(column)
    for timex in sorted(analysis.timexes, key=lambda t: (sort_key_of_value(t.value), t.start)):
        table.add_row(timex.text, timex.type, timex.value, timex.mod or "", timex.anchor or "")
    return table


def _claims(analysis: Analysis) -> Table:
    table = Table(title="Claims", title_justify="left")
    for column in ("claim", "verdict", "correction / explanation"):
        table.add_column(column)
    for claim in analysis.claims:
        table.add_row(
            claim.text,
            Text(claim.verdict, style=VERDICT_STYLE.get(claim.verdict, "")),
            "\n".join(filter(None, [claim.correction or claim.explanation, _proof_lines(claim.proof)])),
        )
    return table


def _proof_lines(proof: Proof | None) -> str:
    """A contradiction's proof in four lines: who, the property and both values, and the rule."""
    if proof is None:
        return ""
    prop = f"{proof.property_label} ({proof.qualifier or proof.property})"
    source = f" ({proof.source})" if proof.source else ""
    return "\n".join(
        [
            f"proof — who: “{proof.mention}” → {proof.entity_label} ({proof.entity}). {proof.identity_note}",
            f"  {prop}: reference {proof.reference_label}{source}; text “{proof.text_value}”",
            f"  rule: {proof.rule_note}",
        ]
    )


def _flags(analysis: Analysis) -> Table:
    probability = analysis.rhetoric.conspiracy_probability
    title = "Rhetoric (judged apart from the facts)"
    if probability is not None:
        # shown only when the calibrated model is sure either way (docs/rhetoric.md): say what it means
        title += (
            f" — conspiracy-narrative probability {probability:.2f}"
            " (from the wording alone, not a verdict on the facts)"
        )
    table = Table(title=title, title_justify="left")
    for column in ("span", "technique", "voice", "explanation"):
        table.add_column(column)
    for flag in analysis.flags:
        voice = flag.voice if flag.voice == "author" else f"{flag.speaker or 'quoted'} (attributed)"
        table.add_row(flag.text, flag.technique, voice, flag.explanation)
    return table


def _summary(analysis: Analysis) -> Text:
    summary = analysis.summary
    parts = [f"{value} {key.replace('_', ' ')}" for key, value in summary.items()]
    return Text("summary: " + ", ".join(parts), style="bold")


def print_table(analyses: Iterable[Analysis], console: Console) -> None:
    for index, analysis in enumerate(analyses):
        if index:
            console.rule()
        console.print(render_renderables(analysis))


@register_exporter("table", suffix=".txt", description="a readable timeline table (the terminal default)")
def render_table(analyses: Iterable[Analysis]) -> str:
    buffer = io.StringIO()
    print_table(analyses, Console(file=buffer, width=120, color_system=None, force_terminal=False))
    return buffer.getvalue()
