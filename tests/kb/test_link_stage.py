"""The link stage in the pipeline: QIDs, canonical names, scores, NIL, label repair."""

from __future__ import annotations

from contract_checks import check_contract
from cronica.export.json_export import to_dict
from cronica.kb.linker import Linker, Mention


def by_text(analysis):
    return {e.text: e for e in analysis.entities}


def test_spanish_entities_carry_qids(pipeline_es):
    analysis = pipeline_es.analyze_text(
        "En enero de 1928 Trotski fue desterrado a Alma-Ata. Zinóviev fue expulsado del partido."
        " Rýkov fue fusilado en 1938."
    )
    assert analysis.stages["link"] == "ok"
    entities = by_text(analysis)
    assert entities["Trotski"].kb_id == "Q33391" and entities["Trotski"].canonical == "Leon Trotsky"
    assert entities["Trotski"].label == "PER" and 0.5 <= entities["Trotski"].score <= 1.0
    assert entities["Alma-Ata"].kb_id == "Q35493"
    assert entities["Zinóviev"].kb_id == "Q207459" and entities["Zinóviev"].label == "PER"
    rykov = entities["Rýkov"]  # QID unconfirmed: kb_id stays null, the provisional id names the item
    assert rykov.kb_id is None and rykov.provisional_id == "cronica:alexei-rykov"
    check_contract(to_dict(analysis))


def test_english_entities_and_contract(pipeline_en):
    analysis = pipeline_en.analyze_text("Petrograd was renamed Leningrad in 1924, after Lenin's death.")
    entities = by_text(analysis)
    assert entities["Leningrad"].kb_id == "Q656" and entities["Leningrad"].label == "LOC"
    assert any(e.kb_id == "Q1394" for e in analysis.entities)
    check_contract(to_dict(analysis))


def test_names_ner_missed_are_added_without_moving_ner_ids(pipeline_en):
    text = "the talks between Churchill and Stalin"
    analysis = pipeline_en.analyze_text(text)
    linked = {e.kb_id for e in analysis.entities}
    assert {"Q8016", "Q855"} <= linked
    ids = [e.id for e in analysis.entities]
    assert len(ids) == len(set(ids))
    for entity in analysis.entities:
        assert text[entity.start : entity.end] == entity.text


def test_link_can_be_skipped(pipeline_en):
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    pipeline = Pipeline(Options(lang="en", skip={"link"}))
    pipeline.models = pipeline_en.models  # reuse the loaded spaCy pipeline
    analysis = pipeline.analyze_text("Trotsky met Lenin.")
    assert analysis.stages["link"] == "skipped" and all(e.kb_id is None for e in analysis.entities)


def test_type_decides_between_candidates(kb):
    linker = Linker(kb)
    # "Georgia" is only a country in the pack: a LOC mention links, a PER mention pays for the mismatch
    (as_place,) = linker.link_document([Mention("Georgia", "LOC")])
    assert as_place.qid == "Q230"
    (surname,) = linker.link_document([Mention("Roosevelt", "PER")])
    assert surname.qid == "Q8007"
    (not_a_person,) = linker.link_document([Mention("Roosevelt", "LOC")])
    assert not_a_person.qid is None


def test_time_makes_anachronisms_nil(kb):
    linker = Linker(kb)
    (early,) = linker.link_document([Mention("Khrushchev", "PER")], years=[1850])
    assert early.qid is None  # born 1894: cannot act in 1850
    # a birth or founding misdated by a few years is still about the same entity: the verifier must see it
    (misdated,) = linker.link_document([Mention("Trotsky", "PER")], years=[1877])
    assert misdated.qid == "Q33391"  # born 1879
    (late,) = linker.link_document([Mention("Khrushchev", "PER")], years=[1953])
    assert late.qid == "Q35314"
    (dead,) = linker.link_document([Mention("Karl Marx", "PER")], years=[1917])
    assert dead.qid == "Q9061"  # the dead can be mentioned


def test_context_bonus_from_kb_relations(kb):
    linker = Linker(kb)
    alone, _ = linker.link_document([Mention("Alma-Ata", "LOC"), Mention("Paris", "LOC")])
    with_trotsky, _ = linker.link_document([Mention("Alma-Ata", "LOC"), Mention("Trotsky", "PER")])
    assert with_trotsky.score > alone.score


def test_a_kb_name_inside_a_longer_name_is_not_linked():
    from cronica.kb.stage import part_of_longer_name

    for text, name in (
        ("the Paris Commune fell", "Paris"),
        ("el Partido Comunista Mexicano", "Partido Comunista"),
        ("the Battle of Stalingrad ended", "Stalingrad"),
    ):
        start = text.index(name)
        assert part_of_longer_name(text, start, start + len(name)), text
    text = "fue expulsado de la Unión Soviética en 1929"
    start = text.index("Unión")
    assert not part_of_longer_name(text, start, start + len("Unión Soviética"))


def test_gazetteer_skips_pieces_of_longer_names(pipeline_en):
    analysis = pipeline_en.analyze_text("Historians of the Paris Commune met in the Stalin Prize committee.")
    assert not {e.kb_id for e in analysis.entities} & {"Q90", "Q855"}


def test_namesakes_and_partial_names(pipeline_en, pipeline_es, kb):
    analysis = pipeline_en.analyze_text("Vasily Stalin commanded the air force.")
    assert all(e.kb_id != "Q855" for e in analysis.entities)  # the son is not the father
    analysis = pipeline_es.analyze_text("Vasili Stalin mandaba la aviación.")
    assert all(e.kb_id != "Q855" for e in analysis.entities)
    linker = Linker(kb)
    (ilyich,) = linker.link_document([Mention("Vladimir Ilyich's", "PER")])
    assert ilyich.qid == "Q1394"
    (other,) = linker.link_document([Mention("Vladimir Nabokov", "PER")])
    assert other.qid is None
    (full,) = linker.link_document([Mention("Lev Davídovich Trotski", "PER")])
    assert full.qid == "Q33391"  # words from two of his names
    for namesake in ("Adolf Trotsky", "Karl Lenin"):
        (decision,) = linker.link_document([Mention(namesake, "PER")])
        assert decision.qid is None, namesake
    (son,) = linker.link_document([Mention("Lev Sedov", "PER")])
    assert son.qid == "Q543149"  # Trotsky's son, in the pack since it grew: not his father


def test_given_name_left_out_by_ner_is_taken_in():
    from cronica.kb.stage import with_given_name
    from cronica.model import Entity

    text = "His son Vasily Stalin flew. Comrade Stalin spoke. Stalin left."
    for name, expected in (("Vasily Stalin", "Vasily Stalin"), ("Comrade Stalin", "Stalin"), ("Stalin left", "Stalin")):
        start = text.index(name) + len(name) - len("Stalin") if name != "Stalin left" else text.index(name)
        entity = Entity("e1", "Stalin", start, start + 6, "PER")
        assert with_given_name(text, entity).text == expected, name


def test_a_title_written_without_its_accent_is_still_a_title():
    """Titles meet the text through the one folding key: "Lider", "LÍDER" and "Líder" are one word."""
    from cronica.kb.stage import with_given_name
    from cronica.model import Entity

    for text in (
        "Habló el Lider Stalin.",
        "Habló el LÍDER Stalin.",
        "Spoke the Fuhrer Stalin.",
        "Habló el Principe Stalin.",
    ):
        start = text.index("Stalin")
        entity = Entity("e1", "Stalin", start, start + 6, "PER")
        assert with_given_name(text, entity).text == "Stalin", text
    text = "Habló Iósif Stalin."
    start = text.index("Stalin")
    assert with_given_name(text, Entity("e1", "Stalin", start, start + 6, "PER")).text == "Iósif Stalin"


def test_a_death_date_on_a_name_ner_missed_is_checked_es_en(pipeline_en, pipeline_es):
    """Link runs before events: a name NER missed and the gazetteer found is a participant
    with its entity, so the verifier can check the claim."""
    for pipeline, text, right in (
        (pipeline_en, "Trotsky died on 20 August 1940.", "21 August 1940"),
        (pipeline_es, "Trotski murió el 20 de agosto de 1940.", "21 de agosto de 1940"),
    ):
        analysis = pipeline.analyze_text(text)
        (event,) = analysis.events
        entity = next(e for e in analysis.entities if e.id == event.participants[0].entity)
        assert entity.kb_id == "Q33391"
        (claim,) = analysis.claims
        assert claim.verdict == "contradicted" and right in claim.correction, claim.explanation


def test_a_name_ner_cut_short_is_widened_to_the_kb_name(kb):
    from cronica.kb.stage import Gazetteer
    from cronica.model import Entity

    gazetteer = Gazetteer.of(kb)
    text = "He sailed for Mexico with Natalia Sedova in December 1936."
    natalia = Entity("e1", "Natalia", 26, 33, "PER")
    widened = gazetteer.widen(text, natalia, [natalia], 6)
    assert (widened.text, widened.id) == ("Natalia Sedova", "e1")
    sedova = Entity("e2", "Sedova", 34, 40, "PER")
    assert gazetteer.widen(text, natalia, [natalia, sedova], 6) == natalia  # would swallow another entity
    lower = "Llegó con Natalia sedova."
    cut = Entity("e1", "Natalia", 10, 17, "PER")
    assert gazetteer.widen(lower, cut, [cut], 6) == cut  # only over capitalized words
