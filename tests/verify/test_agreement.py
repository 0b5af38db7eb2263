"""Grammatical agreement as a filter on readings (#13, issue-13g): a participle, an adjective or a
pronoun whose gender rules out a man or a woman removes that reading, never adds one; a masculine
plural covers a mixed group; a feminine dual names two women; "widow" names the wife."""

from __future__ import annotations

import pytest

from cronica.model import Entity
from cronica.verify.person_names import name_cues


def _claims(analysis, start):
    return [c for c in analysis.claims if start in c.text]


def test_a_masculine_participle_rules_out_the_woman_who_shares_the_surname(pipeline_es):
    # "una hermana de Trotski" puts Olga Kameneva in the context: "Kámenev" alone could be her
    text = (
        "Lev Kámenev nació en Moscú en 1883. Se casó con una hermana de Trotski. "
        "Kámenev presidió el Soviet de Moscú durante años. En 1935 fue detenido."
    )
    analysis = pipeline_es.analyze_text(text, lang="es")
    (claim,) = _claims(analysis, "1935 fue detenido")
    assert claim.verdict == "contradicted", claim.explanation  # arrested on 16 December 1934
    assert "No puede ser Olga Kámeneva, una mujer" in claim.explanation


def test_a_feminine_participle_says_the_gender_of_an_unstated_subject(pipeline_es):
    text = "Lenin conoció a Alexandra Kolontái en 1905. Nacida en San Petersburgo en 1872, murió en Moscú en 1952."
    analysis = pipeline_es.analyze_text(text, lang="es")
    (death,) = _claims(analysis, "murió en Moscú")
    assert death.verdict == "supported", death.explanation
    event = next(e for e in analysis.events if e.id == death.event)
    assert {p.gender for p in event.participants if p.role == "patient"} == {"Fem"}


def test_a_masculine_plural_covers_a_mixed_pair(pipeline_es):
    text = "Lenin y Krúpskaya fueron detenidos en 1896."
    analysis = pipeline_es.analyze_text(text, lang="es")
    verdicts = {claim.verdict for claim in analysis.claims}
    assert "supported" in verdicts  # Krupskaya, arrested in August 1896: not ruled out by "detenidos"
    for event in analysis.events:
        assert all(p.gender is None for p in event.participants if p.role == "patient")


def test_a_perfect_participle_agrees_with_nothing(pipeline_es):
    text = "Nadezhda Krúpskaya conoció a Lenin en 1894. Dos años después había detenido su trabajo."
    analysis = pipeline_es.analyze_text(text, lang="es")
    for event in analysis.events:
        assert all(p.gender != "Masc" for p in event.participants)


def test_a_feminine_dual_names_two_women(pipeline_es):
    text = "Anna Uliánova y María Uliánova vivían en Moscú. Ambas murieron en 1937."
    analysis = pipeline_es.analyze_text(text, lang="es")
    verdicts = sorted(claim.verdict for claim in _claims(analysis, "Ambas murieron"))
    assert verdicts == ["contradicted", "supported"]  # Anna died in 1935, Maria in 1937


def test_a_feminine_dual_is_no_pair_with_a_man(pipeline_es):
    text = "Krúpskaya conoció a Lenin en 1894. Ambas fueron detenidas en 1896."
    analysis = pipeline_es.analyze_text(text, lang="es")
    for claim in _claims(analysis, "Ambas"):
        assert claim.verdict != "contradicted", claim.explanation


def test_she_rules_out_the_man_named_beside_her(pipeline_en):
    text = "Lenin met Alexandra Kollontai in 1905. Born in Saint Petersburg in 1872, she died in Moscow in 1952."
    analysis = pipeline_en.analyze_text(text, lang="en")
    (death,) = _claims(analysis, "died in Moscow")
    assert death.verdict == "supported", death.explanation


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("en", "Trotsky was murdered in Mexico in 1940. His widow died in 1962.", "His widow"),
        ("es", "Trotski fue asesinado en México en 1940. Su viuda murió en 1962.", "Su viuda"),
    ],
)
def test_a_widow_is_the_wife(request, lang, text, start):
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(text, lang=lang)
    (claim,) = _claims(analysis, start)
    assert claim.verdict == "supported", claim.explanation  # Natalia Sedova died in 1962


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        ("Conoció a Lenin en 1894. Abrazó el marxismo y luego a Lenin.", "Abrazó", False),
        ("Se unió a los bolcheviques. Regresaron a Rusia en 1917.", "Regresaron", False),
        ("Zinóviev se reunió con Kámenev. Fue fusilado en 1936.", "Kámenev", True),  # not opening its sentence
    ],
)
def test_a_verb_opening_its_sentence_is_no_person(text, words, person):
    start = text.index(words)
    entity = Entity("e1", words, start, start + len(words), "LOC")
    assert name_cues("es").could_be_person(entity, text, []) is person


@pytest.mark.parametrize(
    ("lang", "text", "start"),
    [
        ("es", "Zinóviev y Kámenev se aliaron con Stalin.\n\nAmbos fueron fusilados en 1937.", "Ambos"),
        ("en", 'Zinoviev and Kamenev sided with Stalin. "Both were shot in 1937," he wrote.', "Both"),
    ],
)
def test_a_dual_across_a_paragraph_or_a_quotation_stays_open(request, lang, text, start):
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(text, lang=lang)
    for claim in _claims(analysis, start):
        assert claim.verdict != "contradicted", claim.explanation


def test_a_repetition_in_a_conjunct_is_not_the_first_events(pipeline_es):
    # removing Olga Kameneva's reading left Lev Kamenev's, whose 1927 expulsion was read as "again"
    text = "Kámenev fue expulsado del partido en diciembre de 1927 y de nuevo en 1932."
    analysis = pipeline_es.analyze_text(text, lang="es")
    (claim,) = _claims(analysis, "Kámenev fue expulsado")
    assert claim.verdict == "supported", claim.explanation
    assert not any(event.repeated for event in analysis.events if event.time_value == "1927-12")
