"""The report's words: every language has every phrase, with the same placeholders."""

from __future__ import annotations

import dataclasses
import json
import re
import string
from importlib import resources

import pytest
from report_fixtures import rich_analysis

from cronica.export.html import render_report
from cronica.report.i18n import available_languages, language_for, translations


def _placeholders(phrase: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(phrase) if name}


def test_spanish_and_english_have_the_same_phrases_and_placeholders():
    assert {"en", "es"} <= set(available_languages())
    english = translations("en").words
    for lang in available_languages():
        words = translations(lang).words
        assert set(words) == set(english), lang
        for key, phrase in words.items():
            assert phrase.strip(), (lang, key)
            assert _placeholders(phrase) == _placeholders(english[key]), (lang, key)


def test_files_have_no_duplicate_keys():
    for lang in available_languages():
        path = resources.files("cronica.report") / "i18n" / f"{lang}.json"
        pairs = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=lambda items: items)
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), lang


@pytest.mark.parametrize(
    ("langs", "expected"), [(["es"], "es"), (["en", "en"], "en"), (["es", "en"], "en"), (["fr"], "en"), ([], "en")]
)
def test_the_page_speaks_the_documents_language(langs, expected):
    assert language_for(langs) == expected


def test_report_in_each_language():
    spanish = rich_analysis()
    english = dataclasses.replace(spanish, document=dataclasses.replace(spanish.document, lang="en"))
    html_es, html_en = render_report([spanish]), render_report([english])
    assert '<html lang="es">' in html_es and "Cronología" in html_es and "contradicha" in html_es
    assert '<html lang="en">' in html_en and "Timeline" in html_en and "contradicted" in html_en
    assert re.search(r'"js_timeline_label":"Cronología de \{n\}', html_es)
    mixed = render_report([spanish, english])
    assert '<html lang="en">' in mixed and 'lang="es"' in mixed  # each text keeps its own language
