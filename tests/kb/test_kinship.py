"""Kinship, repeated statements and completeness marks: the shape of facts the verifier reads."""

from __future__ import annotations

import pytest

from cronica.kb.base import FATHER, FEMALE, MALE, MOTHER
from cronica.kb.linker import Linker, Mention
from cronica.kb.pack import load_source

TROTSKY, STALIN, LENIN, ZINOVIEV, KAMENEV = "Q33391", "Q855", "Q1394", "Q207459", "cronica:lev-kamenev"


# --- kinship read both ways --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("person", "relation", "expected"),
    [
        (TROTSKY, "son", ["Q543149", "Q1456019"]),  # Lev and Sergei Sedov
        (TROTSKY, "daughter", ["Q529934", "Q120277197"]),  # Zinaida Volkova, Nina Nevelson
        (TROTSKY, "father", ["Q58419633"]),  # David Bronstein: entered only as his P40, read from the child
        (TROTSKY, "mother", ["Q25677832"]),
        # Olga Kameneva; Elizaveta Meilman (wave 17: a child of the same parents)
        (TROTSKY, "sister", ["Q452517", "cronica:elizaveta-meilman"]),
        (TROTSKY, "wife", ["Q262376", "Q270084"]),
        ("Q452517", "husband", [KAMENEV]),  # a provisional item as a relative
        (STALIN, "mother", ["Q241535"]),
        (STALIN, "father", ["Q717406"]),
        ("Q228584", "father", [STALIN]),  # Svetlana
        ("Q228584", "mother", ["Q233999"]),  # Nadezhda Alliluyeva
        ("Q163816", "mother", ["Q254673"]),  # Yakov: Kato Svanidze
        ("Q459216", "brother", ["Q163816"]),  # Vasily and Yakov: a shared father
    ],
)
def test_relatives(kb, person, relation, expected):
    assert kb.relatives(person, relation) == expected


def test_siblings_come_from_statements_and_from_shared_parents(kb):
    siblings = set(kb.relatives(LENIN, "sibling"))
    # Olga Ulyanova has no P3373 at all: she is found through her parents
    assert {"Q333241", "Q4174883", "Q1965609", "Q4475079", "Q4475081"} <= siblings
    assert LENIN not in siblings
    assert set(kb.relatives("Q4475081", "sister")) >= {"Q4174883", "Q4475079"}


def test_an_unknown_relation_is_refused(kb):
    with pytest.raises(ValueError, match="unknown relation"):
        kb.relatives(TROTSKY, "cousin")


def test_kinship_is_symmetric_across_the_pack(kb):
    """Every spouse and sibling statement has its mirror; every child its parent's P22/P25 and back."""
    people = [entity["id"] for entity in load_source()["entities"] if (entity.get("claims") or {}).get("P31") == "Q5"]
    for person in people:
        for spouse in kb.values(person, "P26"):
            assert person in kb.values(spouse, "P26"), (person, spouse)
        for sibling in kb.values(person, "P3373"):
            assert person in kb.values(sibling, "P3373"), (person, sibling)
        for parent in kb.values(person, FATHER) + kb.values(person, MOTHER):
            assert person in kb.values(parent, "P40"), (person, parent)
        sex = kb.values(person, "P21")
        for child in kb.values(person, "P40"):
            if sex == [MALE]:
                assert person in kb.values(child, FATHER), (person, child)
            elif sex == [FEMALE]:
                assert person in kb.values(child, MOTHER), (person, child)


def test_a_mirrored_statement_keeps_the_source_of_the_one_it_mirrors(kb):
    (mother,) = kb.statements(STALIN, "P25")  # entered as Keke Geladze's P40 only
    assert mother.value == "Q241535" and mother.source_url == "http://everything.explained.today/Keke_Geladze/"


# --- repeated statements, each with its own qualifiers -------------------------------------------------------


def test_repeated_party_memberships_keep_their_own_dates(kb):
    terms = sorted(
        (s.qualifier("P580").iso, s.qualifier("P582").iso)
        for s in kb.statements(ZINOVIEV, "P102")
        if s.value == "Q79854"
    )
    assert terms == [("1903", "1927"), ("1928", "1932"), ("1933", "1934")]  # expelled, readmitted, expelled...
    kamenev = [s for s in kb.statements(KAMENEV, "P102") if s.value == "Q79854"]
    assert len(kamenev) == 3 and len({s.id for s in kamenev}) == 3


def test_several_offices_and_exiles(kb):
    offices = {(s.value, s.qualifier("P580").iso) for s in kb.statements(ZINOVIEV, "P39")}
    assert ("cronica:chairman-of-the-communist-international", "1919-03-02") in offices
    assert ("Q108495011", "1921-03-16") in offices and ("Q108495011", "1917") in offices
    exiles = {s.value: s.qualifier("P580").iso for s in kb.statements("cronica:christian-rakovsky", "P551")}
    assert exiles == {"cronica:astrakhan": "1928-01", "cronica:barnaul": "1929-09-04"}


# --- completeness marks -------------------------------------------------------------------------------------


def test_completeness_marks(kb):
    assert kb.is_complete(ZINOVIEV, "P102") and kb.is_complete(KAMENEV, "P102")
    assert kb.is_complete(TROTSKY, "P40")
    assert not kb.is_complete(ZINOVIEV, "P40") and not kb.is_complete(STALIN, "P39")
    assert not kb.is_complete("not an id", "P102") and not kb.is_complete(ZINOVIEV, "not a pid")


def test_live_wikidata_never_claims_completeness(tmp_path):
    from cronica.kb.wikidata import SparqlClient, WikidataKB

    def no_network(*args):
        raise AssertionError("is_complete must not query the service")

    online = WikidataKB(SparqlClient(transport=no_network, cache_dir=tmp_path))
    assert online.is_complete(ZINOVIEV, "P102") is False


# --- the linker: relatives named by first name + patronymic, or by a surname only when unambiguous ----------


@pytest.fixture(scope="module")
def linker(kb):
    return Linker(kb)


def link(linker, *names):
    return [decision.qid for decision in linker.link_document([Mention(name, "PER") for name in names])]


@pytest.mark.parametrize(
    ("name", "qid"),
    [
        ("Olga Davidovna", "Q452517"),
        ("Olga Davídovna", "Q452517"),
        ("Ilya Nikolayevich", "Q280722"),
        ("Iliá Nikoláievich", "Q280722"),
        ("Anna Ilyinichna", "Q4174883"),
        ("María Ilínichna", "Q4475079"),
        ("Maria Alexandrovna", "Q470041"),
    ],
)
def test_first_name_and_patronymic(linker, name, qid):
    assert link(linker, name) == [qid]


def test_a_shared_surname_names_the_bearer_named_in_full(linker):
    assert link(linker, "Nadezhda Alliluyeva", "Alliluyeva") == ["Q233999", "Q233999"]
    assert link(linker, "Svetlana Alilúyeva", "Alilúyeva") == ["Q228584", "Q228584"]


def test_a_shared_surname_without_one_bearer_in_view_stays_unlinked(linker):
    assert link(linker, "Alliluyeva") == [None]
    assert link(linker, "Stalin", "Alliluyeva") == [STALIN, None]  # both women are related to him: still ambiguous
    assert link(linker, "Nadezhda Alliluyeva", "Svetlana Alliluyeva", "Alliluyeva")[-1] is None


def test_a_secondary_surname_yields_to_the_bearer_named_in_full(linker):
    # "Ulyanov" alone is Lenin (his birth name), but after "Alexander Ulyanov" it is the brother
    assert link(linker, "Ulyanov") == [LENIN]
    assert link(linker, "Alexander Ulyanov", "Ulyanov") == ["Q333241", "Q333241"]
    assert link(linker, "Yakov Dzhugashvili", "Dzhugashvili") == ["Q163816", "Q163816"]
    # a principal surname stays with its owner: "Vasily Stalin ... Stalin" is still the father
    assert link(linker, "Vasily Stalin", "Stalin") == ["Q459216", STALIN]


# --- repeated statements drive verdicts, in both languages ---------------------------------------------------


def test_each_expulsion_is_checked_against_its_own_statement(pipeline_en, pipeline_es):
    english = pipeline_en.analyze_text("Zinoviev was expelled from the party in 1932.")
    spanish = pipeline_es.analyze_text("Zinóviev fue expulsado del partido en 1932.")
    for analysis in (english, spanish):
        (claim,) = analysis.claims
        assert claim.verdict == "supported", claim.explanation
