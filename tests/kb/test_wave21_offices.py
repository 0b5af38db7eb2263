"""Offices and family lists the pack lacked (issue 14, twenty-first wave), in English and Spanish.

The wave added Kerensky's three offices in the Provisional Government and Kolchak's Supreme Ruler (four office
items, none with an inception), the Presidium's candidacies of October 1952 that were missing (Brezhnev, Vyshinsky,
Kosygin), Rudzutak's second candidacy (1934-1937), and completeness marks on the one-wife and two-wife lists of
Molotov and Kamenev (docs/kb.md, "Twenty-first wave")."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb
from kb.test_wave15_verdicts import _verdicts

KERENSKY, KOLCHAK = "cronica:alexander-kerensky", "cronica:alexander-kolchak"
CANDIDATE = "cronica:candidate-member-of-the-politburo"
NEW_OFFICES = (
    "cronica:minister-chairman-of-the-provisional-government",
    "cronica:minister-of-war-of-the-provisional-government",
    "cronica:minister-of-justice-of-the-provisional-government",
    "cronica:supreme-ruler-of-russia",
)


def _terms(kb, person, office):
    return [
        (getattr(s.qualifier("P580"), "iso", None), getattr(s.qualifier("P582"), "iso", None))
        for s in kb.statements(person, "P39")
        if s.value == office
    ]


def test_kerensky_and_kolchak_hold_their_dated_offices():
    kb = open_kb("embedded")
    assert _terms(kb, KERENSKY, NEW_OFFICES[2]) == [("1917-03", "1917-05")]
    assert _terms(kb, KERENSKY, NEW_OFFICES[1]) == [("1917-05", "1917-09")]
    assert _terms(kb, KERENSKY, NEW_OFFICES[0]) == [("1917-07", "1917-11")]
    assert _terms(kb, KOLCHAK, NEW_OFFICES[3]) == [("1918-11-18", "1920-01-04")]


def test_the_new_offices_carry_no_inception_and_the_ministries_no_body():
    """An inception lets the "never held" rule refute the office for anyone whose P39 is complete (Trotsky "the
    minister of war"); a body shared by the ministries and the chair made one office's date support another's."""
    kb = open_kb("embedded")
    for office in NEW_OFFICES:
        assert kb.values(office, "P571") == [], office
    for office in NEW_OFFICES[1:3]:
        assert kb.values(office, "P361") == [] and kb.values(office, "P2389") == [], office


@pytest.mark.parametrize(
    ("person", "term"),
    [
        ("Q765165", ("1952-10-16", "1953-03")),  # Brezhnev
        ("Q155860", ("1952-10-16", "1953-03")),  # Vyshinsky
        ("cronica:alexei-kosygin", ("1952-10-16", "1953-03")),
        ("cronica:ivan-kabanov", ("1952-10-16", "1953-03")),
        ("cronica:janis-rudzutaks", ("1934-02-10", "1937-05-26")),
    ],
)
def test_the_missing_candidacies_are_in(person, term):
    assert term in _terms(open_kb("embedded"), person, CANDIDATE)


def test_the_wives_lists_are_marked_and_lenins_siblings_are_not():
    kb = open_kb("embedded")
    assert kb.is_complete("Q132899", "P26")  # Molotov: Polina Zhemchuzhina
    assert kb.is_complete("cronica:polina-zhemchuzhina", "P26")
    assert kb.is_complete("cronica:lev-kamenev", "P26")  # Olga Kameneva, Tatiana Glebova
    # two infants (Olga, 1868; Nikolai, 1873) are not in the pack: "Lenin's brother died in 1873" is true
    assert not kb.is_complete("Q1394", "P3373")


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Kerensky was appointed Minister of War in May 1917."),
        ("pipeline_es", "Alexandr Kérenski fue nombrado presidente del Gobierno Provisional en julio de 1917."),
        # ("fue proclamado" is read as a founding, the events stage's: docs/kb.md, "Twenty-first wave")
        ("pipeline_es", "En noviembre de 1918 Aleksandr Kolchak fue nombrado Gobernante Supremo de Rusia."),
        ("pipeline_en", "In October 1952 Leonid Brezhnev became a candidate member of the Presidium."),
    ],
)
def test_a_true_office_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert verdicts and all(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Molotov's wife died in 1955."),
        ("pipeline_es", "La esposa de Mólotov murió en 1960."),
    ],
)
def test_a_wrong_date_of_a_marked_wife_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # Trotsky's P39 is complete and his commissariat is the Soviet office: the Provisional Government's ministry
        # a loose title links to must never refute him
        ("pipeline_en", "In 1918 Trotsky became minister of war."),
        ("pipeline_es", "En 1918 Trotski fue nombrado ministro de la Guerra."),
        # Kerensky's offices are not marked complete: a wrong date is no proof, and no other office of his supports it
        ("pipeline_en", "Alexander Kerensky became Minister-Chairman of the Provisional Government in March 1917."),
    ],
)
def test_a_loose_or_unlisted_office_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict not in ("contradicted",) for _, verdict in verdicts), verdicts
    if "Kerensky" in text:
        assert all(verdict != "supported" for _, verdict in verdicts), verdicts
