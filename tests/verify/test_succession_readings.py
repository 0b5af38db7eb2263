"""A succession told of a pronoun while several persons are in context: "Yagoda oversaw the trial of
Zinoviev and Kamenev. In September 1937 he was replaced by Yezhov" (#13, class blind set
tests/data/verify/blind_succession_readings.yaml).

Each reading of "he" is judged. A reading the reference makes impossible is no rival: when one side's
offices are all listed (a completeness mark on P39), none says the one followed the other, and every
office there that names nobody it followed began (ended) far from the text's date, "Yezhov replaced
Zinoviev in 1937" is false whatever the office. The reading left carries the proof, which says why the
others could not be meant. A list not marked complete, or an office near the date that names no
predecessor, rules nobody out.
"""

from __future__ import annotations

import pytest

RULED_OUT = [
    (
        "en",
        "Yagoda oversaw the trial of Zinoviev and Kamenev in August 1936. In September 1937 he was replaced by Yezhov.",
        "It cannot be Grigory Zinoviev",
    ),
    (
        "es",
        "Yagoda dirigió el juicio contra Zinóviev y Kámenev en agosto de 1936. "
        "En septiembre de 1937 Yezhov lo reemplazó.",
        "No puede ser Grigori Zinóviev",
    ),
]


@pytest.mark.parametrize(("lang", "text", "said"), RULED_OUT)
def test_readings_no_succession_allows_are_ruled_out(pipeline_es, pipeline_en, lang, text, said):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claim = next(c for c in pipeline.analyze_text(text, lang=lang).claims if "1937" in c.text)
    assert claim.verdict == "contradicted", claim.explanation
    assert said in claim.explanation
    assert claim.proof is not None and claim.proof.reference == "1936-09-26"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Yagoda prepared the case against Zinoviev and Kamenev. In September 1936 he was replaced by Yezhov."),
        ("es", "Stalin desconfiaba de Yagoda. En 1936 fue sustituido por Yezhov."),
    ],
)
def test_the_reading_left_supports_a_true_text(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claim = next(c for c in pipeline.analyze_text(text, lang=lang).claims if "1936" in c.text)
    assert claim.verdict == "supported", claim.explanation


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Yagoda's offices name no successor for the commissariat he held until April 1937: Beria may have
        # followed him there as far as the reference says, so "he" stays Yezhov or Yagoda
        ("en", "Yezhov purged the men Yagoda had appointed. In 1937 he was replaced by Beria."),
        ("es", "Yezhov purgó a los hombres de Yagoda. En 1937 fue sustituido por Beria."),
        # neither Stalin's offices nor Litvinov's are marked complete: nobody is ruled out
        ("en", "Litvinov and Molotov often argued. In 1939 Stalin replaced him at the head of the government."),
        ("es", "Litvínov y Mólotov discutían a menudo. En 1939 Stalin lo sustituyó al frente del gobierno."),
    ],
)
def test_an_office_near_the_date_or_an_unmarked_list_rules_nobody_out(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claim = next(c for c in pipeline.analyze_text(text, lang=lang).claims if "19" in c.text)
    assert claim.verdict == "not_enough_info", claim.explanation
