"""The per-language trigger lexicons and cue lists are valid data and cover the ontology."""

from __future__ import annotations

import pytest

from cronica.errors import CronicaError
from cronica.events.lexicon import available_languages, load_lexicon, parse_lexicon
from cronica.events.ontology import load_ontology


def test_spanish_and_english_are_shipped():
    assert {"es", "en"} <= set(available_languages())
    assert load_lexicon("xx") is None


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_ontology_type_has_a_trigger_in_each_language(lang):
    lexicon = load_lexicon(lang)
    covered = {entry.type for entries in lexicon.verbs.values() for entry in entries}
    covered |= {entry.type for entry in lexicon.nouns.values()}
    types = load_ontology().types
    # a type the stage makes from another type's frame (OFFICE_HELD from OFFICE) needs that type's triggers
    needed = {t.made_from or name for name, t in types.items()}
    assert needed - covered == set()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_cues_cover_every_modality(lang):
    cues = load_lexicon(lang).cues
    assert cues.negation and cues.attempt_verbs and cues.report_verbs and cues.report_markers
    assert cues.hypothetical_markers and cues.time_same and cues.time_after and cues.passive_aux


def test_an_entry_with_a_role_its_type_lacks_is_rejected():
    with pytest.raises(CronicaError, match="does not declare"):
        parse_lexicon("xx", {"verbs": {"nacer": {"type": "BIRTH", "object": "organization"}}}, {})


def test_an_unknown_type_is_rejected():
    with pytest.raises(CronicaError, match="bad trigger entry"):
        parse_lexicon("xx", {"verbs": {"volar": {"type": "FLIGHT"}}}, {})


def test_spanish_participles_map_to_their_infinitives():
    from cronica.events.lexicon import load_lexicon

    cues = load_lexicon("es").cues
    assert cues.infinitives_of("fusilado") == ("fusilar",)
    assert cues.infinitives_of("detenidas") == ("detener", "detenir")
    assert cues.infinitives_of("oro") == ()
