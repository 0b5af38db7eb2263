"""The fifth wave's facts drive verdicts, in English and in Spanish (issue 14, for issue 13's real texts).

Expected verdicts written from the pack's sources before these texts were run. Trotsky's list of arrests is whole
(1898, 1905, 1916, April and July 1917, and the removals of 1928 and 1929 and the Norwegian internment of 1936 that
texts tell as arrests); it was not marked while one published page's 1897 for the first arrest stood undecided, and
is marked since the seventh wave settled it (1898: docs/kb.md), so a year with no arrest is refuted. His residences
abroad before 1917 are in but not marked (docs/kb.md), so they confirm and never refute. Kamenev's chair of the Moscow
Soviet, Krupskaya's arrest of 1896 and the two defendants of 1936 added in this wave are checked like any fact.
"""

from __future__ import annotations

import pytest

TROTSKY = "Q33391"


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Leon Trotsky was arrested in Madrid in November 1916."),
        ("pipeline_en", "In January 1928 Leon Trotsky was arrested and sent to Alma-Ata."),
        ("pipeline_en", "In 1936 the Norwegian government placed Leon Trotsky under house arrest."),
        ("pipeline_es", "León Trotski fue detenido en Halifax en abril de 1917."),
        ("pipeline_es", "En 1929 León Trotski fue detenido y expulsado de la Unión Soviética."),
        ("pipeline_es", "En 1898 León Trotski fue detenido en Nikoláyev."),
    ],
)
def test_trotskys_true_arrests_never_refute(request, pipeline, text):
    for claim in request.getfixturevalue(pipeline).analyze_text(text).claims:
        assert claim.verdict != "contradicted", (text, claim.correction)


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "Leon Trotsky was arrested in 1903."),
        ("pipeline_es", "León Trotski fue detenido en 1897."),
    ],
)
def test_a_year_with_no_arrest_of_trotsky_is_refuted(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(claim.verdict == "contradicted" for claim in claims), [(c.text, c.verdict) for c in claims]


@pytest.mark.parametrize(
    ("pipeline", "text"),
    [
        ("pipeline_en", "In 1910 Leon Trotsky lived in Vienna."),
        ("pipeline_es", "En 1915 León Trotski vivía en París."),
    ],
)
def test_trotskys_residences_before_1917_confirm(request, pipeline, text):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == "supported" and any(e.subject == TROTSKY for e in c.evidence) for c in claims)


@pytest.mark.parametrize(
    ("pipeline", "text", "reference"),
    [
        ("pipeline_en", "In January 1916 Leon Trotsky was expelled from France.", "1916-10"),
        ("pipeline_es", "En 1927 León Trotski fue expulsado de Francia.", "1935-06"),
    ],
)
def test_trotskys_residences_marked_again_refute_a_wrong_departure(request, pipeline, text, reference):
    """Issue-13x marked his residences complete again (docs/kb.md): a departure from France at a date no stay
    there ends is refuted, its proof citing the nearest end (October 1916, or June 1935 for Norway)."""
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == "contradicted" and c.proof and c.proof.reference == reference for c in claims), [
        (c.verdict, c.explanation) for c in claims
    ]


def test_the_deportation_from_russia_stays_supported(pipeline_en):
    claims = pipeline_en.analyze_text("In 1929 Leon Trotsky was exiled from Russia.").claims
    assert any(c.verdict == "supported" for c in claims)
    assert all(c.verdict != "contradicted" for c in claims)


def test_the_deportation_from_the_ussr_is_dated(kb):
    (stay,) = [s for s in kb.statements(TROTSKY, "P551") if s.value == "Q15180"]
    assert stay.qualifier("P582").iso == "1929-02"
    assert kb.is_complete(TROTSKY, "P793") and kb.is_complete(TROTSKY, "P551")  # residences marked again (13x)
    assert {s.qualifier("P585").iso for s in kb.statements(TROTSKY, "P793")} >= {"1898", "1916", "1928-01", "1936"}


@pytest.mark.parametrize(
    ("name", "lang"), [("presidente del Sóviet de Moscú", "es"), ("chairman of the Moscow Soviet", "en")]
)
def test_kamenevs_moscow_soviet_is_named_and_dated(kb, name, lang):
    """The office and its term are in. (A sentence naming it is not yet checked: NER marks "Sóviet de Moscú" inside
    the office's name and the link stage does not widen a mention to a KB alias that contains it; reported to the
    lead, like "presidente del Sóviet de Petrogrado".)"""
    office = "cronica:chairman-of-the-moscow-soviet"
    assert [c.qid for c in kb.candidates(name, lang=lang)][:1] == [office]
    (term,) = [s for s in kb.statements("cronica:lev-kamenev", "P39") if s.value == office]
    assert (term.qualifier("P580").iso, term.qualifier("P582").iso) == ("1918", "1926")


def test_krupskayas_arrest_is_supported(pipeline_en):
    claims = pipeline_en.analyze_text("Nadezhda Krupskaya was arrested in 1896.").claims
    assert any(c.verdict == "supported" for c in claims)


@pytest.mark.parametrize(
    ("pipeline", "text", "verdict"),
    [
        ("pipeline_en", "Isak Reingold was shot in August 1936.", "supported"),
        ("pipeline_es", "Yefim Dréitser fue fusilado en 1937.", "contradicted"),
    ],
)
def test_the_two_defendants_of_1936_are_checked(request, pipeline, text, verdict):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == verdict for c in claims), [(c.verdict, c.explanation) for c in claims]


@pytest.mark.parametrize(
    ("pipeline", "text", "verdict"),
    [
        ("pipeline_en", "Bukharin's wife, Anna Larina, died in Moscow in 1996.", "supported"),
        ("pipeline_es", "Zlata Lílina, la esposa de Zinóviev, murió en Leningrado en 1929.", "supported"),
        ("pipeline_en", "Polina Zhemchuzhina died in 1960.", "contradicted"),
        ("pipeline_es", "Anna Lárina murió en 1990.", "contradicted"),
    ],
)
def test_the_leaders_wives_are_checked(request, pipeline, text, verdict):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == verdict for c in claims), [(c.verdict, c.explanation) for c in claims]


@pytest.mark.parametrize(
    ("leader", "wives"),
    [
        # wave 17 (14f) entered Bukharin's first two wives, Nadezhda Lukina and Esfir Gurvich, before Anna Larina
        ("Q186709", {"cronica:anna-larina", "cronica:esfir-gurvich", "cronica:nadezhda-lukina"}),
        ("Q132899", {"cronica:polina-zhemchuzhina"}),
        ("Q207459", {"cronica:zlata-lilina"}),
    ],
)
def test_the_wives_are_read_both_ways(kb, leader, wives):
    assert set(kb.relatives(leader, "wife")) == wives
    assert all(kb.relatives(wife, "husband") == [leader] for wife in wives)


@pytest.mark.parametrize(
    ("pipeline", "text", "verdict"),
    [
        ("pipeline_en", "Grigory Petrovsky died in Moscow in 1958.", "supported"),
        ("pipeline_es", "Grigori Petrovski murió en Moscú en 1960.", "contradicted"),
        ("pipeline_en", "Sergey Syrtsov was shot in 1938.", "contradicted"),
        ("pipeline_es", "Aleksandr Scherbakov murió en Moscú en mayo de 1945.", "supported"),
    ],
)
def test_the_politburo_candidates_added_are_checked(request, pipeline, text, verdict):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == verdict for c in claims), [(c.verdict, c.explanation) for c in claims]


def test_the_interior_commissariat_chain_of_1917_1919(kb):
    """Rykov (8-17 November 1917), then Petrovsky (November 1917 - March 1919), then Dzerzhinsky."""
    (term,) = [s for s in kb.statements("cronica:grigory-petrovsky", "P39") if s.value == "Q134373632"]
    assert term.qualifier("P1365") == "cronica:alexei-rykov" and term.qualifier("P1366") == "cronica:felix-dzerzhinsky"
    assert [c.qid for c in kb.candidates("comisario del pueblo del Interior", lang="es")][:1] == ["Q134373632"]


@pytest.mark.parametrize(
    ("pipeline", "text", "verdict"),
    [
        ("pipeline_es", "El padre de Nadezhda Allilúyeva murió en 1945.", "supported"),
        ("pipeline_en", "Nadezhda Alliluyeva's father died in 1950.", "contradicted"),
    ],
)
def test_stalins_father_in_law_is_reached_through_kinship(request, pipeline, text, verdict):
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == verdict for c in claims), [(c.verdict, c.explanation) for c in claims]
    assert all(c.verdict != "contradicted" or "Q233999" not in {e.subject for e in c.evidence} for c in claims)


@pytest.mark.parametrize(
    ("pipeline", "text", "verdict"),
    [
        ("pipeline_en", "In 1897 Lenin was exiled to Siberia.", "supported"),
        ("pipeline_es", "En 1900 León Trotski fue desterrado a Siberia.", "supported"),
    ],
)
def test_siberia_holds_the_tsarist_exiles(request, pipeline, text, verdict):
    """Siberia is a place of the pack now, and the exile villages lie in it."""
    claims = request.getfixturevalue(pipeline).analyze_text(text).claims
    assert any(c.verdict == verdict for c in claims), [(c.verdict, c.explanation) for c in claims]
    assert all(c.verdict != "contradicted" for c in claims)


def test_a_wrong_siberian_exile_year_is_refuted_with_the_siberian_stay(pipeline_en):
    (claim,) = pipeline_en.analyze_text("Leon Trotsky was exiled to Siberia in 1920.").claims
    assert claim.verdict == "contradicted"
    assert claim.proof is not None and claim.proof.reference in ("1900", "1907-01")


@pytest.mark.parametrize("place", ["Q2143176", "Q155243", "Q1020157", "Q4322358", "cronica:barnaul"])
def test_the_exile_villages_lie_in_siberia(kb, place):
    assert kb.located_in(place, "cronica:siberia") and kb.located_in("cronica:siberia", "Q159")
