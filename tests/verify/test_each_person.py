"""A claim said of several persons is checked of each (#13, issue-13i; blind set
tests/data/verify/blind_subject_identity.yaml): "Zinoviev, Kamenev and Bukharin were shot in August
1936" is one claim per person, so the one false of Bukharin is contradicted and the others are not;
"Ambos fueron detenidos en 1897" after "Krúpskaya conoció a Lenin" is Lenin's claim and Krupskaya's.
A pronoun that may be a relative named in an appositive keeps both readings: a true sentence about
the father is never contradicted as the topic's."""

from __future__ import annotations

import pytest


def _verdicts(analysis) -> list[tuple[str, str]]:
    found = []
    for claim in analysis.claims:
        subjects = {e.subject for e in claim.evidence} | ({claim.proof.entity} if claim.proof else set())
        found.append((claim.verdict, ",".join(sorted(subjects))))
    return found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Zinoviev, Kamenev and Bukharin were shot in August 1936."),
        ("es", "Zinóviev, Kámenev y Bujarin fueron fusilados en agosto de 1936."),
    ],
)
def test_each_name_of_a_list_is_checked(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    verdicts = _verdicts(pipeline.analyze_text(text, lang=lang))
    assert len(verdicts) == 3
    assert ("contradicted", "Q186709") in verdicts  # Bukharin: 15 March 1938
    assert [v for v, _ in verdicts].count("contradicted") == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Nadezhda Krúpskaya conoció a Lenin en 1894. Ambos fueron detenidos en 1897."),
        ("en", "Nadezhda Krupskaya met Lenin in 1894. Both were arrested in 1897."),
    ],
)
def test_a_plural_subject_is_checked_of_each(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    verdicts = _verdicts(pipeline.analyze_text(text, lang=lang))
    assert ("contradicted", "Q1394") in verdicts  # Lenin: December 1895 (his arrests are marked complete)
    assert [v for v, _ in verdicts].count("contradicted") == 1  # Krupskaya's arrests are not marked


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Lenin was born in Simbirsk in 1870. His father, Ilya Ulyanov, was a school inspector. "
               "He died suddenly in January 1886."),
        ("es", "Stalin nació en Gori en 1878. Su madre, Keke Geladze, era muy devota. "
               "Murió en Tiflis en junio de 1937."),
        ("es", "Lenin nació en Simbirsk en 1870. Su padre, Iliá Uliánov, era inspector de escuelas. "
               "Murió de repente en enero de 1886."),
    ],
)  # fmt: skip
def test_a_sentence_about_the_relative_is_never_contradicted_as_the_topics(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    assert "contradicted" not in [v for v, _ in _verdicts(pipeline.analyze_text(text, lang=lang))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Vladimir Ilich Ulyanov, or Lenin, was born in 1870. In 1898 he married Krupskaya; both had been arrested.",
        ),
        (
            "es",
            "Vladímir Ilich Uliánov, o Lenin, nació en 1870. "
            "En 1898 se casó con Krúpskaya; ambos habían sido detenidos.",
        ),
    ],
)
def test_two_names_of_one_person_are_one_person(pipeline_es, pipeline_en, lang, text):
    """Found on the merged tree (realworld en-pop-factspage-lenin): "Vladimir Ilich Ulyanov, or Lenin" is a
    coordination of two names of one KB person, so it gives one claim, not two, and is no pair for "both"."""
    pipeline = pipeline_es if lang == "es" else pipeline_en
    analysis = pipeline.analyze_text(text, lang=lang)
    births = [claim for claim in analysis.claims if "1870" in claim.text]
    assert len(births) == 1, [claim.text for claim in births]
    items = {entity.id: entity.item_id for entity in analysis.entities}
    for event in analysis.events:
        pair = [p for p in event.participants if p.text.lower() in ("both", "ambos")]
        if pair:
            assert len({items.get(p.entity or "") for p in pair}) != 1, "both names of Lenin taken as the pair"
