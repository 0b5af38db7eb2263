"""Continuous states that exclude a repeatable event (#13, helper 13x; blind set
tests/data/verify/blind_states_exclude.yaml).

`verify/resources/states.yaml` names the pack's statements of a state that went on without a break: a custody
without release (P793 cronica:custody, from the arrest to the release or the death) excludes an arrest; an
absence abroad without a visit home (P793 cronica:absence-abroad, P276 the country) excludes a return there.
The text's date must lie wholly inside the state at its precision (Old Style and, for a return, a journey's reach
before the end counted); the claim is then contradicted under rule `continuous_state`, the proof citing the state
and the correction dating the event at the state's start (the arrest) or end (the return). Anything else is left
as before, and a state that does not hold the whole date is said in the explanation.
"""

from __future__ import annotations

import pytest

from cronica.kb.registry import open_kb
from cronica.resources import load_resource, package_file
from cronica.verify.reference import ReferenceView
from cronica.verify.states import StatesFile, load_states

TYPES = ("ARREST", "RETURN")


def _claims(pipeline, text: str, lang: str):
    analysis = pipeline.analyze_text(text, lang=lang)
    wanted = {e.id for e in analysis.events if e.type in TYPES}
    found = [c for c in analysis.claims if c.event in wanted]
    assert found, [(e.type, e.trigger) for e in analysis.events]
    return found


CONTRADICTED = [
    # arrested on 16 December 1934, held until shot on 25 August 1936
    ("en", "Lev Kamenev was arrested in March 1936.", "16 December 1934"),
    ("es", "Lev Kámenev fue detenido en 1936.", "16 de diciembre de 1934"),
    # arrested at the February 1937 plenum, held until shot on 15 March 1938
    ("en", "Nikolai Bukharin was arrested in 1938.", "February 1937"),
    ("es", "Alekséi Rýkov fue arrestado en octubre de 1937.", "febrero de 1937"),
    # in New York from January 1917, back in Moscow in May 1917
    ("en", "Bukharin returned to Russia in February 1917.", "May 1917"),
    ("es", "Bujarin volvió a Rusia en febrero de 1917.", "mayo de 1917"),
    # before the journey home left New York in early April (13u: the departure replaces a journey's reach)
    ("en", "Bukharin returned to Moscow in March 1917.", "May 1917"),
]


@pytest.mark.parametrize(("lang", "text", "right"), CONTRADICTED)
def test_a_state_excludes_the_event_with_its_proof(pipeline_es, pipeline_en, lang, text, right):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claim = next(c for c in _claims(pipeline, text, lang) if c.verdict == "contradicted")
    assert claim.proof is not None and claim.proof.rule == "continuous_state"
    assert claim.proof.rule_note and "http" in claim.explanation
    assert claim.correction is not None and right in claim.correction


NOT_REFUTED = [
    # the arrest that began the custody
    ("en", "Kamenev was arrested on 16 December 1934.", {"supported"}),
    ("es", "Zinóviev fue detenido en diciembre de 1934.", {"supported"}),
    # the arrest that began it, told by the month only
    ("en", "Rykov was arrested in February 1937.", {"supported"}),
    # an arrest before the custody, after a release
    ("es", "Bujarin fue detenido en 1910.", {"supported"}),
    # the return that ended the absence, and a date after it (another trip cannot be ruled out)
    ("en", "Bukharin returned to Russia in May 1917.", {"supported"}),
    ("es", "Bujarin regresó a Rusia en agosto de 1917.", {"not_enough_info"}),
    # within the journey home (left New York in early April): the text may tell the departure
    ("en", "Bukharin returned to Moscow in April 1917.", {"not_enough_info"}),
]


@pytest.mark.parametrize(("lang", "text", "verdicts"), NOT_REFUTED)
def test_what_the_state_does_not_exclude_is_never_refuted(pipeline_es, pipeline_en, lang, text, verdicts):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claims = _claims(pipeline, text, lang)
    assert {c.verdict for c in claims} <= verdicts, [(c.verdict, c.explanation) for c in claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Zinoviev and Kamenev were tried in January 1935."),
        ("es", "En 1935 Kámenev fue juzgado de nuevo y condenado a diez años."),
        ("en", "While Bukharin was held in the Lubyanka, Yagoda was arrested in March 1937."),
    ],
)
def test_other_events_and_other_people_in_the_span(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    assert not [c for c in analysis.claims if c.verdict == "contradicted"]


def test_a_state_that_misses_part_of_the_date_is_said(pipeline_es, pipeline_en):
    # April 1917 lies within the journey home (left New York in April, in Moscow in May): the state is said, and
    # why it proves nothing
    claim = _claims(pipeline_en, "Bukharin returned to Moscow in April 1917.", "en")[0]
    assert claim.verdict == "not_enough_info"
    assert "does not end before that departure" in claim.explanation
    # a date nowhere near the state: the state is not mentioned
    claim = _claims(pipeline_es, "Bujarin regresó a Rusia en agosto de 1917.", "es")[0]
    assert claim.verdict == "not_enough_info" and "sin volver" not in claim.explanation


def test_the_states_file_is_valid_and_names_its_events():
    load_resource(package_file("cronica.verify", "resources", "states.yaml"), StatesFile)
    states = {state.id: state for state in load_states()}
    assert set(states) == {"custody", "absence"}
    assert "ARREST" in states["custody"].excludes and states["custody"].true_event == "start"
    assert states["absence"].excludes["RETURN"].match == "return" and states["absence"].place == "P276"


def test_the_pack_sources_every_state():
    view = ReferenceView(open_kb())
    for person in ("Q207459", "cronica:lev-kamenev", "Q186709", "cronica:alexei-rykov"):
        states = [f for f in view.facts(person, "P793") if f.value == "cronica:custody"]
        assert len(states) == 1 and states[0].source and states[0].qualifier("P580") and states[0].qualifier("P582")
    (absence,) = [f for f in view.facts("Q186709", "P793") if f.value == "cronica:absence-abroad"]
    assert absence.source and absence.qualifier("P276") == ("Q159",)
