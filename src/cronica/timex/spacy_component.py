"""The tagger as a spaCy component: `nlp.add_pipe("cronica_timex")`.

    >>> import spacy, cronica.timex.spacy_component  # registers the factory
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("cronica_timex", config={"dct": "2019-12-20"})
    >>> doc = nlp("We met yesterday.")
    >>> [t.value for t in doc._.timexes]
    ['2019-12-19']
    >>> [(span.text, span.label_, span._.timex_value) for span in doc.spans["timex"]]
    [('yesterday', 'DATE', '2019-12-19')]

Results are kept twice, both serializable so a `DocBin` (with `store_user_data=True`)
round-trips them: `doc._.timexes` / `doc._.timex_intervals` give cronica's `Timex` and
`Interval` objects (rebuilt from plain records), and `doc.spans["timex"]` holds one span per
TIMEX3, labelled with its type (DATE, TIME, DURATION, SET), its value, mod and id in
`span._.timex_value`, `span._.timex_mod`, `span._.timex_id` — what displaCy's span view
shows (`displacy.render(doc, style="span", options={"spans_key": "timex"})`).

The language comes from the pipeline (`nlp.lang`) unless `lang` is configured; the
DCT may be set per document with `doc._.dct` before the component runs.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from cronica.model import Interval, Timex
from cronica.timex.tagger import Tagger, get_tagger

#: the span group of the TIMEX3 expressions
SPANS_KEY = "timex"


def _timexes(doc: Doc) -> list[Timex] | None:
    records = doc._.timex_records
    return None if records is None else [Timex(**record) for record in records]


def _intervals(doc: Doc) -> list[Interval] | None:
    records = doc._.timex_interval_records
    return None if records is None else [Interval(**record) for record in records]


for _name in ("timex_records", "timex_interval_records", "dct"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", getter=_timexes)
if not Doc.has_extension("timex_intervals"):
    Doc.set_extension("timex_intervals", getter=_intervals)
for _name in ("timex_value", "timex_mod", "timex_id"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


def _record(item: Any) -> dict[str, Any]:
    return {field.name: getattr(item, field.name) for field in dataclasses.fields(item)}


class TimexComponent:
    def __init__(self, tagger: Tagger, dct: str | None, mode: str | None) -> None:
        self.tagger = tagger
        self.dct = dct
        self.mode = mode

    def __call__(self, doc: Doc) -> Doc:
        result = self.tagger.tag(doc.text, dct=doc._.dct or self.dct, mode=self.mode)
        doc._.timex_records = [_record(timex) for timex in result.timexes]
        doc._.timex_interval_records = [_record(interval) for interval in result.intervals]
        spans = []
        for timex in result.timexes:
            span = doc.char_span(timex.start, timex.end, label=timex.type, alignment_mode="expand")
            if span is None:
                continue
            span._.timex_value, span._.timex_mod, span._.timex_id = timex.value, timex.mod, timex.id
            spans.append(span)
        doc.spans[SPANS_KEY] = spans
        return doc


@Language.factory(
    "cronica_timex",
    assigns=["doc._.timexes", "doc._.timex_intervals", "doc.spans"],
    default_config={"lang": None, "dct": None, "mode": None},
)
def make_timex_component(
    nlp: Language, name: str, lang: str | None, dct: str | None, mode: str | None
) -> TimexComponent:
    return TimexComponent(get_tagger(lang or nlp.lang), dct, mode)
