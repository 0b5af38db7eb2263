"""The rhetoric stage on parsed text, Spanish and English: flags, context rules, no flags on facts."""

from __future__ import annotations

import pytest

from cronica.model import Analysis

ONLY_RHETORIC = frozenset({"timex", "events", "link", "verify"})


def flags_of(analysis: Analysis) -> list[tuple[str, str, str, str | None]]:
    return [(flag.text, flag.technique, flag.voice, flag.speaker) for flag in analysis.flags]


def check_offsets(analysis: Analysis) -> None:
    for number, flag in enumerate(analysis.flags, 1):
        assert analysis.text[flag.start : flag.end] == flag.text
        assert flag.id == f"f{number}"
        assert 0 < flag.confidence <= 1


def test_spanish_flags_with_explanations_in_spanish(pipeline_es):
    analysis = pipeline_es.analyze_text(
        "Ese ministro es un vendepatrias y los francmasones dominan el país en secreto."
    )
    assert analysis.stages["rhetoric"] == "ok"
    check_offsets(analysis)
    techniques = {flag.technique for flag in analysis.flags}
    assert {"Name_Calling-Labeling", "Conspiracy_Narrative"} <= techniques
    name_calling = next(flag for flag in analysis.flags if flag.technique == "Name_Calling-Labeling")
    assert name_calling.text == "vendepatrias"
    assert name_calling.explanation.startswith("Etiqueta o insulto")
    assert name_calling.voice == "author" and name_calling.speaker is None
    assert analysis.rhetoric.techniques == {"Conspiracy_Narrative": 1, "Name_Calling-Labeling": 1}


def test_english_flags_with_explanations_in_english(pipeline_en):
    analysis = pipeline_en.analyze_text("These stooges of the deep state think we are sheeple.")
    check_offsets(analysis)
    found = {(flag.text, flag.technique) for flag in analysis.flags}
    assert ("stooges", "Name_Calling-Labeling") in found
    assert ("deep state", "Conspiracy_Narrative") in found
    assert ("sheeple", "Name_Calling-Labeling") in found
    assert all(
        flag.explanation.split(":")[0] in {"Name-calling or labeling", "Conspiracy narrative"}
        for flag in analysis.flags
    )


@pytest.mark.parametrize(
    ("fixture", "text"),
    [
        ("pipeline_es", "Bujarin no era un traidor."),
        ("pipeline_es", "Nunca fue un lacayo de nadie."),
        ("pipeline_en", "Bukharin was not a traitor."),
        ("pipeline_en", "He was never a lackey of the party."),
    ],
)
def test_negated_labels_are_not_flagged(request, fixture, text):
    assert request.getfixturevalue(fixture).analyze_text(text).flags == ()


def test_negation_does_not_reach_across_a_clause(pipeline_es):
    analysis = pipeline_es.analyze_text("No lo dudó: llamó traidor al general.")
    assert [flag.text for flag in analysis.flags] == ["traidor"]


def test_spanish_quoted_name_calling_is_attributed_to_the_speaker(pipeline_es):
    analysis = pipeline_es.analyze_text("En 1918 Lenin llamó a Kautsky «renegado y lacayo de la burguesía».")
    check_offsets(analysis)
    assert flags_of(analysis) == [("renegado y lacayo de la burguesía", "Name_Calling-Labeling", "attributed", "Lenin")]
    assert analysis.flags[0].explanation.startswith("Atribuido a Lenin: ")


def test_english_quoted_name_calling_is_attributed_to_the_speaker(pipeline_en):
    analysis = pipeline_en.analyze_text('In 1937 Stalin called the accused "traitors and henchmen of fascism".')
    assert flags_of(analysis) == [("traitors and henchmen of fascism", "Name_Calling-Labeling", "attributed", "Stalin")]
    assert analysis.flags[0].explanation.startswith("Attributed to Stalin: ")


def test_reported_speech_without_quotes_is_attributed(pipeline_en):
    analysis = pipeline_en.analyze_text("The senator claimed that the freemasons secretly control the courts.")
    assert [(flag.voice, flag.speaker) for flag in analysis.flags] == [("attributed", "The senator")]


def test_according_to_attributes_the_sentence(pipeline_es):
    analysis = pipeline_es.analyze_text("Según el panfleto, los ministros eran unos vendepatrias.")
    assert [(flag.voice, flag.speaker) for flag in analysis.flags] == [("attributed", "el panfleto")]


def test_the_speaker_named_as_subject_keeps_the_authors_voice(pipeline_en):
    analysis = pipeline_en.analyze_text("The traitors said nothing at the trial.")
    assert [(flag.text, flag.voice) for flag in analysis.flags] == [("traitors", "author")]


def test_distancing_words_mark_a_narrative_as_reported(pipeline_en):
    analysis = pipeline_en.analyze_text("The hoax that a shadow government rules America spread online in 2017.")
    assert [(flag.technique, flag.voice) for flag in analysis.flags] == [("Conspiracy_Narrative", "attributed")]


@pytest.mark.parametrize(
    ("fixture", "text"),
    [
        ("pipeline_es", "La logia masónica de Cádiz se fundó a finales del siglo XVIII."),
        ("pipeline_es", "Los illuminati de Baviera fueron prohibidos por el elector en 1785."),
        ("pipeline_es", "La guardia civil detuvo a los miembros de una red delictiva dedicada al robo de cobre."),
        ("pipeline_es", "Los dictadores como Hitler y Mussolini llegaron al poder en los años veinte y treinta."),
        ("pipeline_es", "La invasión francesa de Rusia comenzó en junio de 1812."),
        ("pipeline_en", "The Freemasons built a large hall in London in 1775."),
        ("pipeline_en", "Dictators like Hitler and Mussolini rose to power between the wars."),
        ("pipeline_en", "The parliament voted on the budget after a long debate."),
        ("pipeline_en", "The Norman invasion of England took place in 1066."),
        ("pipeline_en", "The operation was planned for months by the allied staff."),
        ("pipeline_en", "The Soviet embassy secretly controlled a small printing house in Vienna."),
        ("pipeline_es", "La embajada controlaba en secreto una pequeña imprenta en Viena."),
        ("pipeline_en", "The general staff knew in advance that the bridge would be blown."),
        ("pipeline_es", "Un grupo secreto de oficiales dirigió el golpe de 1952."),
        ("pipeline_en", "A secret group of officers directed the coup of 1952."),
        ("pipeline_es", "La sociedad secreta se fundó en Belgrado en 1911."),
        ("pipeline_es", "El informe oficial de la comisión se publicó en 1964."),
        ("pipeline_en", "The official report of the commission was published in 1964."),
    ],
)
def test_factual_sentences_get_no_flag(request, fixture, text):
    assert request.getfixturevalue(fixture).analyze_text(text).flags == ()


@pytest.mark.parametrize(
    ("fixture", "text", "part"),
    [
        ("pipeline_es", "Todo eso contradice la narrativa oficial sobre el virus.", "narrativa oficial"),
        (
            "pipeline_es",
            "La versión oficial de los hechos no resiste el menor análisis.",
            "versión oficial de los hechos",
        ),
        ("pipeline_en", "All of that contradicts the official narrative about the virus.", "official narrative"),
        (
            "pipeline_en",
            "The official version of events does not survive the slightest scrutiny.",
            "official version of events",
        ),
    ],
)
def test_the_official_story_as_a_thing_to_doubt_is_doubt(request, fixture, text, part):
    """The same stock phrase in both languages: "the official narrative" casts doubt on whatever it
    names; "the official report of the commission" is a document."""
    flags = request.getfixturevalue(fixture).analyze_text(text).flags
    assert any(flag.technique == "Doubt" and part in flag.text for flag in flags), flags


def test_document_probability_is_shown_for_clear_conspiracy_talk(pipeline_es):
    conspiracy = pipeline_es.analyze_text(
        "Despertad: la plandemia fue diseñada por las élites globalistas y Bill Gates para controlarnos con "
        "vacunas. Los medios ocultan la verdad y nada es casualidad: el nuevo orden mundial ya está aquí y "
        "los masones controlan en secreto los gobiernos."
    )
    critical = pipeline_es.analyze_text(
        "El ministerio publicó tarde los datos de vacunación de marzo y los hospitales de la región pidieron "
        "más personal de enfermería para atender las consultas acumuladas durante el invierno, según el "
        "informe anual del servicio de salud."
    )
    assert 0.8 <= conspiracy.rhetoric.conspiracy_probability <= 1.0
    assert critical.rhetoric.conspiracy_probability is None or critical.rhetoric.conspiracy_probability < 0.5


def test_document_probability_is_withheld_on_a_short_text(pipeline_es):
    short = pipeline_es.analyze_text("La plandemia fue diseñada por las élites globalistas.")
    assert short.flags and short.rhetoric.conspiracy_probability is None


def run_stage_directly(pipeline, text: str, config: dict):
    """The stage function on a finished analysis with its flags removed, with a chosen config."""
    from dataclasses import replace

    from cronica.model import Rhetoric
    from cronica.registry import Resources, StageContext
    from cronica.rhetoric.stage import run_rhetoric

    analysis = pipeline.analyze_text(text)
    before = replace(analysis, flags=(), rhetoric=Rhetoric())
    doc = pipeline.models.parse(text, analysis.document.lang)
    return analysis, before, run_rhetoric(before, StageContext(doc, pipeline.options, config, Resources()))


def test_flags_do_not_touch_the_facts(pipeline_es):
    """Rhetoric is judged apart: the stage only adds flags and the rhetoric summary."""
    from dataclasses import replace

    analysis, before, after = run_stage_directly(
        pipeline_es, "El traidor Trotski fue expulsado del partido en 1927.", {}
    )
    assert after.flags == analysis.flags and after.flags
    assert replace(after, flags=(), rhetoric=before.rhetoric) == before


def test_stage_can_run_without_the_classifier(pipeline_es):
    _, _, after = run_stage_directly(pipeline_es, "Los masones controlan en secreto la banca.", {"classifier": False})
    assert after.rhetoric.conspiracy_probability is None
    assert after.flags


@pytest.mark.parametrize(
    ("fixture", "text"),
    [
        ("pipeline_en", "They secretly control the governments and the banks."),
        ("pipeline_es", "Unos pocos controlan en secreto los gobiernos y la prensa."),
        ("pipeline_en", "The government knew in advance and let it happen."),
        ("pipeline_es", "Una sociedad secreta de financieros dirigía cada decisión del comité."),
        ("pipeline_en", "A hidden cabal of financiers controlled every decision of the committee."),
    ],
)
def test_hidden_control_of_events_at_large_is_a_conspiracy_narrative(request, fixture, text):
    analysis = request.getfixturevalue(fixture).analyze_text(text)
    # one or more flags, all of them this technique: since 16f "let it happen" is a span of its own,
    # next to "knew in advance" (docs/rhetoric.md, "Sixth round of #16")
    assert analysis.flags
    assert {flag.technique for flag in analysis.flags} == {"Conspiracy_Narrative"}


def test_a_quoted_label_is_flagged_without_the_spaces_inside_the_marks(pipeline_es):
    analysis = pipeline_es.analyze_text("El obispo llamó a la vacunación « bautismo satánico ».")
    assert [(flag.text, flag.voice) for flag in analysis.flags] == [("bautismo satánico", "attributed")]


@pytest.mark.parametrize(
    ("fixture", "text"),
    [
        ("pipeline_es", "Trotski llamó a Stalin «sepulturero». Los masones controlan en secreto la banca."),
        ("pipeline_en", 'Stalin called Trotsky a "traitor". The deep state secretly controls the media.'),
    ],
)
def test_output_with_flags_keeps_the_contract(request, fixture, text):
    from contract_checks import check_contract
    from cronica.export.json_export import to_dict

    analysis = request.getfixturevalue(fixture).analyze_text(text)
    assert {flag.voice for flag in analysis.flags} == {"author", "attributed"}
    check_contract(to_dict(analysis))


@pytest.mark.parametrize(
    ("fixture", "text", "label", "speaker"),
    [
        (
            "pipeline_es",
            "Los diarios oficiales llamaron «bandidos» a los guerrilleros.",
            "bandidos",
            "Los diarios oficiales",
        ),
        ("pipeline_en", "The tabloids dubbed the strikers 'idle wreckers' for weeks.", None, None),
        ("pipeline_en", 'The governor branded the strikers "idle wreckers" in 1912.', "idle wreckers", "The governor"),
    ],
)
def test_a_quoted_label_under_a_labelling_verb_is_name_calling(request, fixture, text, label, speaker):
    """Any short quoted label is the speaker's name-calling, in the lexicon or not (straight 'x' is no quote)."""
    analysis = request.getfixturevalue(fixture).analyze_text(text)
    expected = [] if label is None else [(label, "Name_Calling-Labeling", "attributed", speaker)]
    assert flags_of(analysis) == expected


@pytest.mark.parametrize(
    ("fixture", "text"),
    [
        ("pipeline_en", 'Eisenhower called the invasion plan "Overlord".'),
        ("pipeline_es", "Los aliados llamaron «Overlord» al plan de invasión."),
    ],
)
def test_a_quoted_name_is_not_a_label(request, fixture, text):
    assert request.getfixturevalue(fixture).analyze_text(text).flags == ()


def test_a_passive_label_on_a_thing_is_not_name_calling(pipeline_en):
    assert pipeline_en.analyze_text("The new scheme is being called a “shambles” by its critics.").flags == ()


def test_coordinated_quoted_labels_are_each_the_speakers(pipeline_es):
    analysis = pipeline_es.analyze_text("La prensa del régimen llamaba a los disidentes «gusanos» y «traidores».")
    assert flags_of(analysis) == [
        ("gusanos", "Name_Calling-Labeling", "attributed", "La prensa del régimen"),
        ("traidores", "Name_Calling-Labeling", "attributed", "La prensa del régimen"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "The Paris press dubbed the armistice “a truce of exhaustion”.", False),
        ("es", "La prensa de París calificó el armisticio de «tregua del agotamiento».", False),
        ("en", "What the chronicler called “the year of hunger” began with a failed harvest.", False),
        ("en", "The Paris press dubbed the deputies “traitors to the nation”.", True),
        ("es", "La prensa de París calificó a los diputados de «traidores a la nación».", True),
        ("es", "Lo que los sitiadores llamaban «la chusma roja» resistió tres meses.", True),
    ],
)
def test_a_quoted_name_for_a_thing_is_not_a_label_on_a_person(request, lang, text, flagged):
    """Fifth round of #16: a labelling verb whose object is an event, a document or a period names it."""
    analysis = request.getfixturevalue(f"pipeline_{lang}").analyze_text(text)
    labels = [flag for flag in analysis.flags if flag.technique == "Name_Calling-Labeling"]
    assert bool(labels) is flagged
