"""The age a text gives a person at an event is a claim of its own (#13, class "age claims").

"Murió a los 73 años", "died aged 73", "fue detenido con 18 años": the verifier reckons the age
from the reference's date of birth and the date of death (for a death) or the text's date of
the event, and contradicts only when no day those dates allow gives the text's age. An age that
fits never supports the event by itself. The age of someone else (a subject's appositive, a
relative) is never read as the main figure's. The blind set is tests/data/verify/blind_age.yaml
(gold written before cronica read ages); these are other sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cronica.verify.ages import age_on, possible_ages, widened_for_old_style

CASES = [
    # (lang, text, verdict, the age named in the correction)
    ("es", "Lenin falleció en enero de 1924 a la edad de 53 años.", "supported", None),
    ("es", "Lenin falleció en enero de 1924 a los cincuenta y ocho años.", "contradicted", "53"),
    ("es", "Sverdlov murió en 1919 con 40 años.", "contradicted", "33"),
    ("en", "Trotsky died in Coyoacán in August 1940, aged 60.", "supported", None),
    ("en", "Trotsky died in Coyoacán in August 1940 at the age of sixty-five.", "contradicted", "60"),
    ("en", "Kirov was killed in December 1934 at the age of 39.", "contradicted", "48"),
]


@pytest.mark.parametrize(("lang", "text", "verdict", "age"), CASES)
def test_an_age_at_death_is_checked(pipeline_es, pipeline_en, lang, text, verdict, age):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (event,) = [e for e in analysis.events if e.type in ("DEATH", "EXECUTION")]
    assert event.age is not None and text[event.age.start : event.age.end] == event.age.text
    (claim,) = analysis.claims
    assert claim.verdict == verdict, claim.explanation
    assert claim.start <= event.age.start and event.age.end <= claim.end  # the claim shows its age
    if verdict == "contradicted":
        assert claim.proof is not None and claim.proof.rule == "age_arithmetic" and claim.proof.property == "P569"
        assert age in (claim.correction or "")


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # the subject's appositive: Mercader's age, not Trotsky's (who was 60); Mercader (born 7 February
        # 1913) was 27, and since he is in the pack that age may be contradicted as his (age_statements.py)
        ("es", "En agosto de 1940, Ramón Mercader, de 26 años, asesinó a Trotski en Coyoacán.", "Q33391"),
        ("en", "In August 1940 Ramón Mercader, aged 26, killed Trotsky in Coyoacán.", "Q33391"),
        # a relative's age: the father, never Lenin (who was 15 in 1886)
        ("es", "El padre de Lenin murió en 1886, a los 54 años.", "Q1394"),
        ("en", "Lenin's father died in 1886 at the age of 54.", "Q1394"),
    ],
)
def test_someone_elses_age_is_never_the_main_figures(pipeline_es, pipeline_en, lang, text, figure):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    contradicted = [c for c in analysis.claims if c.verdict == "contradicted"]
    assert all(c.proof is not None and c.proof.entity != figure for c in contradicted), [
        c.explanation for c in analysis.claims
    ]
    for claim in contradicted:  # only Mercader's own age, with the age his birth gives
        assert claim.proof is not None and claim.proof.rule == "age_arithmetic" and "27" in (claim.correction or "")


@pytest.mark.parametrize(
    ("lang", "text", "verdict"),
    [
        # an arrest dated by the text: Trotsky (born 7 November 1879) was 18 in January 1898, 19 after November
        ("es", "En 1898, con 18 años, Trotski fue detenido.", "supported"),
        ("en", "In 1898, aged 25, Trotsky was arrested.", "contradicted"),
    ],
)
def test_an_age_at_a_dated_event_is_reckoned_at_the_texts_date(pipeline_es, pipeline_en, lang, text, verdict):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    (claim,) = analysis.claims
    assert claim.verdict == verdict, claim.explanation


def test_an_age_alone_never_supports(pipeline_en):
    """The age fits, but the reference holds no such event: not supported on the age alone."""
    analysis = pipeline_en.analyze_text("In 1921, at the age of 41, Trotsky was arrested in Moscow.", lang="en")
    assert all(c.verdict != "supported" for c in analysis.claims), [c.explanation for c in analysis.claims]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "Kirov died in 1934 at 5 pm."), ("es", "Kírov murió en 1934 a las 5 de la tarde.")],
)
def test_a_clock_time_is_no_age(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    (event,) = pipeline.analyze_text(text, lang=lang).events
    assert event.age is None


# --- the arithmetic -------------------------------------------------------------------------

dates = st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2000, 12, 31))


@given(dates, dates)
def test_an_exact_birth_and_moment_give_one_age(born, day):
    if day < born:
        assert possible_ages((born, born), (day, day)) is None
        return
    assert possible_ages((born, born), (day, day)) == (age_on(born, day), age_on(born, day))


@given(dates, dates, st.integers(0, 400), st.integers(0, 400))
def test_every_day_of_the_spans_gives_an_age_inside_the_range(born, day, birth_width, moment_width):
    birth = (born, born + dt.timedelta(days=birth_width))
    moment = (day, day + dt.timedelta(days=moment_width))
    ages = possible_ages(birth, moment)
    if ages is None:
        return
    for b in (birth[0], birth[1]):
        for m in (moment[0], moment[1]):
            if m >= b:
                assert ages[0] <= age_on(b, m) <= ages[1]


def test_a_birthday_counts_from_its_own_day():
    assert age_on(dt.date(1878, 12, 18), dt.date(1953, 12, 17)) == 74
    assert age_on(dt.date(1878, 12, 18), dt.date(1953, 12, 18)) == 75


def test_an_old_style_date_widens_only_before_the_switch():
    switch = dt.date(1918, 2, 14)
    assert widened_for_old_style((dt.date(1898, 1, 1), dt.date(1898, 12, 31)), switch) == (
        dt.date(1897, 12, 19),
        dt.date(1899, 1, 13),
    )
    assert widened_for_old_style((dt.date(1925, 1, 1), dt.date(1925, 1, 1)), switch) == (
        dt.date(1925, 1, 1),
        dt.date(1925, 1, 1),
    )
