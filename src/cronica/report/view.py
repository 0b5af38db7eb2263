"""From an `Analysis` to what the report template shows: plain values, already made safe.

The template only loops and prints; every decision (which verdict colours an event,
which URL may be a link, where a vague date sits on the axis, what id an element
gets) is made here, where it can be tested without a browser. DOM ids are built from
positions (`d0-ev3`), never from data, so no id from the input reaches an attribute.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from cronica.folding import fold
from cronica.model import STATUS_NOT_RUN, STATUS_OK, STATUS_SKIPPED, Analysis, Claim, Entity, Event, Evidence, Proof
from cronica.options import PIPELINE_STAGES
from cronica.report.dates import TimeSpan, calendar_date, span_of
from cronica.report.i18n import Translations
from cronica.report.markup import Highlight, render_highlighted
from cronica.report.safety import safe_href, visible_label, wikidata_url
from cronica.timeline import timeline_order

#: worst first: an event with one contradicted claim is shown as contradicted
VERDICT_ORDER = ("contradicted", "supported", "not_enough_info", "not_checkable")
UNCHECKED = "unchecked"
#: a symbol beside each colour, so verdicts never depend on colour alone
VERDICT_SYMBOLS = {"contradicted": "✗", "supported": "✓", "not_enough_info": "?", "not_checkable": "–", UNCHECKED: "·"}

# nesting ranks of the text layers, outermost first
_RANK_SENTENCE, _RANK_CLAIM, _RANK_FLAG, _RANK_TRIGGER, _RANK_DATE, _RANK_ENTITY = range(6)


@dataclass(frozen=True)
class Link:
    text: str
    href: str | None = None


@dataclass(frozen=True)
class EventRow:
    key: str
    label: str
    type: str
    date: str
    precision: str
    verdict: str
    participants: str
    place: str
    modality: str
    sentence_key: str | None
    undated_reason: str | None = None


@dataclass(frozen=True)
class EvidenceRow:
    kb: str
    subject: Link
    property: Link
    value: Link
    qualifiers: str
    source: str
    url: str | None


@dataclass(frozen=True)
class ClaimRow:
    key: str
    text: str
    verdict: str
    evidence: tuple[EvidenceRow, ...]
    correction: str
    explanation: str
    event_key: str | None
    #: a contradicted claim's proof, link by link: (step name key, text, optional link)
    proof: tuple[ProofStep, ...] = ()
    #: a partial support: what it reached ("supported (month only)") and what it did not check; empty otherwise
    support_label: str = ""
    support_note: str = ""


@dataclass(frozen=True)
class ProofStep:
    label_key: str
    text: str
    link: Link | None = None


@dataclass(frozen=True)
class EntityRow:
    name: str
    label: str
    kb: Link | None
    mentions: int
    first_key: str
    surface_forms: str
    score: str
    #: the KB item's provisional id when it has no Wikidata QID yet ("" otherwise)
    provisional: str = ""


@dataclass(frozen=True)
class FlagRow:
    key: str
    text: str
    technique: str
    voice: str
    confidence: str
    explanation: str


@dataclass(frozen=True)
class StageRow:
    name: str
    status: str
    kind: str  # ok | skipped | not-run | failed


@dataclass(frozen=True)
class DocumentView:
    key: str
    lang: str
    title: str
    meta: tuple[tuple[str, str], ...]
    source_link: Link | None
    stages: tuple[StageRow, ...]
    warnings: tuple[str, ...]
    summary: tuple[tuple[str, object], ...]  # Summary's (name, count) pairs: a TypedDict's items() are objects
    conspiracy_probability: str | None
    techniques: tuple[tuple[str, int], ...]
    text_html: Markup
    timeline_json: str
    timeline_count: int
    events: tuple[EventRow, ...]
    undated: tuple[EventRow, ...]
    claims: tuple[ClaimRow, ...]
    entities: tuple[EntityRow, ...]
    flags: tuple[FlagRow, ...]
    timexes: int
    verdict_counts: Mapping[str, int] = field(default_factory=dict)


def build_document_view(analysis: Analysis, index: int, tr: Translations) -> DocumentView:
    prefix = f"d{index}"
    ids = _DomIds(analysis, prefix, tr)
    verdicts = _event_verdicts(analysis.claims)
    events = [_event_row(analysis, event, ids, verdicts) for event in timeline_order(analysis)]
    placed = [row for row in events if row.undated_reason is None]
    undated = [row for row in events if row.undated_reason is not None]
    doc = analysis.document
    verdict_counts = Counter(row.verdict for row in events)
    return DocumentView(
        key=prefix,
        lang=doc.lang if doc.lang.isalpha() else "und",
        title=visible_label(doc.title or doc.id or "document"),
        meta=_meta(analysis),
        source_link=_source_link(doc.source),
        stages=_stages(analysis.stages),
        warnings=tuple(visible_label(w, 500) for w in analysis.warnings),
        summary=tuple(analysis.summary.items()),
        conspiracy_probability=_probability(analysis.rhetoric.conspiracy_probability),
        techniques=tuple(
            sorted(
                ((visible_label(k), int(v)) for k, v in analysis.rhetoric.techniques.items()), key=lambda item: -item[1]
            )
        ),
        text_html=render_highlighted(analysis.text, _highlights(analysis, ids, verdicts)),
        timeline_json=_timeline_json(analysis, ids, verdicts),
        timeline_count=len(placed),
        events=tuple(placed),
        undated=tuple(undated),
        claims=tuple(_claim_row(claim, ids) for claim in analysis.claims),
        entities=_entity_rows(analysis.entities, ids),
        flags=tuple(_flag_row(analysis, i, ids, tr) for i in range(len(analysis.flags))),
        timexes=len(analysis.timexes),
        verdict_counts=dict(verdict_counts),
    )


# --- ids ---------------------------------------------------------------------------


class _DomIds:
    """Position-based DOM ids for every element the page links to."""

    def __init__(self, analysis: Analysis, prefix: str, tr: Translations) -> None:
        self.prefix = prefix
        self.tr = tr
        self.analysis = analysis
        self.sentence = {s.id: f"{prefix}-s{i}" for i, s in enumerate(analysis.sentences)}
        self.event = {e.id: f"{prefix}-ev{i}" for i, e in enumerate(analysis.events)}
        self.claim = {c.id: f"{prefix}-c{i}" for i, c in enumerate(analysis.claims)}
        self.entity = {e.id: f"{prefix}-e{i}" for i, e in enumerate(analysis.entities)}
        self.timexes = {t.id: t for t in analysis.timexes}
        self.intervals = {i.id: i for i in analysis.intervals}
        self.entities = {e.id: e for e in analysis.entities}

    def sentence_of_event(self, event: Event) -> str | None:
        if event.sentence in self.sentence:
            return self.sentence[event.sentence]
        found = self.analysis.sentence_of(event.trigger.start)
        return self.sentence.get(found.id) if found else None

    def flag(self, index: int) -> str:
        return f"{self.prefix}-f{index}"


# --- events and the timeline -----------------------------------------------------------


def _event_verdicts(claims: Sequence[Claim]) -> dict[str, str]:
    """The verdict an event is coloured by: the worst of its claims'."""
    by_event: dict[str, list[str]] = {}
    for claim in claims:
        if claim.event:
            by_event.setdefault(claim.event, []).append(claim.verdict)
    return {
        event: min(found, key=lambda v: VERDICT_ORDER.index(v) if v in VERDICT_ORDER else len(VERDICT_ORDER))
        for event, found in by_event.items()
    }


def event_span(event: Event, ids: _DomIds) -> TimeSpan | None:
    """Where an event sits on the axis: its interval if its time is one, else its timex value and mod."""
    if event.time in ids.intervals:
        interval = ids.intervals[event.time]
        first, last = ids.timexes.get(interval.start_timex), ids.timexes.get(interval.end_timex)
        begin = span_of(first.value, first.mod, first.calendar) if first else None
        end = span_of(last.value, last.mod, last.calendar) if last else None
        if begin and end and end.end > begin.start:
            return TimeSpan(begin.start, end.end, "interval", approximate=begin.approximate or end.approximate)
    timex = ids.timexes.get(event.time or "")
    calendar = timex.calendar if timex and timex.value == event.time_value else None  # "(O.S.)": its Gregorian day
    return span_of(event.time_value, timex.mod if timex else None, calendar)


def _event_row(analysis: Analysis, event: Event, ids: _DomIds, verdicts: Mapping[str, str]) -> EventRow:
    span = event_span(event, ids)
    if not calendar_date(event.time_value):  # no date, or PRESENT_REF and the like: not a date
        reason = ids.tr("undated_no_date")
    elif span is None:
        reason = ids.tr("undated_unplaceable", value=visible_label(event.time_value, 40))
    else:
        reason = None
    place = ids.entities.get(event.place or "")
    return EventRow(
        key=ids.event[event.id],
        label=visible_label(event.trigger.text, 80),
        type=visible_label(event.type, 60),
        date=visible_label(calendar_date(event.time_value) or "", 40),
        precision=precision_label(span, ids.tr),
        verdict=verdicts.get(event.id, UNCHECKED),
        participants=visible_label("; ".join(f"{p.role}: {p.text}" for p in event.participants), 200),
        place=visible_label(place.canonical or place.text, 80) if place else "",
        modality=event.modality,
        sentence_key=ids.sentence_of_event(event),
        undated_reason=reason,
    )


def _timeline_json(analysis: Analysis, ids: _DomIds, verdicts: Mapping[str, str]) -> str:
    """The placed events as data for the page's script (inserted with `tojson`-style escaping)."""
    items = []
    for event in analysis.events:
        span = event_span(event, ids)
        if span is None or not event.time_value:
            continue
        verdict = verdicts.get(event.id, UNCHECKED)
        items.append({
            "key": ids.event[event.id],
            "start": round(span.start, 5),
            "end": round(span.end, 5),
            "range": span.is_range,
            "approx": span.approximate,
            "openBefore": span.open_before,
            "openAfter": span.open_after,
            "precision": precision_label(span, ids.tr),
            "label": visible_label(event.trigger.text, 60),
            "type": visible_label(event.type, 60),
            "date": visible_label(event.time_value, 40),
            "verdict": verdict,
            "verdictLabel": verdict_label(verdict, ids.tr),
            "modality": event.modality,
            "sentence": ids.sentence_of_event(event),
        })  # fmt: skip
    items.sort(key=lambda item: (item["start"], item["end"]))
    return json_for_script(items)


def json_for_script(value: Any) -> str:
    """JSON safe inside a <script type="application/json"> element: no `<`, `>` or `&` survives."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )  # fmt: skip


# --- the text -------------------------------------------------------------------------


def _highlights(analysis: Analysis, ids: _DomIds, verdicts: Mapping[str, str]) -> list[Highlight]:
    marks: list[Highlight] = []
    events_by_sentence: dict[str, list[str]] = {}
    for event in analysis.events:
        sentence_key = ids.sentence_of_event(event)
        if sentence_key:
            events_by_sentence.setdefault(sentence_key, []).append(ids.event[event.id])
    for sentence in analysis.sentences:
        key = ids.sentence[sentence.id]
        attrs = [("class", "cr-sent"), ("data-sent", key)]
        if key in events_by_sentence:
            attrs.append(("data-events", " ".join(events_by_sentence[key])))
        marks.append(Highlight(sentence.start, sentence.end, _RANK_SENTENCE, attrs=tuple(attrs),
                               first_attrs=(("id", key),)))  # fmt: skip
    for claim in analysis.claims:
        key = ids.claim[claim.id]
        marks.append(Highlight(
            claim.start, claim.end, _RANK_CLAIM, "mark",
            attrs=(("class", f"cr-claim cr-v-{_css_token(claim.verdict)}"),
                   ("title", ids.tr("claim_title", verdict=verdict_label(claim.verdict, ids.tr)))),
            first_attrs=(("id", key), ("aria-describedby", f"{key}-verdict")),
        ))  # fmt: skip
    for index, flag in enumerate(analysis.flags):
        key = ids.flag(index)
        explain = f"{visible_label(flag.technique, 60)}: {visible_label(flag.explanation, 400)}"
        marks.append(Highlight(
            flag.start, flag.end, _RANK_FLAG, "mark",
            attrs=(("class", "cr-flag"), ("data-explain", explain)),
            first_attrs=(("id", key), ("tabindex", "0"), ("aria-describedby", f"{key}-x")),
        ))  # fmt: skip
    for event in analysis.events:
        key = ids.event[event.id]
        verdict = verdicts.get(event.id, UNCHECKED)
        names = {"label": visible_label(event.trigger.text, 60), "type": visible_label(event.type, 40)}
        if calendar_date(event.time_value):
            label = ids.tr("trigger_label", date=visible_label(event.time_value or "", 40), **names)
        else:
            label = ids.tr("trigger_label_undated", **names)
        marks.append(Highlight(
            event.trigger.start, event.trigger.end, _RANK_TRIGGER,
            attrs=(("class", f"cr-trigger cr-v-{_css_token(verdict)}"), ("data-ev", key)),
            first_attrs=(("id", f"{key}-t"), ("tabindex", "0"), ("role", "button"),
                         ("aria-label", label)),
        ))  # fmt: skip
    for timex in analysis.timexes:
        title = f"{timex.type} {timex.value}" + (f" ({timex.mod})" if timex.mod else "")
        marks.append(Highlight(timex.start, timex.end, _RANK_DATE,
                               attrs=(("class", "cr-date"), ("title", visible_label(title, 80)))))  # fmt: skip
    for entity in analysis.entities:
        marks.append(_entity_highlight(entity, ids.entity[entity.id], ids.tr))
    return marks


def _entity_highlight(entity: Entity, key: str, tr: Translations) -> Highlight:
    label = _css_token(entity.label)
    href = wikidata_url(entity.kb_id)
    if href:
        name = visible_label(entity.canonical or entity.text, 80)
        return Highlight(entity.start, entity.end, _RANK_ENTITY, "a",
                         attrs=(("class", f"cr-ent cr-ent-{label}"), ("href", href),
                                ("title", tr("entity_linked", name=name, kb_id=entity.kb_id, label=entity.label))),
                         first_attrs=(("id", key),))  # fmt: skip
    provisional = entity.provisional_id
    if provisional:  # in the KB, not yet matched to a Wikidata QID: no Wikidata link to offer
        name = visible_label(entity.canonical or entity.text, 80)
        return Highlight(entity.start, entity.end, _RANK_ENTITY,
                         attrs=(("class", f"cr-ent cr-ent-{label} cr-provisional"),
                                ("title", tr("entity_provisional", name=name, label=entity.label))),
                         first_attrs=(("id", key),))  # fmt: skip
    return Highlight(entity.start, entity.end, _RANK_ENTITY,
                     attrs=(("class", f"cr-ent cr-ent-{label} cr-unlinked"),
                            ("title", tr("entity_unlinked", label=entity.label))),
                     first_attrs=(("id", key),))  # fmt: skip


def precision_label(span: TimeSpan | None, tr: Translations) -> str:
    if span is None:
        return ""
    key = f"precision_{span.precision}"
    return tr(key) if key in tr.words else span.precision


def verdict_label(verdict: str, tr: Translations) -> str:
    """The verdict in the page's language (an unknown verdict is shown as it is)."""
    key = f"verdict_{verdict}"
    return tr(key) if key in tr.words else visible_label(verdict, 40)


def _css_token(value: str) -> str:
    """A class name part from a data value: letters, digits and _ only."""
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch == "_") else "-" for ch in value)[:40]


# --- tables and panels ---------------------------------------------------------------


def _claim_row(claim: Claim, ids: _DomIds) -> ClaimRow:
    return ClaimRow(
        key=ids.claim[claim.id],
        text=visible_label(claim.text, 600),
        verdict=claim.verdict,
        evidence=tuple(_evidence_row(item) for item in claim.evidence),
        correction=visible_label(claim.correction or "", 300),
        explanation=visible_label(claim.explanation, 600),
        event_key=ids.event.get(claim.event or ""),
        proof=_proof_steps(claim.proof),
        support_label=visible_label(claim.shown_verdict(), 80) if claim.partial else "",
        support_note=visible_label(claim.support.note, 400) if claim.partial and claim.support else "",
    )


def _proof_steps(proof: Proof | None) -> tuple[ProofStep, ...]:
    """The four links of a contradiction a reader audits: who, which property, the two values, the rule."""
    if proof is None:
        return ()
    prop = proof.property_label
    source = f" — {proof.source}" if proof.source else ""
    return (
        ProofStep(
            "proof_identity",
            visible_label(f"“{proof.mention}” → {proof.entity_label}. {proof.identity_note}", 400),
            Link(visible_label(proof.entity, 40), wikidata_url(proof.entity)),
        ),
        ProofStep(
            "proof_property",
            visible_label(prop, 60),
            Link(visible_label(proof.property, 20), wikidata_url(proof.property)),
        ),
        ProofStep("proof_reference", visible_label(f"{proof.reference_label}{source}", 400)),
        ProofStep("proof_text", visible_label(proof.text_value, 200)),
        ProofStep("proof_rule", visible_label(proof.rule_note, 300)),
    )


def _evidence_row(evidence: Evidence) -> EvidenceRow:
    value = _plain_value(evidence.value)
    qualifiers = "; ".join(f"{k}: {_plain_value(v)}" for k, v in dict(evidence.qualifiers).items())
    return EvidenceRow(
        kb=visible_label(evidence.kb, 40),
        subject=Link(visible_label(evidence.subject, 80), wikidata_url(evidence.subject)),
        property=Link(visible_label(evidence.property, 80), wikidata_url(evidence.property)),
        value=Link(visible_label(value, 200), wikidata_url(value)),
        qualifiers=visible_label(qualifiers, 300),
        source=visible_label(evidence.source or "", 200),
        url=safe_href(evidence.url),
    )


def _plain_value(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return "" if value is None else str(value)


def _entity_rows(entities: Sequence[Entity], ids: _DomIds) -> tuple[EntityRow, ...]:
    groups: dict[tuple[str, str], list[Entity]] = {}
    for entity in entities:
        provisional = entity.provisional_id
        if wikidata_url(entity.kb_id):
            group = (entity.kb_id, "")
        elif provisional:
            group = (provisional, "")
        else:
            group = (fold(entity.text), entity.label)  # "Zinóviev" and "Zinoviev", unlinked, are one row
        groups.setdefault(group, []).append(entity)  # type: ignore[arg-type]
    rows = []
    for mentions in groups.values():
        first = mentions[0]
        forms = Counter(m.text for m in mentions)
        href = wikidata_url(first.kb_id)
        scores = [m.score for m in mentions if m.score is not None]
        rows.append(EntityRow(
            name=visible_label(first.canonical or forms.most_common(1)[0][0], 100),
            label=first.label,
            kb=Link(visible_label(first.kb_id, 20), href) if href else None,
            provisional=visible_label(first.provisional_id or "", 72),
            mentions=len(mentions),
            first_key=ids.entity[first.id],
            surface_forms=visible_label(", ".join(form for form, _ in forms.most_common(5)), 200),
            score=f"{max(scores):.2f}" if scores else "",
        ))  # fmt: skip
    rows.sort(key=lambda row: (-row.mentions, fold(row.name)))  # "Álvarez" among the A's
    return tuple(rows)


def _flag_row(analysis: Analysis, index: int, ids: _DomIds, tr: Translations) -> FlagRow:
    flag = analysis.flags[index]
    if flag.voice == "author":
        voice = tr("voice_author")
    else:
        voice = tr("voice_attributed", speaker=visible_label(flag.speaker, 80) or tr("voice_quoted"))
    return FlagRow(
        key=ids.flag(index),
        text=visible_label(flag.text, 300),
        technique=visible_label(flag.technique, 60),
        voice=visible_label(voice, 120),
        confidence=f"{flag.confidence:.2f}",
        explanation=visible_label(flag.explanation, 600),
    )


def _stages(stages: Mapping[str, str]) -> tuple[StageRow, ...]:
    names = [name for name in PIPELINE_STAGES if name in stages] + [n for n in stages if n not in PIPELINE_STAGES]
    rows = []
    for name in names:
        status = str(stages[name])
        kind = {STATUS_OK: "ok", STATUS_SKIPPED: "skipped", STATUS_NOT_RUN: "not-run"}.get(status, "failed")
        rows.append(StageRow(visible_label(name, 40), visible_label(status, 300), kind))
    return tuple(rows)


def _meta(analysis: Analysis) -> tuple[tuple[str, str], ...]:
    doc = analysis.document
    meta = [
        ("meta_language", doc.lang),
        ("meta_characters", f"{doc.chars:,}"),
        ("meta_sentences", f"{len(analysis.sentences):,}"),
    ]
    if doc.dct:
        meta.append(("meta_dct", doc.dct))
    if doc.source and not safe_href(doc.source):
        meta.append(("meta_source", doc.source))
    meta.append(("meta_sha256", doc.sha256[:16] + "…"))
    return tuple((name, visible_label(value, 300)) for name, value in meta)


def _source_link(source: str | None) -> Link | None:
    href = safe_href(source)
    return Link(visible_label(source, 120), href) if href else None


def _probability(value: float | None) -> str | None:
    return None if value is None else f"{value:.2f}"
