"""The 1952 Presidium, the first Council of People's Commissars and Central Committee seats (issue 14, eleventh
wave), in English and in Spanish.

The pack now holds nine more members of the Presidium elected at the 19th Congress and seven more members of the
Council of People's Commissars of 8 November 1917, with their births and deaths; a death admits one date, so a
wrong one is refuted, and a date the sources disagree on is held at the precision they share (or left out) and
never refutes a true text. A seat in the Central Committee is a membership (P463): "elected to the Central
Committee" is checked against it, and since no P463 is marked complete, a wrong date of it is never refuted."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb

POLITBURO_MEMBER = "Q108495011"
CANDIDATE = "cronica:candidate-member-of-the-politburo"
CENTRAL_COMMITTEE = "Q1971373"


def _verdicts(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    return [(c.text, c.verdict) for c in claims]


def test_the_new_presidium_members_hold_a_seat_from_october_1952():
    kb = open_kb("embedded")
    members = {
        "cronica:mikhail-suslov": POLITBURO_MEMBER,
        "cronica:otto-kuusinen": POLITBURO_MEMBER,
        "cronica:mikhail-pervukhin": POLITBURO_MEMBER,
        "cronica:panteleimon-ponomarenko": POLITBURO_MEMBER,
        "cronica:semyon-ignatiev": POLITBURO_MEMBER,
        "cronica:matvei-shkiryatov": POLITBURO_MEMBER,
        "cronica:vyacheslav-malyshev": POLITBURO_MEMBER,
        "cronica:ivan-tevosian": CANDIDATE,
    }
    for person, office in members.items():
        starts = [v for s in kb.statements(person, "P39") if s.value == office for v in s.qualifiers.get("P580", ())]
        assert any((start.year, start.month) == (1952, 10) for start in starts), (person, starts)


def test_a_central_committee_seat_is_a_membership_with_its_dates():
    kb = open_kb("embedded")
    assert CENTRAL_COMMITTEE in kb.values("Q33391", "P463")
    assert CENTRAL_COMMITTEE in kb.values("cronica:felix-dzerzhinsky", "P463")
    assert "cronica:pavel-dybenko" in kb.values("cronica:alexandra-kollontai", "P26")  # the mirrored marriage


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Mikhail Suslov died in 1985."),
        ("pipeline_es", "Panteleimón Ponomarenko murió en Kiev en 1984."),
        ("pipeline_en", "Nikolai Glebov-Avilov died in 1945."),
        ("pipeline_es", "Iván Teodoróvich murió en 1940."),
    ],
)
def test_a_wrong_death_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Trotsky was elected to the Bolshevik Central Committee in August 1917."),
        ("pipeline_es", "En 1917 Dzerzhinski fue elegido miembro del Comité Central bolchevique."),
        ("pipeline_en", "Matvei Shkiryatov died in Moscow on 18 January 1954."),
        ("pipeline_es", "Otto Kuusinen murió en Moscú en 1964."),
    ],
)
def test_a_true_text_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert verdicts and all(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # removed from the Central Committee in October 1927: the date is wrong, but no P463 is marked complete
        ("pipeline_es", "Trotski fue expulsado del Comité Central del partido en 1926."),
        # died on 2 September 1937 or 30 December 1938 by the source: no death date in the pack
        ("pipeline_en", "Georgy Oppokov died in 1938."),
        # 20 February or 20 September 1957 by the source: held at the year
        ("pipeline_en", "Vyacheslav Malyshev died in September 1957."),
        # 25 or 26 January 1982 by the source: held at the month
        ("pipeline_es", "Mijaíl Súslov murió el 26 de enero de 1982."),
    ],
)
def test_a_disputed_or_unmarked_value_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict in verdicts), verdicts
