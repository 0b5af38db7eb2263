"""An entry's sentence that opens with a description of its headword, not a name (#13, helper 13h; blind set
tests/data/verify/blind_entry_descriptions.yaml): "Político soviético, nacido en …", "Funcionario soviético.",
"The future head of … was born …" speak of the heading person, unless the sentence names someone else or the
description is someone else's ("El zar fue fusilado")."""

from __future__ import annotations


def _verdicts(pipeline, text: str, lang: str) -> dict[str, str]:
    return {claim.text: claim.verdict for claim in pipeline.analyze_text(text, lang=lang).claims}


def test_a_participle_after_an_opening_description_is_the_heading_persons(pipeline_es):
    text = "Kámenev, Lev Borísovich (1883-1936). Político soviético, expulsado del partido en 1925."
    verdicts = _verdicts(pipeline_es, text, "es")
    assert verdicts["Político soviético, expulsado del partido en 1925"] == "contradicted"


def test_a_dropped_subject_after_a_one_word_description_is_the_heading_person(pipeline_es):
    verdicts = _verdicts(
        pipeline_es, "Yagoda, Guénrij Grigórievich (1891-1938). Funcionario soviético. Fue fusilado en 1937.", "es"
    )
    assert verdicts["Fue fusilado en 1937"] == "contradicted"


def test_an_english_opening_description_is_the_heading_person(pipeline_en):
    verdicts = _verdicts(
        pipeline_en, "Zinoviev, Grigory (1883-1936). Marxist agitator, born in Yelisavetgrad in 1885.", "en"
    )
    assert "contradicted" in verdicts.values()


def test_the_future_office_holder_is_the_title_person(pipeline_en):
    verdicts = _verdicts(
        pipeline_en, "Nikolai Yezhov\n\nThe future head of the NKVD was born in Saint Petersburg in 1897.", "en"
    )
    assert "contradicted" in verdicts.values()


def test_a_future_office_with_no_name_inside_is_the_title_person(pipeline_en):
    # no entity in "head of the Soviet secret police" (not the body "Soviet"): still the headword, said so
    text = "Lavrentiy Beria\n\nThe future head of the Soviet secret police was born in Merkheuli in 1901."
    claims = pipeline_en.analyze_text(text, lang="en").claims
    assert [claim.verdict for claim in claims] == ["contradicted"]
    assert "identified from the context as Lavrentiy Beria" in claims[0].explanation


def test_un_futuro_cargo_sin_nombre_dentro_es_la_persona_del_titulo(pipeline_es):
    text = "Lavrenti Beria\n\nEl futuro jefe de la policía secreta soviética nació en Merkheuli en 1901."
    assert list(_verdicts(pipeline_es, text, "es").values()) == ["contradicted"]


def test_a_subject_with_no_name_and_no_future_is_not_the_heading_person(pipeline_en):
    # "some workers" under a heading are the story's: without "future" the heading person is not read
    verdicts = _verdicts(pipeline_en, "Leon Trotsky\n\nSome workers were shot in Petrograd in 1905.", "en")
    assert "contradicted" not in verdicts.values()


def test_a_description_of_someone_else_is_not_the_heading_person(pipeline_es):
    verdicts = _verdicts(
        pipeline_es, "Lenin, Vladímir Ilich (1870-1924). Revolucionario ruso. El zar fue fusilado en 1918.", "es"
    )
    assert "contradicted" not in verdicts.values()


def test_an_opening_that_names_another_person_is_not_the_heading_person(pipeline_en):
    verdicts = _verdicts(
        pipeline_en, "Lenin, Vladimir Ilyich (1870-1924). Brother of Aleksandr Ulyanov, hanged in 1887.", "en"
    )
    assert "contradicted" not in verdicts.values()


# coordinated participles (#13, helper 13p; blind set tests/data/verify/blind_chained_participles.yaml)


def _said(verdicts: dict[str, str], words: str) -> str:
    """The verdict of the one claim whose words hold `words` (a claim may start at the description)."""
    (verdict,) = [v for text, v in verdicts.items() if words in text]
    return verdict


def test_the_second_coordinated_participle_of_a_description_is_checked(pipeline_es):
    verdicts = _verdicts(
        pipeline_es,
        "Ríkov, Alekséi Ivánovich.\n\nDirigente bolchevique, nacido en Saratov en 1881 y fusilado en 1937.",
        "es",
    )
    assert _said(verdicts, "fusilado en 1937") == "contradicted"
    assert _said(verdicts, "nacido en Saratov en 1881") == "supported"


def test_born_and_died_in_an_english_description_are_both_checked(pipeline_en):
    verdicts = _verdicts(
        pipeline_en,
        "Alexandra Kollontai\n\nRussian revolutionary, born in St Petersburg in 1872 and died in 1950.",
        "en",
    )
    assert _said(verdicts, "died in 1950") == "contradicted"
    assert _said(verdicts, "born in St Petersburg in 1872") == "supported"


def test_a_date_of_the_first_participle_only_does_not_date_the_second(pipeline_en):
    verdicts = _verdicts(
        pipeline_en,
        "Kamenev, Lev Borisovich.\n\nRussian revolutionary, born in Moscow in 1883 and shot after a trial.",
        "en",
    )
    assert "contradicted" not in verdicts.values()


def test_a_participle_on_another_noun_is_not_the_headwords_death(pipeline_es):
    text = (
        "Sverdlov, Yákov Mijáilovich.\n\nDirigente bolchevique, nacido en 1885 y responsable de la familia imperial, "
        "fusilada en Ekaterimburgo en 1918."
    )
    assert "contradicted" not in _verdicts(pipeline_es, text, "es").values()
