"""An event dated by a counted offset from a dated named thing (#13, 13r, blind_relative_named_dates).

"two years after the revolution of 1917" is 1919, "un año antes de la Constitución de 1936" is 1935, "a month
after the congress of December 1927" is January 1928: the named thing's date shifted by the offset, at the
offset's precision, with `time_source: computed` and the named thing's timex as `time`. Months from a year alone
straddle two years, and a vague offset ("shortly after", "pocos años después") counts nothing: no date.
"""

from __future__ import annotations

import pytest

from cronica.events.timing import shifted


@pytest.mark.parametrize(
    ("anchor", "offset", "sign", "expected"),
    [
        ("1917", "P2Y", 1, "1919"),
        ("1936", "P1Y", -1, "1935"),
        ("1927-12", "P1Y", 1, "1928"),  # a year's offset gives a year
        ("1927-12", "P1M", 1, "1928-01"),
        ("1934-02", "P10M", 1, "1934-12"),
        ("1939-03", "P6M", -1, "1938-09"),
        ("1936-06-18", "P2M", -1, "1936-04"),
        ("1936", "P6M", -1, None),  # straddles 1935 and 1936
        ("1917", "PXY", 1, None),  # "a few years"
        ("PAST_REF", "P1Y", 1, None),
        ("1917-SU", "P1Y", 1, None),
    ],
)
def test_an_anchor_shifted_by_an_offset_at_the_offset_precision(anchor, offset, sign, expected):
    assert shifted(anchor, offset, sign) == expected


CASES = [
    ("analyze_en", "Bukharin was expelled three years after the congress of 1934.",
     {"three years": "P3Y", "1934": "1934"}, "1937"),
    ("analyze_en", "Six months prior to the congress of March 1939, Yezhov was dismissed.",
     {"Six months": "P6M", "March 1939": "1939-03"}, "1938-09"),
    ("analyze_en", "Yagoda was arrested a year before the 1938 census.", {"a year": "P1Y", "1938": "1938"}, "1937"),
    ("analyze_en", "Yagoda was arrested six months after the Constitution of 1936.",
     {"six months": "P6M", "1936": "1936"}, None),
    ("analyze_en", "Yagoda was arrested a few years after the Constitution of 1936.",
     {"a few years": "PXY", "1936": "1936"}, None),
    ("analyze_en", "Yagoda was arrested shortly after the Constitution of 1936.", {"1936": "1936"}, None),
    ("analyze_en", "Yagoda was exiled for two years after the Constitution of 1936.",
     {"two years": "P2Y", "1936": "1936"}, None),  # a length of the exile, no offset
    ("analyze_en", "In the first two years after the congress of 1934, Yagoda was arrested.",
     {"two years": "P2Y", "1934": "1934"}, None),  # a period, no point
    ("analyze_es", "Yagoda fue desterrado durante dos años después de la Constitución de 1936.",
     {"dos años": "P2Y", "1936": "1936"}, None),
    ("analyze_es", "Bujarin fue expulsado tres años después del congreso de 1934.",
     {"tres años": "P3Y", "1934": "1934"}, "1937"),
    ("analyze_es", "Seis meses antes del congreso de marzo de 1939, Yezhov fue destituido.",
     {"Seis meses": "P6M", "marzo de 1939": "1939-03"}, "1938-09"),
    ("analyze_es", "Yagoda fue detenido un año antes del censo de 1938.", {"un año": "P1Y", "1938": "1938"}, "1937"),
    ("analyze_es", "Yagoda fue detenido seis meses después de la Constitución de 1936.",
     {"seis meses": "P6M", "1936": "1936"}, None),
    ("analyze_es", "Yagoda fue detenido pocos años después de la Constitución de 1936.",
     {"pocos años": "PXY", "1936": "1936"}, None),
    ("analyze_es", "Yagoda fue detenido poco después de la Constitución de 1936.", {"1936": "1936"}, None),
]  # fmt: skip


EVENT_NOUN_CASES = [
    ("analyze_en", "Rykov was shot two years after the trial of 1936.", {"two years": "P2Y", "1936": "1936"}, "DEATH",
     "1938"),
    ("analyze_en", "Zinoviev was arrested a year before the 1936 trial.", {"a year": "P1Y", "1936": "1936"}, "ARREST",
     "1935"),
    ("analyze_es", "Rykov fue fusilado dos años después del juicio de 1936.", {"dos años": "P2Y", "1936": "1936"},
     "EXECUTION", "1938"),
    ("analyze_es", "Yagoda fue detenido tras el juicio de 1936.", {"1936": "1936"}, "ARREST", None),
]  # fmt: skip


@pytest.mark.parametrize(("analyzer", "text", "dates", "type_name", "expected"), EVENT_NOUN_CASES)
def test_an_event_noun_own_date_shifted_dates_the_other_event(request, analyzer, text, dates, type_name, expected):
    """ "a year after the trial of 1938": the trial keeps its date, the event lies a year after it."""
    analysis = request.getfixturevalue(analyzer)(text, dates)
    event = next(e for e in analysis.events if e.type == type_name)
    assert event.time_value == expected, event
    assert event.time_source == ("computed" if expected else None)
    trial = next(e for e in analysis.events if e.type == "TRIAL")
    assert (trial.time_value, trial.time_source) == ("1936", "clause")


@pytest.mark.parametrize(("analyzer", "text", "dates", "expected"), CASES)
def test_an_event_takes_the_date_computed_from_the_named_thing(request, analyzer, text, dates, expected):
    analysis = request.getfixturevalue(analyzer)(text, dates)
    (event,) = [e for e in analysis.events if e.type != "TRIAL"]
    assert event.time_value == expected, event
    if expected is None:
        assert event.time_source is None
    else:
        anchor = next(t for t in analysis.timexes if t.id == event.time)
        assert event.time_source == "computed" and anchor.type == "DATE" and anchor.value != expected


@pytest.mark.parametrize(
    ("lang", "text", "verdict", "words"),
    [
        ("en", "Sverdlov died three years after the revolution of 1917.", "contradicted",
         "three years after the revolution of 1917"),
        ("es", "Sverdlov murió dos años después de la revolución de 1917.", "supported", None),
        ("es", "Sverdlov murió un año después de la revolución de 1917.", "contradicted",
         "un año después de la revolución de 1917"),
    ],
)  # fmt: skip
def test_a_computed_date_is_checked_and_its_proof_quotes_the_offset(
    pipeline_es, pipeline_en, lang, text, verdict, words
):
    """Sverdlov died on 16 March 1919. The proof of a contradiction gives the words the date was computed from."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    claim = next(c for c in analysis.claims if c.verdict != "not_checkable")
    assert claim.verdict == verdict, claim.explanation
    if words is not None:
        assert claim.proof is not None and claim.proof.text_value == words
