"""People texts about the period name often (issue 14, nineteenth wave), in English and Spanish.

The wave added the Red Army commanders of the 1937 military trial and Blyukher, Kerensky and the White leaders,
Fanny Kaplan, Leonid Nikolaev, Jacob Schiff and Parvus (docs/kb.md, "Nineteenth wave"). A day the pages disagree on
is cut to the month and a disputed birth year left out: such texts must never be refuted."""

from __future__ import annotations

import pytest

from cronica.kb import open_kb
from kb.test_wave15_verdicts import _verdicts

EXECUTED = "Q8454"
MOSCOW, NEW_YORK, BERLIN = "Q649", "Q60", "Q64"


@pytest.mark.parametrize(
    ("qid", "death", "place"),
    [
        ("cronica:mikhail-tukhachevsky", "1937-06", MOSCOW),
        ("cronica:iona-yakir", "1937-06-12", MOSCOW),
        ("cronica:ieronim-uborevich", "1937-06", MOSCOW),
        ("cronica:vasily-blyukher", "1938-11-09", MOSCOW),
        ("cronica:alexander-kerensky", "1970-06-11", NEW_YORK),
        ("cronica:alexander-kolchak", "1920-02-07", "cronica:irkutsk"),
        ("cronica:fanny-kaplan", "1918-09-03", MOSCOW),
        ("cronica:jacob-schiff", "1920-09-25", NEW_YORK),
        ("cronica:alexander-parvus", "1924-12-12", BERLIN),
    ],
)
def test_each_new_person_has_the_death_the_pages_agree_on(qid, death, place):
    kb = open_kb("embedded")
    assert [v.iso for v in kb.values(qid, "P570")] == [death]
    assert kb.values(qid, "P20") == [place]


def test_the_executed_are_executed_and_blyukher_and_kornilov_are_not():
    kb = open_kb("embedded")
    shot = (
        "mikhail-tukhachevsky",
        "iona-yakir",
        "ieronim-uborevich",
        "alexander-kolchak",
        "fanny-kaplan",
        "leonid-nikolaev",
    )
    for name in shot:
        assert kb.values(f"cronica:{name}", "P1196") == [EXECUTED], name
    # Blyukher died in custody before any verdict (the manner is disputed); Kornilov was killed by a shell
    assert kb.values("cronica:vasily-blyukher", "P1196") == []
    assert kb.values("cronica:lavr-kornilov", "P1196") == []


def test_the_transliterations_name_the_new_people():
    kb = open_kb("embedded")
    for mention, qid in (
        ("Tujachevski", "cronica:mikhail-tukhachevsky"),
        ("Kérenski", "cronica:alexander-kerensky"),
        ("Blücher", "cronica:vasily-blyukher"),
        ("Alexander Helphand", "cronica:alexander-parvus"),
        ("Uborévich", "cronica:ieronim-uborevich"),
    ):
        assert qid in {c.qid for c in kb.candidates(mention)}, mention
    # common surnames never name one of them alone
    for qid in ("cronica:fanny-kaplan", "cronica:leonid-nikolaev", "cronica:jacob-schiff", "cronica:iona-yakir"):
        assert not kb.surname_alone(qid), qid


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Alexander Kolchak died in 1925."),
        ("pipeline_es", "Mijaíl Tujachevski murió en 1941."),
        ("pipeline_en", "Jacob Schiff died in 1930."),
        ("pipeline_es", "Antón Denikin murió en 1938."),
    ],
)
def test_a_wrong_date_of_a_new_person_is_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert any(verdict == "contradicted" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Iona Yakir was shot in Moscow in 1937."),
        ("pipeline_es", "Alexandr Kérenski murió en Nueva York en 1970."),
    ],
)
def test_a_true_text_about_the_new_people_is_supported(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert verdicts and all(verdict == "supported" for _, verdict in verdicts), verdicts


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        # 11 June (the GSE, Brockhaus) or 12 June 1937 (en.wikipedia): the month only
        ("pipeline_en", "Ieronim Uborevich was executed on 11 June 1937."),
        # 1889 or 1890; 1873 or 1874: left out
        ("pipeline_es", "Vasili Blücher nació en 1890."),
        ("pipeline_en", "Alexander Kolchak was born in 1873."),
        # Kornilov was killed near Ekaterinodar: no place of death is entered
        ("pipeline_en", "Lavr Kornilov died in Ekaterinodar in 1918."),
    ],
)
def test_a_disputed_or_unread_fact_is_never_refuted(request, pipeline, text):
    verdicts = _verdicts(request, pipeline, text)
    assert all(verdict != "contradicted" for _, verdict in verdicts), verdicts
