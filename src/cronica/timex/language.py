"""Per-language resources: data files under `resources/<lang>/`, loaded and validated once.

A language is two YAML files: `lexicon.yaml` (words → values: months, weekdays,
number words, units, modifiers, year context) and `rules.yaml` (token patterns
→ the kind of expression they denote). The engine never names a word of any
language; adding one is adding a folder (see docs/timex.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources as package_files
from typing import Any, Literal, TypeVar

from pydantic import Field

from cronica.errors import CronicaError
from cronica.resources import Schema, WordList, load_resource
from cronica.timex.numbers import NumberWords
from cronica.timex.tokens import fold
from cronica.timex.trie import Trie, reversed_trie

RESOURCE_PACKAGE = "cronica.timex.resources"

#: lexicon categories every language must define, with the values each must cover
REQUIRED_CATEGORIES: Mapping[str, frozenset[Any]] = {
    "month": frozenset(range(1, 13)),
    "weekday": frozenset(range(1, 8)),
    "season": frozenset({"SP", "SU", "FA", "WI"}),
    "part_of_day": frozenset(),
    "unit": frozenset({"Y", "M", "W", "D", "H", "MIN", "S"}),
    "era": frozenset({-1, 1}),
}
UNIT_CODES = frozenset({"Y", "M", "W", "D", "H", "MIN", "S", "WE", "DE", "CE", "ML", "Q", "HY", "5Y", "2Y"})
MOD_VALUES = frozenset(
    {"START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "BEFORE", "ON_OR_BEFORE", "AFTER", "EQUAL_OR_LESS"}
)

_Section = TypeVar("_Section", bound=Schema)


def _absent(section: type[_Section]) -> Callable[[], _Section]:
    """The section a lexicon leaves out: read as an empty mapping. (mypy does not see the defaults
    `WordList` gives inside `Annotated`, so `default_factory=HoursSpec` looks to it like a call
    missing its arguments.)"""
    return lambda: section.model_validate({})


class NumbersSpec(Schema):
    cardinals: dict[str, int]
    multipliers: dict[str, int] = Field(default_factory=dict)
    connectors: WordList
    articles: WordList
    ordinal_suffixes: WordList


class ModifiersSpec(Schema):
    """TIMEX3 mod → the phrases that give it (validate_lexicon checks the mods)."""

    in_span: dict[str, list[str]] = Field(default_factory=dict)
    quantity: dict[str, list[str]] = Field(default_factory=dict)
    signals: dict[str, list[str]] = Field(default_factory=dict)


class YearsSpec(Schema):
    cue_before: WordList
    blocked_before: WordList
    life_signs: WordList = Field(default_factory=list)
    life_sign_after: WordList = Field(default_factory=list)
    fine_after: WordList
    strong_cue_before: WordList
    sentence_cue: WordList
    modifier_cue_before: WordList
    counted_noun_endings: WordList


class HoursSpec(Schema):
    cue_before: WordList


class IntervalsSpec(Schema):
    openers: WordList
    dash_openers: list[str] | None = None
    day_month_joiners: WordList
    connectors: WordList


class NamesSpec(Schema):
    lowercase_categories: WordList
    joiners: WordList
    articles: WordList


class TenseCuesSpec(Schema):
    words: WordList
    suffixes: WordList
    clause_breaks: WordList
    not_after: WordList
    not_before: WordList


class CoordinationSpec(Schema):
    duration_joiners: WordList
    connectors: WordList
    articles: WordList


class CalendarLabelsSpec(Schema):
    """A calendar named in words ("por el antiguo calendario ruso", "by the old calendar"): an optional
    lead and article, the noun, and words that name one calendar before or after it (one or two).
    Read as more `calendar_marker` entries (`calendar_labels`)."""

    leads: WordList
    articles: WordList
    nouns: WordList
    julian: WordList
    gregorian: WordList


class LexiconFile(Schema):
    """timex/resources/<lang>/lexicon.yaml (docs/timex.md); `validate_lexicon` checks the coverage"""

    language: str
    numeric_date_order: Literal["DMY", "MDY"]
    needs_capital: WordList
    #: category → word or phrase → its value (a number, a code, a list or mapping of them)
    words: dict[str, dict[str, Any]]
    numbers: NumbersSpec
    modifiers: ModifiersSpec
    years: YearsSpec
    hours: HoursSpec = Field(default_factory=_absent(HoursSpec))
    intervals: IntervalsSpec
    names: NamesSpec = Field(default_factory=_absent(NamesSpec))
    future_cues: TenseCuesSpec = Field(default_factory=_absent(TenseCuesSpec))
    past_cues: TenseCuesSpec = Field(default_factory=_absent(TenseCuesSpec))
    coordination: CoordinationSpec = Field(default_factory=_absent(CoordinationSpec))
    calendar_labels: CalendarLabelsSpec = Field(default_factory=_absent(CalendarLabelsSpec))


class RuleSpec(Schema):
    kind: str
    patterns: list[str]
    #: constant slots of the rule's matches ({context: year}, {season: FA})
    constants: dict[str, Any] = Field(default_factory=dict, alias="set")
    name: str | None = None


RULES_SCHEMA = list[RuleSpec]
#: each timex resource file and its schema
FILE_SCHEMAS: Mapping[str, Any] = {"lexicon.yaml": LexiconFile, "rules.yaml": RULES_SCHEMA}


def load_yaml(lang: str, name: str) -> Any:
    """One resource file of a language, read strictly and validated by its schema."""
    path = package_files.files(RESOURCE_PACKAGE).joinpath(lang, name)
    if not path.is_file():
        raise CronicaError(f"no temporal resources for language '{lang}' ({name} missing)")
    return load_resource(path, FILE_SCHEMAS.get(name))


@dataclass(frozen=True)
class Lexicon:
    """The compiled word data of one language."""

    lang: str
    categories: Mapping[str, Trie]
    numbers: NumberWords
    ordinal_suffixes: frozenset[str]
    needs_capital: frozenset[str]
    numeric_date_order: str
    in_span_modifiers: Trie  # reversed: "a principios de" before a date → START, inside the span
    quantity_modifiers: Trie  # reversed: "más de" before a duration → MORE_THAN, inside the span
    signal_modifiers: Trie  # reversed: "antes de" before a date → BEFORE, outside the span
    year_cue_before: frozenset[str]
    year_blocked_before: frozenset[str]
    #: a blocked sign that is a genealogical birth mark after one of `year_life_sign_after`: "(* 1888, † 1938)"
    year_life_signs: frozenset[str]
    year_life_sign_after: frozenset[str]
    year_fine_after: frozenset[str]
    year_strong_cue_before: frozenset[str]
    year_sentence_cue: frozenset[str]
    year_modifier_cue_before: frozenset[str]
    counted_noun_endings: tuple[str, ...]
    hour_cue_before: frozenset[str]
    duration_joiners: frozenset[str]
    coordination_connectors: frozenset[str]
    coordination_articles: frozenset[str]
    interval_openers: frozenset[str]
    interval_connectors: frozenset[str]
    interval_dash_openers: frozenset[str]  # openers that belong to a range written with a dash
    day_month_joiners: frozenset[str]  # words between a day and its month ("21 de agosto")
    lowercase_date_words: frozenset[str]  # date words written in lower case in running text
    name_joiners: frozenset[str]  # words between the parts of a name ("Revolución de Octubre")
    name_articles: frozenset[str]  # articles after a joiner ("la Guerra de los Seis Días")
    future_words: frozenset[str]
    future_suffixes: tuple[str, ...]
    future_clause_breaks: frozenset[str]
    past_words: frozenset[str]
    past_suffixes: tuple[str, ...]
    past_not_after: frozenset[str]  # a participle after these is not a past ("will be announced")
    past_not_before: frozenset[str]  # nor one before its agent ("markets untouched by the crisis")


def validate_lexicon(lang: str, data: Mapping[str, Any]) -> None:
    """Schema checks run at load time and by the tests: missing data fails loudly, not silently."""
    problems: list[str] = []
    for key in ("words", "numbers", "modifiers", "years", "intervals"):
        if not isinstance(data.get(key), Mapping):
            problems.append(f"'{key}' must be a mapping")
    if problems:
        raise CronicaError(f"timex resources {lang}/lexicon.yaml: " + "; ".join(problems))
    words = data["words"]
    for category, needed in REQUIRED_CATEGORIES.items():
        entries = words.get(category)
        if not isinstance(entries, Mapping) or not entries:
            problems.append(f"category '{category}' is missing or empty")
            continue
        missing = needed - set(entries.values())
        if missing:
            problems.append(f"category '{category}' lacks values {sorted(missing, key=str)}")
    for word, code in (words.get("unit") or {}).items():
        if code not in UNIT_CODES:
            problems.append(f"unit '{word}' has unknown code {code!r}")
    for group in ("in_span", "quantity", "signals"):
        for mod in data["modifiers"].get(group) or {}:
            if mod not in MOD_VALUES:
                problems.append(f"modifier group {group} uses unknown TIMEX3 mod {mod!r}")
    if data.get("numeric_date_order") not in ("DMY", "MDY"):
        problems.append("numeric_date_order must be DMY or MDY")
    if problems:
        raise CronicaError(f"timex resources {lang}/lexicon.yaml: " + "; ".join(problems))


def _modifier_trie(groups: Mapping[str, list[str]] | None) -> Trie:
    return reversed_trie((phrase, mod) for mod, phrases in (groups or {}).items() for phrase in phrases)


def calendar_labels(spec: Mapping[str, Any] | None) -> Iterator[tuple[str, str]]:
    """Every phrase `spec` (lexicon `calendar_labels`) builds, with the calendar it names: a lead and
    an optional article, or neither, then the noun with one or two of one calendar's words before or
    after it ("según el nuevo calendario", "por el calendario ortodoxo antiguo", "in the old Russian
    calendar", "New Style"). An article with no lead is left out: after a date, "the old calendar was
    still in use" is the sentence's subject, not the date's calendar."""
    spec = spec or {}
    leads, articles = ["", *spec.get("leads", ())], ["", *spec.get("articles", ())]
    for calendar in ("julian", "gregorian"):
        words = list(spec.get(calendar, ()))
        pairs = [f"{a} {b}" for a in words for b in words if a != b]
        for noun in spec.get("nouns", ()):
            cores = [f"{w} {noun}" for w in words] + [f"{noun} {w}" for w in words]
            cores += [f"{p} {noun}" for p in pairs] + [f"{noun} {p}" for p in pairs]
            cores += [f"{a} {noun} {b}" for a in words for b in words if a != b]
            for lead in leads:
                for article in articles if lead else [""]:
                    for core in cores:
                        yield " ".join(part for part in (lead, article, core) if part), calendar


def _categories(data: Mapping[str, Any]) -> dict[str, Trie]:
    """The word categories' tries, the calendar markers with the labels `calendar_labels` builds."""
    categories = {name: Trie(entries.items()) for name, entries in data["words"].items()}
    labels = list(calendar_labels(data.get("calendar_labels")))
    if labels:
        markers = categories.setdefault("calendar_marker", Trie())
        for phrase, calendar in labels:
            markers.add(phrase, calendar)
    return categories


def _folded(items: Any) -> frozenset[str]:
    return frozenset(fold(str(item)) for item in items or ())


def _lowercase_words(data: Mapping[str, Any]) -> frozenset[str]:
    """The one-word entries of the categories the language writes in lower case, and its number words."""
    names = data.get("names") or {}
    words: set[str] = set()
    for category in names.get("lowercase_categories") or ():
        words.update(fold(str(word)) for word in (data["words"].get(category) or {}) if " " not in str(word))
    if names.get("lowercase_categories"):
        words.update(fold(str(word)) for word in data["numbers"]["cardinals"])
    return frozenset(words)


@cache
def load_lexicon(lang: str) -> Lexicon:
    data = load_yaml(lang, "lexicon.yaml")
    validate_lexicon(lang, data)
    numbers = data["numbers"]
    modifiers = data["modifiers"]
    years = data["years"]
    intervals = data["intervals"]
    future = data.get("future_cues") or {}
    return Lexicon(
        lang=lang,
        categories=_categories(data),
        numbers=NumberWords(
            cardinals={fold(k): int(v) for k, v in numbers["cardinals"].items()},
            multipliers={fold(k): int(v) for k, v in numbers["multipliers"].items()},
            connectors=_folded(numbers.get("connectors")),
            articles=_folded(numbers.get("articles")),
        ),
        ordinal_suffixes=_folded(numbers.get("ordinal_suffixes")),
        needs_capital=_folded(data.get("needs_capital")),
        numeric_date_order=data["numeric_date_order"],
        in_span_modifiers=_modifier_trie(modifiers.get("in_span")),
        quantity_modifiers=_modifier_trie(modifiers.get("quantity")),
        signal_modifiers=_modifier_trie(modifiers.get("signals")),
        year_cue_before=_folded(years.get("cue_before")),
        year_blocked_before=_folded(years.get("blocked_before")),
        year_life_signs=_folded(years.get("life_signs")),
        year_life_sign_after=_folded(years.get("life_sign_after")),
        year_fine_after=_folded(years.get("fine_after")),
        year_strong_cue_before=_folded(years.get("strong_cue_before")),
        year_sentence_cue=_folded(years.get("sentence_cue")),
        year_modifier_cue_before=_folded(years.get("modifier_cue_before")),
        counted_noun_endings=tuple(fold(s) for s in years.get("counted_noun_endings") or ()),
        hour_cue_before=_folded((data.get("hours") or {}).get("cue_before")),
        duration_joiners=_folded((data.get("coordination") or {}).get("duration_joiners")),
        coordination_connectors=_folded((data.get("coordination") or {}).get("connectors")),
        coordination_articles=_folded((data.get("coordination") or {}).get("articles")),
        interval_openers=_folded(intervals.get("openers")),
        interval_connectors=_folded(intervals.get("connectors")),
        interval_dash_openers=_folded(intervals.get("dash_openers", intervals.get("openers"))),
        day_month_joiners=_folded(intervals.get("day_month_joiners")),
        lowercase_date_words=_lowercase_words(data),
        name_joiners=_folded((data.get("names") or {}).get("joiners")),
        name_articles=_folded((data.get("names") or {}).get("articles")),
        future_words=_folded(future.get("words")),
        future_clause_breaks=_folded(future.get("clause_breaks")),
        past_words=_folded((data.get("past_cues") or {}).get("words")),
        past_suffixes=tuple(str(s).lower() for s in (data.get("past_cues") or {}).get("suffixes") or ()),
        past_not_after=_folded((data.get("past_cues") or {}).get("not_after")),
        past_not_before=_folded((data.get("past_cues") or {}).get("not_before")),
        future_suffixes=tuple(str(s).lower() for s in future.get("suffixes") or ()),  # accents matter: "será"
    )


def available_languages() -> list[str]:
    root = package_files.files(RESOURCE_PACKAGE)
    return sorted(item.name for item in root.iterdir() if item.is_dir() and item.joinpath("rules.yaml").is_file())
