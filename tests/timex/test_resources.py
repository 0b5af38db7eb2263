"""The language data itself: schema, coverage, no duplicate keys, every rule compiles."""

from __future__ import annotations

import pytest

from cronica.errors import CronicaError
from cronica.resources import ResourceError, parse_yaml
from cronica.timex.language import LexiconFile, available_languages, load_lexicon, load_yaml, validate_lexicon
from cronica.timex.tagger import Tagger

LANGUAGES = ["es", "en"]


def test_both_languages_are_shipped() -> None:
    assert set(LANGUAGES) <= set(available_languages())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_lexicon_passes_its_schema(lang: str) -> None:
    validate_lexicon(lang, load_yaml(lang, "lexicon.yaml"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_month_weekday_and_season_is_named(lang: str) -> None:
    words = load_yaml(lang, "lexicon.yaml")["words"]
    assert set(words["month"].values()) == set(range(1, 13))
    assert set(words["weekday"].values()) == set(range(1, 8))
    assert set(words["season"].values()) == {"SP", "SU", "FA", "WI"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_all_keys_are_words_not_yaml_booleans(lang: str) -> None:
    data = load_yaml(lang, "lexicon.yaml")
    for category, entries in data["words"].items():
        assert all(isinstance(key, str) for key in entries), category
    assert all(isinstance(key, str) for key in data["numbers"]["cardinals"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_rules_compile(lang: str) -> None:
    assert Tagger(lang).finder.rules


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(ResourceError, match=r"lexicon\.yaml:3: duplicate key 'enero'"):
        parse_yaml("month:\n  enero: 1\n  enero: 2\n", "lexicon.yaml")


def test_on_and_no_are_words_when_quoted_and_errors_when_not() -> None:
    assert parse_yaml('["on", "no", "yes"]') == ["on", "no", "yes"]
    for word in ("on", "no", "yes"):
        with pytest.raises(ResourceError, match=f"'{word}' is a boolean in YAML 1.1"):
            parse_yaml(f"[{word}]")


def test_an_unknown_lexicon_section_is_refused_with_its_line() -> None:
    text = "language: xx\nnumeric_date_order: DMY\nmonthz: {}\n"
    with pytest.raises(ResourceError, match=r"lexicon.yaml:3: .*monthz: unknown key"):
        parse_yaml(text, "lexicon.yaml", LexiconFile)


def test_a_missing_month_is_reported() -> None:
    data = load_yaml("es", "lexicon.yaml")
    broken = {**data, "words": {**data["words"], "month": {"enero": 1}}}
    with pytest.raises(CronicaError, match="month"):
        validate_lexicon("es", broken)


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(CronicaError, match="no temporal resources"):
        load_lexicon("xx")
