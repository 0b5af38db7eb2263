"""Coverage of the Soviet period the issue names: Politburo terms after 1926, People's Commissars,
the Comintern's heads, trial defendants, party congresses (issue 14, second wave)."""

from __future__ import annotations

import pytest

POLITBURO, CANDIDATE = "Q108495011", "cronica:candidate-member-of-the-politburo"
COMMISSAR, COMINTERN = "Q11741603", "cronica:chairman-of-the-communist-international"


def _iso(statement, pid):
    value = statement.qualifier(pid)
    return value.iso if value else None


def _terms(kb, person, office):
    return sorted((_iso(s, "P580"), _iso(s, "P582")) for s in kb.statements(person, "P39") if s.value == office)


@pytest.mark.parametrize(
    ("person", "office", "terms"),
    [
        ("cronica:stanislav-kosior", CANDIDATE, [("1927-12-19", "1930-07-13")]),
        ("cronica:stanislav-kosior", POLITBURO, [("1930-07-13", "1938-05-03")]),
        ("cronica:anastas-mikoyan", POLITBURO, [("1935-02-01", "1966")]),
        ("Q141829", CANDIDATE, [("1939-03-22", "1946-03-18")]),  # Beria
        ("Q215705", POLITBURO, [("1930-07-13", "1957")]),  # Kaganovich
        ("Q186185", POLITBURO, [("1926-01-01", "1960-07-16")]),  # Voroshilov
        ("Q186709", COMINTERN, [("1926-11", "1929")]),  # Bukharin after Zinoviev
        ("cronica:georgi-dimitrov", COMINTERN, [(None, "1943")]),
        ("cronica:anatoly-lunacharsky", COMMISSAR, [("1917-11-08", "1929-09")]),
    ],
)
def test_offices_with_their_terms(kb, person, office, terms):
    assert _terms(kb, person, office) == terms


def test_trial_defendants_and_congresses(kb):
    sixteen = set(kb.subjects("P1344", "cronica:trial-of-the-sixteen"))
    assert {"Q207459", "cronica:lev-kamenev", "cronica:ivan-smirnov", "cronica:sergei-mrachkovsky"} <= sixteen
    assert "cronica:nikolay-krestinsky" in kb.subjects("P1344", "cronica:trial-of-the-twenty-one")
    (fifteenth,) = kb.statements("cronica:fifteenth-party-congress", "P585")
    assert fifteenth.value.iso == "1927-12"
    (opened,) = kb.statements("cronica:seventeenth-party-congress", "P580")
    assert opened.value.iso == "1934-01-26"


def test_kuibyshev_names_a_man_and_a_city(kb):
    found = {c.qid for c in kb.candidates("Kuibyshev", lang="en")}
    assert {"cronica:valerian-kuibyshev", "cronica:samara"} <= found
