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
from cronica.model import Analysis, Entity, Participant, Proof
from cronica.timeline import timeline_order
from cronica.timevalue import reference_of, sort_key

VERDICT_STYLE = {
    "supported": "green",
    "contradicted": "bold red",
    "not_enough_info": "yellow",
    "not_checkable": "dim",
}


def date_cell(value: str | None) -> str:
    """The timeline's date column: the value, or why there is none. PRESENT_REF ("now", "hoy" in a
    story) is not a date and is never shown as one."""
    if not value:
        return "(undated)"
    reference = reference_of(value)
    return f"(undated: {reference})" if reference else value


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
    verdicts = {claim.event: claim for claim in analysis.claims}
    for event in timeline_order(analysis):
        who = ", ".join(f"{p.role}: {_named(p, entities)}" for p in event.participants)
        place = entities[event.place].text if event.place in entities else ""
        claim = verdicts.get(event.id)
        verdict = claim.verdict if claim else ""
        table.add_row(
            date_cell(event.time_value),
            f"{event.type} «{event.trigger.text}»",
            who,
            place,
            "" if event.modality == "asserted" else event.modality,
            Text(claim.shown_verdict() if claim else "", style=VERDICT_STYLE.get(verdict, "")),
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
    for timex in sorted(analysis.timexes, key=lambda t: (sort_key(t.value), t.start)):
        table.add_row(timex.text, timex.type, timex.value, timex.mod or "", timex.anchor or "")
    return table


def _claims(analysis: Analysis) -> Table:
    table = Table(title="Claims", title_justify="left")
    for column in ("claim", "verdict", "correction / explanation"):
        table.add_column(column)
    for claim in analysis.claims:
        table.add_row(
            claim.text,
            Text(claim.shown_verdict(), style=VERDICT_STYLE.get(claim.verdict, "")),
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
    partial = sum(1 for claim in analysis.claims if claim.partial)
    if partial:  # "supported" counts partial supports too: say how many checked only part of the claim
        at = list(summary).index("supported")
        parts[at] += f" ({partial} partly)"
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
