"""A series' dates and words stay with their own item, and an exile with no place is checked by its date (#13, 13d).

Classes (blind set tests/data/verify/blind_dates_series_exiles.yaml): a series of participles after an interposed
relative clause, each with its own date; a repetition marker of a later item; an exile that names no place
(checked on the starts of the person's stays: Trotsky's are marked complete, Stalin's are not). Sentences of
this file are new, not the blind set's.
"""

from __future__ import annotations

import pytest

UNPLACED = [
    ("en", "In January 1928 Leon Trotsky was sent into exile.", "supported"),
    ("en", "Leon Trotsky was banished in 1924.", "contradicted"),
    ("es", "León Trotski fue desterrado en 1932.", "contradicted"),
    ("es", "En 1929 León Trotski fue desterrado.", "supported"),
    # a place the linker cannot identify may be the error: the date alone decides nothing
    ("en", "Leon Trotsky was exiled to C Asia (1924).", "not_enough_info"),
    # no completeness mark on Stalin's stays: a date with no stay is no proof
    ("es", "Stalin fue desterrado en 1912.", "not_enough_info"),
]


@pytest.mark.parametrize(("lang", "text", "verdict"), UNPLACED)
def test_an_exile_with_no_place_is_checked_on_the_stays_starts(pipeline_es, pipeline_en, lang, text, verdict):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (exile,) = [c for c in analysis.claims if c.event is not None]
    assert exile.verdict == verdict, exile.explanation


def test_an_exile_noun_is_never_checked_so(pipeline_en):
    analysis = pipeline_en.analyze_text("While in exile in 1931, Leon Trotsky wrote his autobiography.", lang="en")
    assert all(c.verdict != "contradicted" for c in analysis.claims)


def test_the_next_items_date_never_answers_for_the_exile(pipeline_en):
    text = (
        "Leon Trotsky was removed from the party by Stalin, who distrusted him, exiled to Alma-Ata (1925), "
        "and expelled from the Soviet Union (1929)."
    )
    analysis = pipeline_en.analyze_text(text, lang="en")
    events = {e.type: e for e in analysis.events}
    assert events["EXILE"].time_value == "1925"
    assert [p.text for p in events["EXILE"].participants if p.role == "patient"] == ["Leon Trotsky"]
    by_event = {c.event: c for c in analysis.claims}
    deportation = by_event[events["DEPORTATION"].id]
    assert "exiled" not in deportation.text  # the deportation's claim holds none of the exile's words
    assert by_event[events["EXILE"].id].verdict == "contradicted"


def test_a_later_items_marker_and_party(pipeline_es):
    text = (
        "Lev Kámenev, que había presidido el Sóviet de Moscú, fue expulsado del partido en 1927, readmitido en 1928 "
        "y expulsado otra vez en 1932."
    )
    analysis = pipeline_es.analyze_text(text, lang="es")
    expulsions = sorted((e for e in analysis.events if e.type == "EXPULSION"), key=lambda e: e.trigger.start)
    assert [e.repeated for e in expulsions] == [False, True]  # "otra vez" is the second expulsion's
    join = next(e for e in analysis.events if e.type == "JOIN")
    assert any(p.role == "organization" for p in join.participants)
    assert all(c.verdict != "contradicted" for c in analysis.claims)
