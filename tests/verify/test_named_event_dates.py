"""A named event dated wrongly (#13, 13n; blind set tests/data/verify/blind_named_event_dates.yaml).

A party congress, a war or a treaty has one date of its own: "the Second Party Congress, in 1919" (a real page;
the congress was held in 1903) is provably wrong once the name identifies the event and the words tie the date
to it. A name shared with other events ("the Second Congress of Soviets"), a date of another act ("recalled the
congress in 1936") or a congress named only by its place is no claim.
"""

from __future__ import annotations

import pytest

from cronica.verify.named_events import load_words


def _named(analysis, words: str):
    return [c for c in analysis.claims if c.event is None and words in c.text]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The men are at the Second Party Congress, in 1919.", "Second Party Congress"),
        ("Kirov was cheered at the Seventeenth Party Congress in 1936.", "Seventeenth Party Congress"),
        ("The Treaty of Brest-Litovsk (1917) took Russia out of the war.", "Treaty of Brest-Litovsk"),
        ("In 1918 Russia withdrew from the Second World War.", "Second World War"),
    ],
)
def test_english_wrong_dates_are_contradicted_with_their_proof(pipeline_en, text, words):
    analysis = pipeline_en.analyze_text(text, lang="en")
    (claim,) = _named(analysis, words)
    assert claim.verdict == "contradicted", claim.explanation
    assert claim.proof is not None and claim.proof.rule == "single_value"
    assert claim.proof.identity == "full_name" and claim.proof.property in {"P585", "P580"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Lenin asistió al II Congreso del POSDR en 1902.", "II Congreso del POSDR"),
        ("En el X Congreso del Partido, celebrado en 1920, se aprobó la NEP.", "X Congreso del Partido"),
        ("En 1918 Rusia se retiró de la Segunda Guerra Mundial.", "Segunda Guerra Mundial"),
        ("La guerra civil rusa (1930) enfrentó a rojos y blancos.", "guerra civil rusa"),
    ],
)
def test_spanish_wrong_dates_are_contradicted_with_their_proof(pipeline_es, text, words):
    analysis = pipeline_es.analyze_text(text, lang="es")
    (claim,) = _named(analysis, words)
    assert claim.verdict == "contradicted", claim.explanation
    assert claim.proof is not None and claim.proof.rule == "single_value"


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("en", "Trotsky took part in the Second Congress of the RSDLP in 1903.", "Second Congress of the RSDLP"),
        ("en", "In 1918 Russia left the First World War.", "First World War"),
        ("es", "El Segundo Congreso del Partido se celebró en 1903.", "Segundo Congreso del Partido"),
        ("es", "El Tratado de Brest-Litovsk (1918) puso fin a la guerra con Alemania.", "Tratado de Brest-Litovsk"),
    ],
)
def test_right_dates_are_supported(pipeline_en, pipeline_es, lang, text, words):
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    (claim,) = _named(analysis, words)
    assert claim.verdict == "supported", claim.explanation


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # another congress's "Second": no whole name of a KB congress
        ("en", "The Second Congress of Soviets met in 1917."),
        ("es", "Trotski habló en el II Congreso de los Sóviets, en noviembre de 1917."),
        # the date is the recollection's
        ("en", "In 1936 Bukharin recalled the Tenth Party Congress with bitterness."),
        ("es", "En 1937 Bujarin evocó el X Congreso del Partido ante sus jueces."),
        # after the war: no presence word ties the date to it
        ("en", "After the Second World War, in 1946, Zhdanov led the campaign against the writers."),
        # a longer name: another party's tenth congress
        ("es", "En el X Congreso del Partido Comunista de Ucrania, en 1927, habló Kaganóvich."),
        # a congress named by its place where the KB holds none, several, or one years away from the date (13e)
        ("es", "Lenin asistió al congreso de Londres en 1905."),
        ("en", "Lenin attended the Moscow congress in 1925."),
        ("en", "Plekhanov spoke at the Brussels congress in 1891."),
        ("en", "Plekhanov spoke at the Brussels congress of the Second International in 1891."),
        # the year is part of the name: the end's date is checked, not the name's year
        ("en", "The Russian Revolution of 1905 ended in 1907."),
        ("es", "La Revolución de 1905 terminó en 1907."),
        # an event the pack does not hold
        ("en", "The Tambov rebellion broke out in 1925."),
    ],
)
def test_no_claim_without_a_certain_name_and_a_tied_date(pipeline_en, pipeline_es, lang, text):
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    assert not [c for c in analysis.claims if c.event is None and c.verdict == "contradicted"]


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        # occurrence verbs after a revolution's or an uprising's name (13e)
        ("en", "The October Revolution took place in 1918.", "October Revolution"),
        ("en", "The Kronstadt rebellion broke out in 1920.", "Kronstadt rebellion"),
        ("es", "La Revolución de Febrero comenzó en 1916.", "Revolución de Febrero"),
        ("es", "Las Jornadas de Julio tuvieron lugar en 1918.", "Jornadas de Julio"),
        # a participation word before a congress's name
        ("en", "Lenin addressed the Tenth Party Congress in 1922.", "Tenth Party Congress"),
        # a congress named by its place, the KB's only one there ("los congresos": plural, still one event)
        ("es", "Trotski participó en los congresos de Bruselas (1902).", "congresos de Bruselas"),
        ("es", "Participó en el congreso de Bruselas de 1902.", "congreso de Bruselas"),
    ],
)
def test_occurrences_and_participations_dated_wrongly(pipeline_en, pipeline_es, lang, text, words):
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    (claim,) = _named(analysis, words)
    assert claim.verdict == "contradicted", claim.explanation
    assert claim.proof is not None and claim.proof.rule == "single_value"


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        # Old Style dates of 1917 agree with the New Style days the pack holds
        ("en", "The October Revolution broke out on 25 October 1917.", "October Revolution"),
        ("es", "Las Jornadas de Julio comenzaron el 3 de julio de 1917 en Petrogrado.", "Jornadas de Julio"),
        ("en", "The Russian Revolution of 1905 ended in 1907.", "Russian Revolution of 1905"),
        ("es", "Lenin habló ante el X Congreso del Partido en marzo de 1921.", "X Congreso del Partido"),
        ("en", "In 1903 Lenin attended the Brussels congress of the party.", "Brussels congress"),
    ],
)
def test_occurrences_and_participations_dated_rightly(pipeline_en, pipeline_es, lang, text, words):
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    (claim,) = _named(analysis, words)
    assert claim.verdict == "supported", claim.explanation


def test_ordinals_are_language_data():
    english, spanish = load_words("en"), load_words("es")
    assert english is not None and spanish is not None
    assert english.key("Second") == english.key("2nd") == english.key("II") == "#2"
    assert spanish.key("Decimoséptimo") == spanish.key("XVII") == "#17"


@pytest.mark.parametrize(
    ("lang", "text", "said"),
    [
        ("en", "The Kronstadt rebellion broke out in 1920.", "from 28 February 1921 to 18 March 1921"),
        ("es", "La rebelión de Kronstadt estalló en 1920.", "del 28 de febrero de 1921 al 18 de marzo de 1921"),
    ],
)
def test_the_reference_date_is_written_in_the_readers_language(pipeline_en, pipeline_es, lang, text, said):
    """An explanation, a correction and a proof say the event's days in words, never as ISO strings."""
    analysis = (pipeline_en if lang == "en" else pipeline_es).analyze_text(text, lang=lang)
    (claim,) = [c for c in analysis.claims if c.verdict == "contradicted"]
    assert said in claim.explanation and said in claim.correction
    assert claim.proof is not None and said in claim.proof.rule_note
    assert "1921-02-28" not in claim.explanation + claim.correction + claim.proof.rule_note
