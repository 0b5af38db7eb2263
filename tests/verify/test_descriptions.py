"""A definite description for a person (#13, identity is certain): "el representante ruso", "the prosecutor".

It names the one person nearby its head noun was said of ("actuó como representante", "Yezhov, the head of the
NKVD"), or the window's only person whose KB description holds its words; and a pronoun right after a sentence
whose subject is such a description continues it, past a person named there only as a possessor or an object
("la política de Truman"). A description that fits two persons, nobody, or a group names no one (on main
the real page's "Su muerte, acaecida en 1848" after "el representante ruso" was not_enough_info).
"""

from __future__ import annotations

import pytest

from cronica.verify.descriptions import description_cues, fold_text


def test_a_description_needs_a_singular_definite_article_and_a_head_noun() -> None:
    es, en = description_cues("es"), description_cues("en")
    parsed = es.parse("el representante ruso")
    assert parsed is not None and parsed.head == "representante" and parsed.words == ("representante", "ruso")
    assert es.parse("los dirigentes bolcheviques") is None  # a group
    assert en.parse("the opposition leaders") is None  # a plural head
    assert en.parse("Georgian") is None  # no article
    assert en.parse("the Kremlin") is None  # no head describing a person
    assert en.parse("the Soviet leader") is not None


def test_a_predication_says_the_name_is_the_head() -> None:
    es, en = description_cues("es"), description_cues("en")
    assert es.predicated(fold_text(" actuó como representante de Stalin"), "representante") is not None
    assert en.predicated(fold_text(", then the general secretary"), "secretary") is not None
    assert en.predicated(fold_text(" served as the prosecutor"), "prosecutor") is not None
    # the head said of someone else further on: "X visited Stalin, then the general secretary"
    assert en.predicated(fold_text(" visited Stalin, then the general secretary"), "secretary") is None


@pytest.mark.parametrize(
    ("lang", "text", "verdict"),
    [
        # the head said of a person, the description as the next sentence's subject with a possessor in its
        # object, then a possessive: that person (Lunacharsky died in 1933; 1940 is true of Trotsky, so no
        # reading of both persons could contradict it)
        (
            "es",
            "Anatoli Lunacharski actuó como comisario de Instrucción Pública. En 1920 el comisario criticó la "
            "política de Trotski. Su muerte, ocurrida en 1940, pasó inadvertida.",
            "contradicted",
        ),
        (
            "en",
            "Anatoly Lunacharsky served as the commissar for education. In 1920 the commissar criticized "
            "Trotsky's policy. His death, in 1940, went unnoticed.",
            "contradicted",
        ),
        # the description itself as the claim's subject, after an appositive that said it (Yagoda shot in 1938)
        (
            "en",
            "Genrikh Yagoda, the head of the NKVD, ran the first trial. The head of the police was shot in 1941.",
            "contradicted",
        ),
    ],
)
def test_a_description_said_of_a_person_names_them(pipeline_es, pipeline_en, lang, text, verdict):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    claims = [c for c in pipeline.analyze_text(text, lang=lang).claims if c.verdict == "contradicted"]
    assert claims, text
    assert all(c.proof is not None and c.proof.identity == "description" for c in claims)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # fits two persons of the window (both Soviet politicians): true of Molotov, false of Stalin
        ("es", "Stalin recibió a Mólotov en 1940. El político soviético murió en 1986."),
        # fits nobody named there
        ("en", "Trotsky met Kamenev in 1925. The Georgian died in 1953."),
        # a named person as the subject of the sentence between the description and the pronoun
        (
            "en",
            "Andrey Vyshinsky served as the prosecutor. The prosecutor asked for death sentences. Kamenev admitted "
            "the charges. He died in 1936.",
        ),
        # the head said of the object, not of the first person: the general secretary is Stalin
        ("en", "Lev Kamenev visited Stalin, then the general secretary. The general secretary died in 1953."),
    ],
)
def test_a_description_that_settles_no_one_contradicts_nothing(pipeline_es, pipeline_en, lang, text):
    pipeline = pipeline_es if lang == "es" else pipeline_en
    verdicts = [c.verdict for c in pipeline.analyze_text(text, lang=lang).claims]
    assert "contradicted" not in verdicts, verdicts
