"""A return from abroad dated before the journey home left (#13, helper 13u; blind set
tests/data/verify/blind_return_departure.yaml).

An absence abroad without a visit home (P793 cronica:absence-abroad) may carry the journey home's departure as
P1319 (the policy's `journey_qualifier`, as on a forced journey's stay). The text's return date may tell that
departure, which took place abroad: its own (Gregorian) days must end before the departure, and read as Old Style
too, before the return, for the return to be refuted (rule `continuous_state`, corrected to the return). A date
within the journey, the departure itself, a return after a later trip and a return to a city inside the country
are never refuted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from cronica.kb.registry import open_kb
from cronica.verify.dates import PartialDate
from cronica.verify.reference import ReferenceView

TYPES = ("RETURN", "ARRIVAL", "TRAVEL", "MOVE")


def _claims(pipeline, text: str, lang: str):
    analysis = pipeline.analyze_text(text, lang=lang)
    wanted = {e.id for e in analysis.events if e.type in TYPES}
    return [c for c in analysis.claims if c.event in wanted]


CONTRADICTED = [
    # Bukharin left New York in early April 1917, reached Moscow in early May
    ("en", "Nikolai Bukharin returned to Russia in March 1917.", "May 1917", "leaving in April 1917"),
    ("es", "Bujarin regresó a Moscú en marzo de 1917, en los inicios de la revolución.", "mayo de 1917", "abril"),
    # Lenin left Zurich on 9 April 1917, reached Petrograd on 16 April
    ("en", "Lenin returned to Russia in March 1917.", "16 April 1917", "leaving on 9 April 1917"),
    ("es", "Lenin volvió a Rusia en marzo de 1917, poco después de la caída del zar.", "16 de abril", "9 de abril"),
]


@pytest.mark.parametrize(("lang", "text", "right", "departure"), CONTRADICTED)
def test_a_return_before_the_departure_is_refuted_with_the_arrival(
    pipeline_es, pipeline_en, lang, text, right, departure
):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claim = next(c for c in _claims(pipeline, text, lang) if c.verdict == "contradicted")
    assert claim.proof is not None and claim.proof.rule == "continuous_state"
    assert departure in claim.explanation and "http" in claim.explanation
    assert claim.correction is not None and right in claim.correction


NOT_REFUTED = [
    # within the journey home: the text may tell the departure
    ("en", "Bukharin returned to Russia in April 1917."),
    ("es", "Lenin regresó a Rusia el 12 de abril de 1917."),
    # the departure itself, told as such
    ("en", "Lenin left Zurich for Russia on 9 April 1917."),
    ("es", "Bujarin partió de Nueva York rumbo a Rusia a principios de abril de 1917."),
    # the return that ended the absence
    ("es", "Lenin regresó a Petrogrado el 16 de abril de 1917."),
    ("en", "Bukharin came back to Moscow in early May 1917."),
    # a return after another trip, and a return to a city inside the country
    ("en", "Lenin returned to Russia in November 1905."),
    ("es", "Bujarin volvió a Moscú desde París a finales de abril de 1936."),
    ("es", "Lenin regresó a Petrogrado en octubre de 1917 para dirigir la insurrección."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_REFUTED)
def test_the_journey_and_other_returns_are_never_refuted(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claims = _claims(pipeline, text, lang)
    assert not [c for c in claims if c.verdict == "contradicted"], [(c.verdict, c.explanation) for c in claims]


def test_a_date_within_the_journey_names_the_departure(pipeline_en, pipeline_es):
    claim = _claims(pipeline_en, "Bukharin returned to Russia in April 1917.", "en")[0]
    assert claim.verdict == "not_enough_info" and "does not end before that departure" in claim.explanation
    claim = _claims(pipeline_es, "Lenin regresó a Rusia el 12 de abril de 1917.", "es")[0]
    assert claim.verdict == "not_enough_info" and "no termina antes de esa partida" in claim.explanation


def test_the_pack_holds_each_journey_home_with_its_source():
    view = ReferenceView(open_kb())
    for person, departure in (("Q186709", (1917, 4, None)), ("Q1394", (1917, 4, 9))):
        (absence,) = [f for f in view.facts(person, "P793") if f.value == "cronica:absence-abroad"]
        (left,) = absence.qualifier("P1319")
        assert isinstance(left, PartialDate) and (left.year, left.month, left.day) == departure
        (back,) = absence.qualifier("P582")
        assert isinstance(back, PartialDate) and back.to_gregorian().span()[0] > dt.date(*departure[:2], 1)
        assert absence.source and absence.qualifier("P276") == ("Q159",)
