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
from cronica.model import Analysis, Event

VERDICT_STYLE = {
    "supported": "green",
    "contradicted": "bold red",
    "not_enough_info": "yellow",
    "not_checkable": "dim",
}


def timeline_order(analysis: Analysis) -> list[Event]:
    """Dated events by normalized value (partial dates sort at their start), then undated ones in text order."""
    dated = [event for event in analysis.events if event.time_value]
    undated = [event for event in analysis.events if not event.time_value]
    dated.sort(key=lambda event: (sort_key_of_value(event.time_value or ""), event.trigger.start))
    return dated + sorted(undated, key=lambda event: event.trigger.start)


def sort_key_of_value(value: str) -> tuple[int, str]:
    """Order TIMEX3 values: BC years before AD ones, then lexicographic (ISO sorts by itself)."""
    if value.startswith("BC"):
        digits = value[2:6]
        return (-int(digits) if digits.isdigit() else 0, value)
    head = value[:4].replace("X", "0")
    return (int(head) if head.isdigit() else 0, value)


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
        who = ", ".join(f"{p.role}: {p.text}" for p in event.participants)
        place = entities[event.place].text if event.place in entities else ""
        verdict = verdicts.get(event.id, "")
        table.add_row(
            event.time_value or "(undated)",
            f"{event.type} «{event.trigger.text}»",
            who,
            place,
            "" if event.modality == "asserted" else event.modality,
            Text(verdict, style=VERDICT_STYLE.get(verdict, "")),
        )
    return table


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
            claim.correction or claim.explanation,
        )
    return table


def _flags(analysis: Analysis) -> Table:
    probability = analysis.rhetoric.conspiracy_probability
    title = "Rhetoric (judged apart from the facts)"
    if probability is not None:
        title += f" — conspiracy-narrative probability {probability:.2f}"
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
