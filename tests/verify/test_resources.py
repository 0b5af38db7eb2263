"""The verify stage's language data: complete, parallel across languages, well-formed templates."""

from __future__ import annotations

import string

import pytest

from cronica.events.ontology import load_ontology
from cronica.verify.language import load_language
from cronica.verify.opinions import load_cues
from cronica.verify.policy import load_policy

LANGUAGES = ("es", "en")
PLACEHOLDERS = {"subject", "value", "ref", "claim", "kb", "property", "precision", "distance", "text", "type",
                "qualifier", "cue", "date", "day", "month", "year", "amount", "unit", "party", "mention", "relation",
                "of", "fits", "candidates", "detail", "who", "owner", "entity", "start", "end", "born",
                "ages", "moment", "successor", "predecessor", "holder", "office", "offices", "body",
                "words", "first", "last", "source", "sentence", "place", "end_date",
                "limits", "finer", "reading", "others", "region", "departure"}  # fmt: skip


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def templates_of(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from templates_of(value)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_dates_have_every_month_and_form(lang):
    dates = load_language(lang).dates
    assert len(dates["months"]) == 12 and len(set(dates["months"])) == 12
    for forms in ("bare", "in_sentence"):
        assert set(dates[forms]) == {"day", "month", "year", "decade", "century"}
    assert set(dates["units"]) == {"day", "month", "year"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_templates_use_known_placeholders_only(lang):
    language = load_language(lang)
    for section in ("corrections", "explanations", "modality"):
        for template in templates_of(language.templates[section]):
            assert placeholders(template) <= PLACEHOLDERS, (lang, template)


def test_languages_are_parallel():
    es, en = (load_language(lang).templates for lang in LANGUAGES)
    for section in ("explanations", "modality", "properties", "kb_names"):
        assert set(es[section]) == set(en[section]), section
    assert set(es["corrections"]) == set(en["corrections"])
    for event_type in es["corrections"]:
        if event_type != "_default":
            assert set(es["corrections"][event_type]) == set(en["corrections"][event_type]), event_type


def test_corrections_cover_real_types_and_every_mapped_date():
    ontology = load_ontology()
    corrections = load_language("es").templates["corrections"]
    assert set(corrections) - {"_default"} <= set(ontology.types)
    for name, event_type in ontology.types.items():
        for mapping in event_type.kb:
            dated = [pid for pid, role in mapping.qualifiers.items() if role == "time"]
            dated += [mapping.property] if mapping.value == "time" else []
            for pid in dated:
                if name in corrections:
                    entry = corrections[name]
                    assert pid in entry or f"{mapping.property}.{pid}" in entry, (name, pid)


def test_policy_and_opinion_cues_load():
    policy = load_policy()
    assert set(policy["place_properties"]) & set(policy["single_valued"]) == {"P19", "P20", "P740"}
    for lang in LANGUAGES:
        cues = load_cues(lang)
        assert cues is not None and placeholders(cues.explanation) == {"cue"}
        hedges = load_language(lang).place_hedges
        assert hedges and all(hedge == hedge.lower().strip() for hedge in hedges)
