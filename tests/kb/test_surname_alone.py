"""Surnames said alone (issue 14, sixth wave): an item marked `surname_alone: false` is named by a bare
surname only when the document settles who (it names the person in full, or links the trial they stood in),
and a claim whose subject is such a bare surname is never contradicted. Expected results written from the
pack's sources before these texts were run; es and en alike."""

from __future__ import annotations

import pytest

from cronica.kb.linker import Linker, Mention

PLETNEV = "cronica:dmitry-pletnev"
KRYUCHKOV = "cronica:pyotr-kryuchkov"
ALLILUYEV = "cronica:sergei-alliluyev"


@pytest.fixture(scope="module")
def linker(kb):
    return Linker(kb)


def _links(linker, *mentions):
    return [d.qid for d in linker.link_document([Mention(text, label) for text, label in mentions])]


def test_the_marks_are_read_from_the_pack(kb):
    assert not kb.surname_alone(PLETNEV)
    assert not kb.surname_alone("Q254673")  # Kato Svanidze
    assert kb.surname_alone("Q33391")  # "Trotsky" said alone is Trotsky


@pytest.mark.parametrize("surname", ["Kryuchkov", "Kriuchkov", "Pletnev", "Pletniov", "Ivanov", "Ivánov"])
def test_a_bare_surname_alone_names_no_one(linker, surname):
    assert _links(linker, (surname, "PER")) == [None]


@pytest.mark.parametrize(
    ("full", "bare"), [("Dmitry Pletnev", "Pletnev"), ("Dmitri Pletniov", "Pletniov"), ("Piotr Kriuchkov", "Kriuchkov")]
)
def test_named_in_full_the_surname_follows(linker, full, bare):
    assert len(set(_links(linker, (full, "PER"), (bare, "PER")))) == 1
    assert _links(linker, (full, "PER"), (bare, "PER"))[1] is not None


@pytest.mark.parametrize("trial", ["Trial of the Twenty-One", "Proceso de los Veintiuno"])
def test_the_trial_settles_a_defendants_surname(linker, trial):
    assert _links(linker, (trial, "MISC"), ("Kryuchkov", "PER")) == ["cronica:trial-of-the-twenty-one", KRYUCHKOV]


def test_another_bearer_named_in_full_keeps_it_unlinked(linker):
    """'Pavel Alliluyev ... Alliluyev': Pavel is not in the pack, so the surname is his, not his father's."""
    assert _links(linker, ("Pavel Alliluyev", "PER"), ("Nadezhda Alliluyeva", "PER"), ("Alliluyev", "PER"))[2] is None
    assert _links(linker, ("Sergei Alliluyev", "PER"), ("Alliluyev", "LOC")) == [ALLILUYEV, ALLILUYEV]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "In the Trial of the Twenty-One the court sentenced Pletnev; Pletnev died in 1938."),
        ("pipeline_es", "En el Proceso de los Veintiuno el tribunal condenó a Pletniov; Pletniov murió en 1938."),
    ],
)
def test_a_bare_surname_never_proves_a_contradiction(request, pipeline, text):
    """Pletnev died in September 1941; said by surname alone, who is meant is not certain."""
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert all(claim.verdict != "contradicted" for claim in claims), [(c.text, c.verdict) for c in claims]
    assert any(claim.verdict == "not_enough_info" and "Pletn" in claim.explanation for claim in claims)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Dmitry Pletnev died in 1938."),
        ("pipeline_es", "Dmitri Pletniov murió en 1938."),
    ],
)
def test_the_full_name_does(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == "contradicted" for c in claims), [(c.text, c.verdict) for c in claims]
