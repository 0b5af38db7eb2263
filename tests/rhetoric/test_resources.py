"""The rhetoric data files themselves: they load, every pattern compiles, every technique is explained."""

from __future__ import annotations

import pytest
import yaml

from cronica.errors import CronicaError
from cronica.folding import fold
from cronica.rhetoric.patterns import TokenKey, compile_pattern
from cronica.rhetoric.resources import TECHNIQUES, available_languages, load_language


def key(lemma: str, form: str | None = None, pos: str = "NOUN") -> TokenKey:
    return TokenKey(fold(lemma), fold(form or lemma), pos)


def test_both_languages_have_resources():
    assert {"es", "en"} <= set(available_languages())


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_technique_has_an_explanation_naming_the_span(lang):
    resources = load_language(lang)
    for technique in TECHNIQUES:
        assert "{text}" in resources.explanations[technique]
    assert "{speaker}" in resources.explanations["attributed"]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_lexicon_patterns_are_unique_and_cover_every_technique(lang):
    resources = load_language(lang)
    sources = [pattern.source for entry in resources.entries for pattern in entry.patterns]
    assert len(sources) == len(set(sources)), "a pattern is listed twice"
    assert {entry.technique for entry in resources.entries} == set(TECHNIQUES)
    assert all(0 < entry.confidence <= 1 for entry in resources.entries)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_context_word_lists_are_strings_without_duplicates(lang):
    from importlib import resources as package_files

    raw = yaml.safe_load((package_files.files("cronica.rhetoric") / "resources" / lang / "context.yaml").read_text())
    for name in ("negators", "speech_verbs", "source_markers", "distancing_cues"):
        words = raw[name]
        assert all(isinstance(word, str) for word in words), name
        assert len(words) == len(set(words)), f"{name} lists a word twice"
    assert "no" in raw["negators"]


def test_one_entry_covers_inflected_and_derived_forms():
    """delictivo/delictiva/delictivas and masón/masonería/masónico are one stem each."""
    delictivo = compile_pattern("banda ~1 delictiv*")
    for form in ("delictivo", "delictiva", "delictivas"):
        assert delictivo.match_at([key("banda"), key(form, pos="ADJ")], 0, 2) == 2
    mason = compile_pattern("mason*|francmason* ~3 control*/VERB")
    for lemma in ("masón", "masonería", "masónico", "francmasón"):
        assert mason.match_at([key(lemma), key("controlar", "controlan", "VERB")], 0, 2) == 2
    assert mason.match_at([key("masonería"), key("control", pos="NOUN")], 0, 2) is None  # POS is checked


def test_gaps_and_alternatives():
    pattern = compile_pattern("mueve|mueven ~2 los hilos")
    tokens = [key("mover", "mueven"), key("todos"), key("el", "los"), key("hilo", "hilos")]
    assert pattern.match_at(tokens, 0, len(tokens)) == 4
    too_far = [key("mover", "mueven"), key("a"), key("b"), key("c"), key("el", "los"), key("hilo", "hilos")]
    assert pattern.match_at(too_far, 0, len(too_far)) is None


@pytest.mark.parametrize("source", ["~2 hilos", "hilos ~2", "hilos ~x", "a||b"])
def test_malformed_patterns_are_one_line_errors(source):
    with pytest.raises(CronicaError):
        compile_pattern(source)


def test_unknown_language_has_no_resources():
    assert load_language("fr") is None


def test_an_exact_form_leaves_out_the_other_forms_of_the_lemma():
    pattern = compile_pattern("world =government")
    assert pattern.match_at([key("world"), key("government")], 0, 2) == 2
    assert pattern.match_at([key("world"), key("government", "governments")], 0, 2) is None
