"""Lead parentheses of a biography: "León Trotski (Yanovka, 7 de noviembre de 1879 - Coyoacán,
21 de agosto de 1940)", "Leon Trotsky (7 November [O.S. 26 October] 1879 – 21 August 1940)",
"Lenin (1870–1924)", "(n. 1879)", "(b. 1879)".

A person's name followed by a parenthesis holding dates is a BIRTH and a DEATH: the part
before the separator (cues.yaml `life_span_separators`) is the birth, the part after it the
death; a single part counts only behind a birth or death marker ("n.", "b.", "m.", "d.").
Each part's place is the first named place in it, its date the first date outside square
brackets (an Old Style date in brackets is a gloss); a date without a year takes the year
said later in its part ("7 November [O.S. 26 October] 1879"). The dates of a life span date
nothing else in the sentence.

Pages lay the same parenthesis out in other ways, all read here: on the line after the name
("Lev Kámenev\n(Tbilisi, 1883 - Moscú, 1936)"); after a heading's descriptor ("Stalin\nDictador
soviético (Gori, 1879 - Moscú, 1953)": the name stands alone on its line and the words before
the parenthesis hold no kinship noun nor possessive — "Stalin\nSu madre (1858-1937)" is the
mother's span, not his — and the line goes on after it: "Stalin\nEarly life (1878–1899)" alone on
its line is a section heading's years); behind a birth name and a semicolon ("(Lev Rosenfeld; Tbilisi, 1883 -
…)": the part starts after it); and with a marked death instead of a dash, after a comma or a semicolon ("(3 June 1885,
d. 16 March 1919)", "(n. 1878; m. 1953)"). Two more layouts (issue #13, fifth round; blind set
tests/data/verify/blind_lifespan3.yaml): behind a gloss of the name in brackets that holds no date
("Yákov Sverdlov (en ruso: Яков Свердлов) (Nizhni Nóvgorod, 1885 - Moscú, 1919)", "Felix Dzerzhinsky
(Polish: Feliks Dzierżyński) (11 September 1877 – 20 July 1926)"); and on a line of its own under a
heading block, the name alone on its line and at most three short lines between them that name no
other person and hold no kinship noun nor possessive ("Lev Kamenev\n\n(b. 1883)\n\nQuick
Reference\n\n(22 July 1883, d. 25 Aug. 1936)"; "Stalin\n\nHis mother, Keke Geladze\n\n(1858–1937)" is
the mother's). A birth part is a place, a marker or nothing before its date: "(head of state
1919–1946)" is a term of office, not a life. A name after an of-preposition is a noun's complement,
and the parenthesis is that noun's ("El padre de Lenin (1831-1886)", "The father of Lenin (1831–1886)").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from cronica.events.entry_lines import marked_inline, marked_lines
from cronica.events.lexicon import Cues
from cronica.model import Entity, Timex

#: how far past the name the closing parenthesis may be
MAX_CHARS = 160
#: how many words a heading's descriptor may have ("Dictador soviético", "Russian revolutionary and diplomat")
MAX_DESCRIPTOR_WORDS = 6
YEAR = re.compile(r"^-?\d{4}")
#: a heading's descriptor describes an adult ("Dictador soviético", "El presidente de la Internacional
#: Comunista"): years closer than this after it are a term of office ("(1919-1926)"), not a life
MIN_DESCRIBED_LIFE_YEARS = 16
#: how many short lines a heading block may hold between the name and a life span on its own line
MAX_HEADING_LINES = 3


@dataclass(frozen=True)
class LifePart:
    kind: str  # BIRTH | DEATH
    start: int  # character span of the part (the event's trigger)
    end: int
    timex: Timex  # with the year filled in when the part said it apart
    place: Entity | None
    #: the place's words when no entity covers them ("1888-Moscú" is one token): (start, end)
    place_words: tuple[int, int] | None = None


@dataclass(frozen=True)
class LifeSpan:
    person: Entity
    parts: tuple[LifePart, ...]
    timexes: frozenset[str]  # ids of every timex inside the parenthesis


def life_spans(
    text: str, persons: Sequence[Entity], places: Sequence[Entity], timexes: Sequence[Timex], cues: Cues
) -> list[LifeSpan]:
    found = []
    dates = [t for t in timexes if t.type == "DATE"]  # once: per person it made the stage quadratic
    for person in persons:
        for open_at, own_line in _openings(text, person, cues, timexes, persons):
            span = _life_span(text, person, open_at, places, timexes, cues)
            if span is not None and own_line and not _more_than_years(text, span, cues):
                # "Joseph Stalin\n\nGeneral Secretary\n\n(1922–1952)": maybe an infobox's term, maybe a
                # life; its years are no life event and date nothing else either
                span = LifeSpan(person, (), span.timexes)
            if span is not None and _after_title(text, person, cues) and not _marked(text, span, cues):
                span = LifeSpan(person, (), span.timexes)  # "Tsar Nicholas II (1894–1917)": the reign
            if span is not None:
                found.append(span)
        entry = _entry_span(text, person, places, dates, cues)
        if entry is not None:
            found.append(entry)
    return found


def _entry_span(
    text: str, person: Entity, places: Sequence[Entity], dates: Sequence[Timex], cues: Cues
) -> LifeSpan | None:
    """Life dates an entry sets apart without brackets (`entry_lines`): marker lines under the name
    line, or marked parts between commas after the name (`dates`: the text's DATE timexes)."""
    line_break = text.find("\n", person.start, person.end)
    if line_break > 0:  # a tagger may run the name into the next line: "Leon Trotsky\nb. Yanovka"
        person = dataclasses.replace(person, end=line_break)
    bounds = marked_lines(text, person, cues, dates) or marked_inline(text, person, cues, dates)
    parts = []
    for kind, start, marker_end, end in bounds:
        named = [p for p in places if p.start >= marker_end]  # "Nacimiento:" is no place
        part = _part(text, kind, marker_end, end, dates, named)  # its place words start past the marker
        if part is not None:
            parts.append(dataclasses.replace(part, start=start))
    if not parts:
        return None
    inside = frozenset(t.id for t in dates for _, start, _, end in bounds if start <= t.start and t.end <= end)
    return LifeSpan(person, tuple(parts), inside)


def _after_title(text: str, person: Entity, cues: Cues) -> bool:
    """The name opens with, or follows, a ruler's title: "Tsar Nicholas II", "el zar Nicolás II"."""
    line_start = text.rfind("\n", 0, person.start) + 1
    before = text[line_start : person.start].split()
    words = [w.lower().strip(",.;:") for w in (before[-1:] + text[person.start : person.end].split()[:1])]
    return any(w in cues.reign_titles for w in words)


def _marked(text: str, span: LifeSpan, cues: Cues) -> bool:
    """Some part of the span opens with a birth or death marker ("(b. 1868)")."""
    markers = (*cues.birth_markers, *cues.death_markers)
    return any(text[part.start : part.end].lower().startswith(markers) for part in span.parts)


def _more_than_years(text: str, span: LifeSpan, cues: Cues) -> bool:
    """A span on a line of its own under a heading block says more than two years (a place, a day or
    a month, a birth or death marker): "Joseph Stalin\n\nGeneral Secretary\n\n(1922–1952)" is an
    infobox's term of office, "(Moscú, 1883 - Moscú, 1936)" and "(22 July 1883, d. 25 Aug. 1936)" are lives."""
    markers = (*cues.birth_markers, *cues.death_markers)
    return any(
        part.place is not None
        or part.place_words is not None
        or len(part.timex.value) > 4
        or text[part.start : part.end].lower().startswith(markers)
        for part in span.parts
    )


def _openings(
    text: str, person: Entity, cues: Cues, timexes: Sequence[Timex], persons: Sequence[Entity]
) -> list[tuple[int, bool]]:
    """Where the person's parentheses open, and whether on a line of their own under the heading
    block the name opens: the one next to the name, and one on a line of its own ("Lev
    Kamenev\n\n(b. 1883)\n\nQuick Reference\n\n(22 July 1883, d. 25 Aug. 1936)" has both)."""
    found: list[tuple[int, bool]] = []
    if _complement_of_a_noun(text, person, cues):
        return found  # "El padre de Lenin (1831-1886)", "The father of Lenin (1831–1886)": the father's
    first = _opening(text, person, cues, timexes)
    if first is not None:
        found.append((first, False))
    if _alone_on_line(text, person):
        end = person.start + len(text[person.start : person.end].rstrip())
        line_end = text.find("\n", end)
        if line_end >= 0 and not text[end:line_end].strip():
            own = _own_line_span(text, line_end, person, cues, persons)
            if own is not None and own != first:
                found.append((own, True))
    return found


def _life_span(
    text: str, person: Entity, open_at: int, places: Sequence[Entity], timexes: Sequence[Timex], cues: Cues
) -> LifeSpan | None:
    close_at = text.find(")", open_at, open_at + MAX_CHARS)
    if close_at < 0:
        return None
    inside = [t for t in timexes if open_at < t.start and t.end <= close_at and t.type == "DATE"]
    glosses = _bracketed(text, open_at, close_at)
    dates = [t for t in inside if not any(a <= t.start < b for a, b in glosses)]
    if not dates:
        return None
    separator = _separator(text, open_at, close_at, dates, glosses, cues)
    if separator is None:
        kind = _marked_kind(text[open_at + 1 : close_at], cues)
        if kind is None:
            return None
        bounds = [(kind, open_at + 1, close_at)]
    else:
        birth_start = _after_aside(text, open_at + 1, dates[0].start)
        if not _birth_lead(text[birth_start : dates[0].start], cues):
            return None  # "(head of state 1919–1946)": a term of office
        bounds = [("BIRTH", birth_start, separator), ("DEATH", separator + 1, close_at)]
    places = [p for p in places if not any(a <= p.start < b for a, b in glosses)]  # not "[O.S. …]"
    parts = []
    for kind, start, end in bounds:
        part = _part(text, kind, start, end, dates, places)
        if part is not None:
            parts.append(part)
    if not parts:
        return None
    parts = _same_place(text, parts, cues)
    if text[person.end : open_at].strip() and _too_short(parts):
        return None  # "GRIGORI ZINOVIEV\n\nEl presidente de la Internacional Comunista (1919-1926)"
    return LifeSpan(person, tuple(parts), frozenset(t.id for t in inside))


def _same_place(text: str, parts: list[LifePart], cues: Cues) -> list[LifePart]:
    """A death part opened by "íd." / "ibid." names the birth's place: "(Moscú, 22 de julio de 1883 -
    íd., 25 de agosto de 1936)" died in Moscow."""
    if len(parts) != 2 or parts[0].place is None or parts[1].place is not None or parts[1].place_words:
        return parts
    opening = text[parts[1].start : parts[1].end].lower()
    if not any(opening.startswith(word) for word in cues.same_place):
        return parts
    return [parts[0], dataclasses.replace(parts[1], place=parts[0].place)]


def _too_short(parts: Sequence[LifePart]) -> bool:
    """A birth and a death whose years lie closer than an adult's life."""
    years = {part.kind: YEAR.match(part.timex.value or "") for part in parts}
    birth, death = years.get("BIRTH"), years.get("DEATH")
    return bool(birth and death and int(death.group()) - int(birth.group()) < MIN_DESCRIBED_LIFE_YEARS)


def _opening(text: str, person: Entity, cues: Cues, timexes: Sequence[Timex]) -> int | None:
    """Where the person's parenthesis opens: after white space (a line break too), past a gloss of
    the name in brackets, or after a heading's descriptor when the name stands alone on its line."""
    end = person.start + len(text[person.start : person.end].rstrip())  # a tagger may end it past a line break
    rest = text[end : end + MAX_CHARS]
    stripped = rest.lstrip()
    if stripped.startswith(("(", "[")):
        at = end + (len(rest) - len(stripped))
        return _past_gloss(text, at, timexes)
    if not _alone_on_line(text, person):
        return None
    line_end = rest.find("\n")
    if line_end < 0 or rest[:line_end].strip():
        return None
    paren = rest.find("(", line_end)
    if paren < 0 or "\n" in rest[line_end:paren].strip():
        return None
    words = rest[line_end:paren].split()
    if not 0 < len(words) <= MAX_DESCRIPTOR_WORDS or not all(w.isalpha() for w in words):
        return None
    if _names_another(words, cues):
        return None
    close = rest.find(")", paren)
    if close < 0 or rest[close + 1 : close + 2] in ("", "\n"):
        return None  # "Stalin\nEarly life (1878–1899)\n": a section heading's years, not a life span
    return end + paren


def _complement_of_a_noun(text: str, person: Entity, cues: Cues) -> bool:
    """The name follows an of-preposition on its line: it names the possessor, not the one whose life
    the parenthesis gives ("El sucesor de Lenin (Gori, 1878 - Moscú, 1953)")."""
    line_start = text.rfind("\n", 0, person.start) + 1
    before = text[line_start : person.start].split()
    return bool(before) and before[-1].lower() in cues.of_prepositions


def _names_another(words: Sequence[str], cues: Cues) -> bool:
    """A kinship noun or a possessive: "Su madre (1858-1937)" is the mother's life."""
    return any(w.lower().strip(",.;:") in cues.kinship or w.lower().strip(",.;:") in cues.possessives for w in words)


def _past_gloss(text: str, at: int, timexes: Sequence[Timex]) -> int | None:
    """Past a gloss of the name in brackets with no date in it, when a parenthesis follows:
    "Sverdlov (en ruso: Яков Свердлов) (Nizhni Nóvgorod, 1885 - …)", "Kírov [Серге́й Ки́ров] (Urzhum,
    1886 - …)". A square bracket opens no life span of its own."""
    square = text[at] == "["
    close = text.find("]" if square else ")", at, at + MAX_CHARS)
    if close < 0 or any(at < t.start < close for t in timexes):
        return None if square else at
    after = text[close + 1 : close + 1 + MAX_CHARS]
    following = after.lstrip(" ")
    if not following.startswith("("):
        return None if square else at
    return close + 1 + (len(after) - len(following))


def _own_line_span(text: str, line_end: int, person: Entity, cues: Cues, persons: Sequence[Entity]) -> int | None:
    """A parenthesis that is a line of its own under a heading block: the lines between the name and
    it are at most MAX_HEADING_LINES short lines (a descriptor, "Quick Reference", a bracketed
    "(b. 1883)") that name no other person and no relative."""
    at = line_end
    lines = 0
    while at < len(text) and at - line_end <= MAX_CHARS:
        next_end = text.find("\n", at + 1)
        if next_end < 0:
            next_end = len(text)
        line = text[at + 1 : next_end]
        body = line.strip()
        if not body:
            at = next_end
            continue
        start = at + 1 + (len(line) - len(line.lstrip()))
        if lines and body.startswith("(") and body.rstrip(".").endswith(")") and body.count(")") == 1:
            return start
        if lines >= MAX_HEADING_LINES:
            return None
        words = body.split()
        if len(words) > MAX_DESCRIPTOR_WORDS or _names_another(words, cues):
            return None
        if any(other is not person and at < other.start < next_end and _a_name(other) for other in persons):
            return None  # "Leon Trotsky\n\nNatalia Sedova\n\n(1882–1962)": hers
        lines += 1
        at = next_end
    return None


def _a_name(person: Entity) -> bool:
    """A person the KB knows, or a name of two words or more: a descriptor's first word the tagger
    took for a name ("Mariscal soviético", "Ficha biográfica") names nobody."""
    return person.canonical is not None or len(person.text.split()) > 1


def _birth_lead(words: str, cues: Cues) -> bool:
    """What may stand before a birth part's date: nothing, a birth marker, or a place ("Nizhni
    Nóvgorod,", "Río de Janeiro,"), never an office's words ("head of state 1919–1946")."""
    lead = words.strip(" ,;:")
    if not lead:
        return True
    if any(lead.lower().startswith(marker) for marker in cues.birth_markers):
        return True
    tokens = lead.replace(",", " ").split()
    return tokens[0][:1].isupper() and not any(t[:1].islower() and len(t) > 3 for t in tokens)


def _alone_on_line(text: str, person: Entity) -> bool:
    line_start = text.rfind("\n", 0, person.start) + 1
    return not text[line_start : person.start].strip()


def _after_aside(text: str, start: int, first_date: int) -> int:
    """Past a birth name before a semicolon: "(Lev Rosenfeld; Tbilisi, 1883 - …)"."""
    semicolon = text.rfind(";", start, first_date)
    return start if semicolon < 0 else semicolon + 1


def _bracketed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    at = start
    while True:
        opened = text.find("[", at, end)
        if opened < 0:
            return spans
        closed = text.find("]", opened, end)
        if closed < 0:
            return spans
        spans.append((opened, closed + 1))
        at = closed + 1


def _separator(
    text: str, open_at: int, close_at: int, dates: Sequence[Timex], glosses: Sequence[tuple[int, int]], cues: Cues
) -> int | None:
    """The first separator after the first dated part that has a date after it too."""
    first_year = next((t for t in dates if YEAR.match(t.value)), None)
    if first_year is None:
        return None
    for at in range(first_year.end, close_at):
        if text[at] not in cues.life_span_separators:
            continue
        if any(t.start <= at < t.end for t in dates) or any(a <= at < b for a, b in glosses):
            continue
        if any(t.start > at for t in dates):
            return at
    return _marked_death(text, first_year.end, close_at, dates, cues)


#: what may stand before a marked death ("(3 June 1885, d. 16 March 1919)", "(n. 1878; m. 1953)")
_MARKED_DEATH_SEPARATORS = (",", ";")


def _marked_death(text: str, start: int, close_at: int, dates: Sequence[Timex], cues: Cues) -> int | None:
    """The comma or semicolon before a death marker that a date follows: "(3 June 1885, d. 16 March
    1919)", "(n. 1878; m. 1953)", "(born 18 July 1883; died 25 August 1936)"."""
    for at in range(start, close_at):
        if text[at] not in _MARKED_DEATH_SEPARATORS:
            continue
        after = text[at + 1 : close_at].lstrip().lower()
        if any(after.startswith(m) for m in cues.death_markers) and any(t.start > at for t in dates):
            return at
    return None


def _marked_kind(inside: str, cues: Cues) -> str | None:
    words = inside.strip().lower()
    for kind, markers in (("BIRTH", cues.birth_markers), ("DEATH", cues.death_markers)):
        if any(words.startswith(marker) for marker in markers):
            return kind
    return None


def _part(
    text: str, kind: str, start: int, end: int, dates: Sequence[Timex], places: Sequence[Entity]
) -> LifePart | None:
    own = [t for t in dates if start <= t.start and t.end <= end]
    if not own:
        return None
    timex = own[0]
    if not YEAR.match(timex.value) and timex.value.startswith("XXXX"):
        year = next((t.value[:4] for t in own[1:] if re.fullmatch(r"\d{4}", t.value)), None)
        if year is None:
            return None
        timex = dataclasses.replace(timex, value=year + timex.value[4:])
    place = next((p for p in places if start <= p.start and p.end <= end), None)
    while start < end and text[start] in " ,;":
        start += 1
    while end > start and text[end - 1] in " ,;":
        end -= 1
    words = None
    if place is None:  # "…1888-Moscú, 15 de marzo…": capitalized words before the part's first comma
        comma = text.find(",", start, end)
        head = text[start:comma].strip() if comma > 0 else ""
        if head[:1].isupper() and not any(t.start < comma and t.end > start for t in own):
            words = (start, start + len(head))
    return LifePart(kind, start, end, timex, place, words)
