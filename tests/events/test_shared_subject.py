"""A predicate that continues the clause before it shares its subject (#13, fifth round; blind set
tests/data/verify/blind_shared_subject.yaml, gold written before any run): a participle opened by an
adverb of sequence with no subject nor auxiliary ("fue detenido en 1898, luego deportado a Siberia en
1900", "was removed in 1929, later arrested and executed in 1938") is an event of the clause's passive
subject, dated by its own date only; "sent into exile" / "enviado al exilio" is an exile. An active
clause lends no subject to a passive continuation, and a continuation with its own subject keeps it.
"""

from __future__ import annotations

import pytest


def _events(analysis):
    names = {e.id: e.canonical or e.text for e in analysis.entities}
    return [
        (e.type, e.time_value, sorted(names.get(p.entity, p.text) for p in e.participants if p.role == "patient"))
        for e in analysis.events
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("es", "Sverdlov fue detenido en 1906 en Ekaterimburgo, luego desterrado a Narym en 1910.",
         [("ARREST", "1906", ["Yakov Sverdlov"]), ("EXILE", "1910", ["Yakov Sverdlov"])]),
        ("es", "Rýkov fue expulsado del partido en 1937, más tarde detenido y fusilado en 1938.",
         [("EXPULSION", "1937", ["Alexei Rykov"]), ("ARREST", "1937", ["Alexei Rykov"]),
          ("EXECUTION", "1938", ["Alexei Rykov"])]),
        ("en", "Rykov was expelled from the party in 1937, later arrested and executed in 1938.",
         [("EXPULSION", "1937", ["Alexei Rykov"]), ("ARREST", "1937", ["Alexei Rykov"]),
          ("EXECUTION", "1938", ["Alexei Rykov"])]),
        ("en", "Sverdlov was arrested in Yekaterinburg in 1906, then exiled to Narym in 1910.",
         [("ARREST", "1906", ["Yakov Sverdlov"]), ("EXILE", "1910", ["Yakov Sverdlov"])]),
        ("en", "In 1928 Radek was expelled from the party and sent into exile.",
         [("EXPULSION", "1928", ["Karl Radek"]), ("EXILE", "1928", ["Karl Radek"])]),
        ("es", "En 1928 Rádek fue expulsado del partido y enviado al exilio.",
         [("EXPULSION", "1928", ["Karl Radek"]), ("EXILE", "1928", ["Karl Radek"])]),
    ],
)  # fmt: skip
# (an undated continuation after "later"/"más tarde" takes the clause's date as a lower bound: time_after)
def test_a_continuation_shares_the_subject_and_keeps_its_date(pipeline_es, pipeline_en, lang, text, expected):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    assert _events(pipeline.analyze_text(text, lang=lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "patient"),
    [
        # the first clause is active: its subject is the agent, never the one exiled
        ("es", "Stalin expulsó a Rádek del partido en 1927, y luego lo desterró a Tomsk en 1928.", "Karl Radek"),
        # the continuation has its own subject
        ("es", "Zinóviev fue expulsado en 1927, luego Rádek fue desterrado en 1928.", "Karl Radek"),
        ("en", "Zinoviev was expelled in 1927, then Radek was exiled in 1928.", "Karl Radek"),
    ],
)
def test_the_continuation_never_takes_an_agent_or_another_subject(pipeline_es, pipeline_en, lang, text, patient):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    last = _events(pipeline.analyze_text(text, lang=lang))[-1]
    assert last[0] == "EXILE" and last[1] == "1928" and last[2] == [patient]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Stalin fue detenido en 1902, y luego deportado a Siberia."),
        ("en", "Stalin was arrested in 1902, then exiled to Siberia."),
    ],
)
def test_a_continuation_without_a_date_does_not_take_the_clauses_own(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    exile = _events(pipeline.analyze_text(text, lang=lang))[-1]
    analysis = pipeline.analyze_text(text, lang=lang)
    event = analysis.events[-1]
    assert exile[2] == ["Joseph Stalin"]
    assert event.time_source != "clause"  # at most "after 1902", never "in 1902"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "para luego" + infinitive tells what came next, not a goal
        ("es", "Sverdlov fue detenido en 1906, para luego ser desterrado a Narym en 1910."),
        # the passive auxiliary among the opening words
        ("es", "Sverdlov fue detenido en 1906, siendo luego desterrado a Narym en 1910."),
        ("en", "Sverdlov was arrested in 1906, then was exiled to Narym in 1910."),
    ],
)
def test_a_continuation_with_its_auxiliary_or_after_para(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    exile = analysis.events[-1]
    assert _events(analysis)[-1] == ("EXILE", "1910", ["Yakov Sverdlov"])
    assert exile.modality == "asserted"


def test_para_without_a_sequence_adverb_is_still_a_goal(pipeline_es):
    analysis = pipeline_es.analyze_text("Organizaron un complot para asesinar a Stalin en 1935.", lang="es")
    assert [e.modality for e in analysis.events if e.type == "DEATH"] == ["hypothetical"]
