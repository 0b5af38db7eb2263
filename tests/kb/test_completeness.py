"""Completeness marks: which lists the pack declares whole, and the shape that keeps a mark safe.

A mark lets the verifier read a repeated statement whose date does not match the text as a proof
(docs/kb.md "Completeness marks"). The verifier compares the text's date with the qualifier of every
statement of the same value (or, for an office, of the same body) that carries it: a statement
without the qualifier is skipped. So in a marked list, a date that one statement of a group gives
and another leaves out would let a true text about the undated one be contradicted by the dated one.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from cronica.kb.pack import load_source
from cronica.verify.states import load_states

TROTSKY, LENIN, STALIN, ZINOVIEV, KAMENEV = "Q33391", "Q1394", "Q855", "Q207459", "cronica:lev-kamenev"
BUKHARIN, YAGODA, YEZHOV, KIROV = "Q186709", "Q141869", "Q141860", "Q207682"
CPSU = "Q79854"

#: properties that can repeat and that the verifier compares only when they are marked complete
REPEATABLE = ("P102", "P463", "P39", "P551", "P26", "P1399", "P793")
DATES = ("P580", "P582", "P585")
#: how an office names the body it belongs to (the verifier's position links)
BODY_LINKS = ("P361", "P2389", "P642", "P1001")


def _marks() -> list[tuple[str, str]]:
    return [(entity["id"], pid) for entity in load_source()["entities"] for pid in entity.get("complete") or ()]


@pytest.mark.parametrize(
    ("item", "pid"),
    [
        (TROTSKY, "P40"),
        (TROTSKY, "P102"),
        (TROTSKY, "P39"),
        (TROTSKY, "P26"),
        (LENIN, "P26"),
        (LENIN, "P39"),  # the Politburo and the Sovnarkom chair, filed also under the USSR office's name from 1917
        ("Q132899", "P39"),  # Molotov: Politburo, Sovnarkom chair and deputy chair, foreign affairs
        (STALIN, "P26"),
        (ZINOVIEV, "P102"),
        (ZINOVIEV, "P39"),
        (KAMENEV, "P102"),
        (BUKHARIN, "P102"),
        (BUKHARIN, "P39"),
        (YEZHOV, "P39"),
        (KIROV, "P39"),
        (YEZHOV, "P793"),
        (LENIN, "P793"),  # 1887, 1895, 1900, 1914; the warrant of July 1917 is an ordered (hypothetical) arrest
        (ZINOVIEV, "P793"),  # 1908, 1932, 16 December 1934
        ("Q163816", "P793"),  # Yakov Dzhugashvili, taken prisoner in July 1941
        (TROTSKY, "P793"),  # 1898 (not 1897: docs/kb.md), 1905, 1916, 1917 twice, 1928, 1929, 1936
    ],
)
def test_marked_lists(kb, item, pid):
    assert kb.is_complete(item, pid)


@pytest.mark.parametrize(
    ("item", "pid"),
    [
        (STALIN, "P39"),  # the end of his Commissariat of Nationalities is 1922 or 1923 by the source
        (STALIN, "P40"),  # an adopted son and sons born out of wedlock are not in the pack
        ("cronica:georgy-pyatakov", "P102"),  # joined the Bolsheviks in 1910 or 1912 by the source
        (KAMENEV, "P793"),  # "arrested several times" before 1917: not every arrest is in
        (STALIN, "P793"),  # the sources count six, seven or eight Tsarist arrests
        (ZINOVIEV, "P40"),
    ],
)
def test_lists_left_unmarked(kb, item, pid):
    assert not kb.is_complete(item, pid)


def test_a_marked_list_dates_every_statement_of_a_group_or_none(kb):
    """Within a marked repeatable property, statements compared together carry the same date qualifiers."""
    unsafe = []
    for item, pid in _marks():
        if pid not in REPEATABLE:
            continue
        groups: dict[str, list] = defaultdict(list)
        for statement in kb.statements(item, pid):
            keys = {str(statement.value)}
            if pid == "P39" and isinstance(statement.value, str):
                keys |= {str(body) for link in BODY_LINKS for body in kb.values(statement.value, link)}
            for key in keys:
                groups[key].append(statement)
        for key, statements in groups.items():
            for qualifier in DATES:
                dated = [bool(s.qualifier(qualifier)) for s in statements]
                if any(dated) and not all(dated):
                    unsafe.append((item, pid, key, qualifier))
    assert not unsafe, unsafe


@pytest.mark.parametrize("person", [TROTSKY, ZINOVIEV, KAMENEV, BUKHARIN, YAGODA, YEZHOV, "cronica:alexei-rykov"])
def test_the_party_one_was_expelled_from_is_the_only_ended_membership(kb, person):
    """ "Expelled from the party" names the one membership that ended (the verifier's generic party):
    a faction joined for a while (Trotsky's Mensheviks) carries no end, so it does not make that ambiguous."""
    ended = {s.value for s in kb.statements(person, "P102") if s.qualifier("P582")}
    assert ended == {CPSU}


# --- arrests: P793 significant events whose value is the class cronica:arrest -------------------------------

ARREST = "cronica:arrest"


def test_arrests_are_dated_significant_events(kb):
    assert kb.label(ARREST, "en") == "arrest" and kb.label(ARREST, "es") == "detención"
    dates = sorted(s.qualifier("P585").iso for s in kb.statements(ZINOVIEV, "P793") if s.value == ARREST)
    assert dates == ["1908", "1932", "1934-12-16"]
    (yezhov,) = kb.statements(YEZHOV, "P793")
    assert yezhov.qualifier("P585").iso == "1939-04-10" and yezhov.qualifier("P276") == "Q649"
    lenin = {s.qualifier("P585").iso: s.qualifier("P276") for s in kb.statements(LENIN, "P793") if s.value == ARREST}
    assert lenin == {"1887-12": None, "1895-12": "Q656", "1900": "Q656", "1914-08": None}


def test_stalins_arrest_of_1911_is_in_but_his_list_stays_open(kb):
    """Fourth wave: the St Petersburg arrest of 9 September 1911 O.S. (22 September N.S.) enters at month precision;
    the mark waits, because the sources count his Tsarist arrests differently."""
    dates = sorted(s.qualifier("P585").iso for s in kb.statements(STALIN, "P793"))
    assert dates == ["1902", "1908", "1910", "1911-09", "1912", "1913"]
    assert not kb.is_complete(STALIN, "P793")


def test_significant_events_of_people_are_arrests_only(kb):
    """docs/kb.md: a person's P793 holds arrests, so a mark on it means 'every arrest is listed'; the only other
    values are the continuous states verify/resources/states.yaml names (13x: a custody, an absence abroad), which
    the verifier never counts as arrests (a check matches its statement by value)."""
    states = {state.value for state in load_states()}
    for entity in load_source()["entities"]:
        for statement in kb.statements(entity["id"], "P793"):
            assert statement.value == ARREST or statement.value in states, (entity["id"], statement.value)
            if statement.value == ARREST:
                assert statement.qualifier("P585"), entity["id"]
            else:  # a state: its start and end
                assert statement.qualifier("P580") and statement.qualifier("P582"), entity["id"]
