"""The verify stage's sentences in one language, read from `resources/<lang>/*.yaml`.

Corrections and explanations are templates kept as data, so that a new language
is a new folder; this module only fills them in (dates, distances, names).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import Field

from cronica.errors import CronicaError
from cronica.resources import Schema, WordList, load_resource, package_file
from cronica.timevalue.value import PERIOD_YEARS
from cronica.verify.dates import Distance, PartialDate, check_precision
from cronica.verify.place_parts import RegionWords

FEMALE = "female"
#: a word, for `Language.qualifies` (apostrophes kept: "people's")
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class Language:
    """Templates and date words of one language."""

    code: str
    dates: Mapping[str, Any]
    templates: Mapping[str, Any]
    place_hedges: tuple[str, ...] = ()
    #: common nouns that name a person's party when the KB holds only one ("el partido", "the party")
    party_nouns: frozenset[str] = frozenset()
    #: words that never change which office or body a phrase names ("the", "del", "his")
    function_words: frozenset[str] = frozenset()
    #: words that join two conjuncts ("y", "and"): an office after one is another office, not a qualifier
    coordinators: frozenset[str] = frozenset()
    #: words that say who held an office, not which one ("the first female People's Commissar", "la
    #: primera mujer ..."); with one of them, an ordinal of `holder_ordinals` says the same of the holder
    holder_words: frozenset[str] = frozenset()
    holder_ordinals: frozenset[str] = frozenset()

    #: head words of a description, not an office's title ("leader", "head", "jefe"): never refuted as an office
    description_heads: frozenset[str] = frozenset()
    #: "the", "su": left out before a body's common noun ("the seminary")
    body_determiners: frozenset[str] = frozenset()
    #: the words that read a region after a place ("nació en Merjeuli, en Armenia": `verify/place_parts.py`)
    region_words: RegionWords = field(default_factory=RegionWords)
    #: words that join a thing named by its kind to its counterpart ("the peace treaty with Germany")
    counterpart_words: frozenset[str] = frozenset()
    #: articles left out before such a kind ("a peace treaty", "un tratado de paz")
    kind_determiners: frozenset[str] = frozenset()

    def body_noun(self, words: str) -> str:
        """The words of a body's noun phrase without its leading determiners ("the seminary" → "seminary")."""
        tokens = words.split()
        while tokens and tokens[0].lower() in self.body_determiners:
            tokens = tokens[1:]
        return " ".join(tokens)

    def kind_noun(self, words: str) -> str:
        """The words of a kind's noun phrase without its leading articles ("a peace treaty" → "peace treaty")."""
        tokens = words.split()
        while tokens and tokens[0].lower() in self.kind_determiners:
            tokens = tokens[1:]
        return " ".join(tokens)

    def introduces_counterpart(self, between: str) -> bool:
        """Whether the words between a kind's phrase and a name join them ("with", "with the", "con los")."""
        tokens = between.lower().split()
        return bool(tokens) and tokens[0] in self.counterpart_words and set(tokens[1:]) <= self.kind_determiners

    def describes(self, words: str) -> bool:
        """The first word that is no function or order word is a description's head ("the leader of")."""
        content = [word for word in _WORDS.findall(words.lower()) if word not in self.function_words]
        return bool(content) and content[0] in self.description_heads

    def coordinates(self, word: str) -> bool:
        return word.lower() in self.coordinators

    def is_party_noun(self, words: str) -> bool:
        return " ".join(words.lower().split()) in self.party_nouns

    def qualifies(self, words: str) -> bool:
        """Whether words around a linked name make it name another office or body: "Deputy" in "the
        Deputy People's Commissar", "for Agriculture" after "People's Commissar"."""
        found = [word for word in _WORDS.findall(words.lower()) if word not in self.function_words]
        if any(word in self.holder_words for word in found):
            # "the first female People's Commissar": the holder is the first woman, the office the same; a
            # bare "first" stays a qualifier ("First Secretary" may be another office)
            found = [word for word in found if word not in self.holder_words | self.holder_ordinals]
        return bool(found)

    # --- dates -------------------------------------------------------------------

    def date(
        self, date: PartialDate, *, in_sentence: bool = False, governed: bool = False, mod: str | None = None
    ) -> str:
        """ "12 de noviembre de 1927" / "el 12 de noviembre de 1927" (in_sentence), at the date's precision;
        after a preposition of the template ("desde el 12 de noviembre", "desde 1927"), `governed`;
        with a TIMEX3 modifier, "antes de agosto de 1927" / "before August 1927"."""
        modified = self.dates.get("modifiers", {}).get(mod or "")
        form = "in_sentence" if in_sentence else "governed" if governed else "bare"
        forms = self.dates["bare" if modified else form]
        month = self.dates["months"][date.month - 1] if date.month else ""
        precision = check_precision(date)
        # a decade or century by its first year ("the 1930s") and, for a century, its last ("1900–1999")
        last = (date.year or 0) + PERIOD_YEARS.get(date.precision, 1) - 1
        text = forms[precision].format(day=date.day, month=month, year=date.year, last=last)
        if date.calendar == "julian" and date.day is not None:
            # an Old Style day says so, with the New Style day it is: "22 April 1870" O.S. is 4 May 1870
            text = self.dates["julian"].format(date=text, gregorian=self.date(date.to_gregorian()))
        return modified.format(date=text) if modified else text

    def distance(self, distance: Distance) -> str:
        """ "tres meses después" / "three months later"; the reference relative to the text."""
        unit = self.dates["units"][distance.unit]["one" if distance.amount == 1 else "many"]
        amount = self.dates["numbers"].get(distance.amount, str(distance.amount))
        template = self.dates["later" if distance.later else "earlier"]
        return template.format(amount=amount, unit=unit)

    def precision_name(self, precision: str) -> str:
        return self.dates["precision_names"][precision]

    # --- names -------------------------------------------------------------------

    def with_article(self, name: str) -> str:
        """An organization's name as a sentence needs it: "el Partido Comunista", "the Comintern"."""
        names = self.templates["names"]
        head = name.split(" ", 1)[0]
        if not names.get("article") or head.lower() in names.get("articles", ()):
            return name
        article = names["feminine_article"] if self.is_feminine(name) else names["article"]
        return f"{article} {name}"

    def is_hedged(self, text: str, start: int) -> bool:
        """The words right before `start` make the place that follows approximate ("cerca de", "near")."""
        before = text[max(0, start - 40) : start].lower().rstrip()
        return any(
            before.endswith(hedge) and _word_start(before, len(before) - len(hedge)) for hedge in self.place_hedges
        )

    def is_feminine(self, name: str) -> bool:
        """Whether a name's head noun is feminine ("la Internacional"), from the language's list."""
        return name.split(" ", 1)[0] in self.templates["names"].get("feminine_heads", ())

    def contract(self, sentence: str) -> str:
        """Apply the language's contractions ("de el" → "del")."""
        for long, short in self.templates["names"].get("contractions", {}).items():
            sentence = re.sub(rf"\b{re.escape(long)}", short, sentence)
        return sentence

    def property_name(self, pid: str) -> str:
        return self.templates["properties"].get(pid, pid)

    def kb_name(self, kb: str) -> str:
        return self.templates["kb_names"].get(kb, kb)

    def relation(self, relation: str) -> str:
        """A kinship relation's noun ("father" → "padre")."""
        return self.templates.get("relations", {}).get(relation, relation)

    def list_or(self, items: list[str]) -> str:
        """ "homicide or capital punishment" / "homicidio o pena capital"."""
        names = self.templates["names"]
        if len(items) < 2:
            return "".join(items)
        return ", ".join(items[:-1]) + names.get("list_or", " or ") + items[-1]

    def list_and(self, items: list[str]) -> str:
        names = self.templates["names"]
        if len(items) < 2:
            return "".join(items)
        return ", ".join(items[:-1]) + names.get("list_and", " and ") + items[-1]

    def rule_note(self, rule: str, property_name: str) -> str:
        """Why the two values cannot both hold: the rule of the proof, in a sentence."""
        return self.contract(_capitalize(self.templates["rules"][rule].format(property=property_name)))

    def identity_note(self, basis: str, **values: Any) -> str:
        """How the text's words were tied to the KB item: the identity link of the proof."""
        return self.contract(_capitalize(self.templates["identity"][basis].format(**self._mentioned(values))))

    def _mentioned(self, values: dict[str, Any]) -> dict[str, Any]:
        """`mention` quoted as the text says it, or named as the unstated subject when the text says no words
        (an antecedent's name in another sentence is not what this sentence says)."""
        if "mention" not in values:
            return values
        words = str(values["mention"]).strip()
        explanations = self.templates["explanations"]
        said = explanations["quoted_mention"].format(text=words) if words else explanations["omitted_mention"]
        return {**values, "mention": said}

    # --- sentences ---------------------------------------------------------------

    def explanation(self, key: str, **values: Any) -> str:
        return self.contract(_capitalize(self.templates["explanations"][key].format(**self._mentioned(values))))

    def phrase(self, key: str, **values: Any) -> str:
        """A piece of an explanation, not a sentence: no capital, no contraction."""
        return str(self.templates["explanations"][key].format(**values))

    def modality_note(self, modality: str) -> str:
        return self.templates["modality"][modality]

    def correction(self, event_type: str, pid: str, sex: str | None, statement: str = "", **values: Any) -> str:
        """The corrected sentence for what `pid` (a property, or a qualifier of `statement`'s property)
        says about an event of `event_type`; "P39.P582" is preferred to "P582" when given."""
        by_type = self.templates["corrections"].get(event_type, {})
        template = by_type.get(f"{statement}.{pid}") or by_type.get(pid)
        if template is None:
            template = self.templates["corrections"]["_default"]
            values.setdefault("property", self.property_name(pid))
        if isinstance(template, Mapping):
            template = template["f" if sex == FEMALE else "m"]
        return self.contract(_capitalize(template.format(**values)))


def _word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def _capitalize(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


# --- the files' schemas (docs/verify.md) ------------------------------------------------------


class DateForms(Schema):
    day: str
    month: str
    year: str
    #: a text's decade ("the {year}s") and century ("{year}–{last}"): a claim may be dated no finer
    decade: str
    century: str


class UnitNames(Schema):
    one: str
    many: str


class DatesFile(Schema):
    """verify/resources/<lang>/dates.yaml: how the stage writes dates and distances"""

    months: Annotated[list[str], Field(min_length=12, max_length=12)]
    bare: DateForms
    in_sentence: DateForms
    #: after a preposition the template writes ("desde {start}"): Spanish puts the article before a day only
    governed: DateForms
    modifiers: dict[str, str] = Field(default_factory=dict)
    precision_names: DateForms
    numbers: dict[int, str] = Field(default_factory=dict)
    units: dict[Literal["day", "month", "year"], UnitNames]
    later: str
    earlier: str
    #: an Old Style day, with its New Style day: "{date} O.S. ({gregorian} N.S.)"
    julian: str = "{date} ({gregorian})"


class Gendered(Schema):
    """A sentence that agrees with its subject's sex."""

    m: str
    f: str


Template = str | Gendered


class NameRules(Schema):
    article: str
    feminine_article: str
    #: words that already are an article at the start of a name ("La Prensa", "The Times")
    articles: WordList
    feminine_heads: WordList
    contractions: dict[str, str] = Field(default_factory=dict)
    list_and: str
    list_or: str


class TemplatesFile(Schema):
    """verify/resources/<lang>/templates.yaml: corrections and explanations"""

    names: NameRules
    kb_names: dict[str, str]
    properties: dict[str, str]
    corrections: dict[str, Template | dict[str, Template]]
    relations: dict[str, str] = Field(default_factory=dict)
    identity: dict[str, str]
    rules: dict[str, str]
    explanations: dict[str, str]
    modality: dict[str, str]


class PlacesFile(Schema):
    """verify/resources/<lang>/places.yaml"""

    hedges: WordList
    #: after the comma of "X, en Y" / "X, in Y": the word before a place's region or country
    region_prepositions: WordList = Field(default_factory=list)
    #: articles before the region ("en el Imperio ruso", "in the Kherson Governorate")
    region_articles: WordList = Field(default_factory=list)
    #: words that may join the capitalized words of a region's name ("Gobernación de Tiflis", "Republic of")
    region_connectors: WordList = Field(default_factory=list)
    #: words that coordinate places: "en Londres, en París y en Viena" is a list, not a place and its region
    place_coordinators: WordList = Field(default_factory=list)
    #: nouns of a unit before its name ("la gobernación de Kursk"); other words there ("Gori, near Tbilisi",
    #: "a town in Georgia") make no region
    region_nouns: WordList = Field(default_factory=list)


class GenericFile(Schema):
    """verify/resources/<lang>/generic.yaml"""

    party: WordList
    function_words: WordList
    #: words of order ("first", "primer"): "the first president of X" still names the presidency
    order_words: WordList
    coordinators: WordList
    description_heads: WordList
    holder_words: WordList
    holder_ordinals: WordList
    #: definite and possessive words before a body's common noun ("the seminary", "su seminario"): left out
    #: before the noun is read (`cronica.verify.bodies`); an indefinite one ("a seminary") is not, so it
    #: never names the person's own
    body_determiners: WordList
    #: "with", "con": a thing named by its kind and its counterpart ("the peace treaty with Germany")
    counterpart_words: WordList
    #: articles before that kind ("a", "the", "un", "los"), left out, and allowed before the counterpart
    kind_determiners: WordList


@cache
def load_language(code: str) -> Language:
    """The verify resources of a language (read once per process)."""
    folder = package_file("cronica.verify", "resources", code)
    if not folder.joinpath("templates.yaml").is_file():
        raise CronicaError(f"verify: no templates for language '{code}'")
    dates = load_resource(folder.joinpath("dates.yaml"), DatesFile)
    templates = load_resource(folder.joinpath("templates.yaml"), TemplatesFile)
    places = load_resource(folder.joinpath("places.yaml"), PlacesFile)
    hedges = tuple(sorted((h.lower() for h in places.get("hedges", ())), key=len, reverse=True))
    generic_file = folder.joinpath("generic.yaml")
    generic = load_resource(generic_file, GenericFile) if generic_file.is_file() else {}
    party_nouns = frozenset(" ".join(word.lower().split()) for word in (generic or {}).get("party", ()))
    function_words = frozenset(
        word.lower() for key in ("function_words", "order_words") for word in (generic or {}).get(key, ())
    )
    coordinators = frozenset(word.lower() for word in (generic or {}).get("coordinators", ()))
    descriptions = frozenset(word.lower() for word in (generic or {}).get("description_heads", ()))
    holder_words = frozenset(word.lower() for word in (generic or {}).get("holder_words", ()))
    holder_ordinals = frozenset(word.lower() for word in (generic or {}).get("holder_ordinals", ()))
    determiners = frozenset(word.lower() for word in (generic or {}).get("body_determiners", ()))
    counterpart_words = frozenset(word.lower() for word in (generic or {}).get("counterpart_words", ()))
    kind_determiners = frozenset(word.lower() for word in (generic or {}).get("kind_determiners", ()))
    return Language(
        code,
        dates,
        templates,
        hedges,
        party_nouns,
        function_words,
        coordinators,
        holder_words=holder_words,
        holder_ordinals=holder_ordinals,
        description_heads=descriptions,
        body_determiners=determiners,
        region_words=RegionWords.of(
            places.get("region_prepositions", ()),
            places.get("region_articles", ()),
            places.get("place_coordinators", ()),
            places.get("region_connectors", ()),
            places.get("region_nouns", ()),
        ),
        counterpart_words=counterpart_words,
        kind_determiners=kind_determiners,
    )
