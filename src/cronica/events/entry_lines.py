"""Life dates a dictionary or encyclopedia entry gives without brackets (issue #13, helper 13b).

Reference entries often set the dates apart from the name without a parenthesis:

* marker lines under the name line: "Leon Trotsky\\nb. Yanovka, 7 November 1879\\nd. Coyoacán, 21
  August 1940", "León Trotski\\nn. Yanovka, 7 de noviembre de 1879\\nm. Coyoacán, …", and an
  infobox's labelled lines, "Born: 21 December 1879, Gori", "Fallecimiento: 5 de marzo de 1953, Moscú"
  (a label counts only with its colon: "Death of his father" is no label);
* marked parts between commas right after the name: "Nikolai Bukharin, b. Moscow, 9 Oct. 1888, d. 15
  Mar. 1938, edited Pravda".

Each marked line or part is a BIRTH or a DEATH of the person, like a part of a lead parenthesis
(`lifespan`): its date is the first date in it, its place the first named place. The lines must
follow the name line directly (blank lines between them are fine), so a relative's line under a
heading never lends its dates to the heading's person; an inline part's words before its date may
only be a place ("b. Moscow, 9 Oct. 1888"), never a clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from cronica.events.lexicon import Cues
from cronica.model import Entity, Timex

#: how many marked lines an entry's heading block may hold (birth, death, burial…)
MAX_LINES = 3
#: how far past its marker an inline part's date may end
MAX_PART_CHARS = 60


def marked_kind(words: str, cues: Cues) -> tuple[str, int] | None:
    """The kind of a marked part and the length of its marker: "b. Moscow, …" → BIRTH, "Died: …" → DEATH."""
    lowered = words.lower()
    for kind, markers, labels in (
        ("BIRTH", cues.birth_markers, cues.birth_labels),
        ("DEATH", cues.death_markers, cues.death_labels),
    ):
        for label in labels:
            if lowered.startswith(label) and lowered[len(label) :].lstrip().startswith(":"):
                return kind, lowered.index(":", len(label)) + 1
        for marker in markers:
            if lowered.startswith(marker) and not lowered[len(marker) : len(marker) + 1].isalpha():
                return kind, len(marker)
    return None


#: a marked part: its kind, where it starts, where its marker ends, where it ends
Bounds = tuple[str, int, int, int]


def marked_lines(text: str, person: Entity, cues: Cues, dates: Sequence[Timex]) -> list[Bounds]:
    """The marked lines right under the person's name line."""
    end = person.start + len(text[person.start : person.end].rstrip())
    line_start = text.rfind("\n", 0, person.start) + 1
    line_end = text.find("\n", end)
    if line_end < 0 or text[line_start : person.start].strip() or text[end:line_end].strip(" ,.;:"):
        return []
    found: list[Bounds] = []
    at = line_end
    while at < len(text) and len(found) < MAX_LINES:
        next_end = text.find("\n", at + 1)
        if next_end < 0:
            next_end = len(text)
        line = text[at + 1 : next_end]
        if not line.strip():
            at = next_end
            continue
        start = at + 1 + (len(line) - len(line.lstrip()))
        kind = marked_kind(text[start:next_end], cues)
        if kind is None or not any(start <= t.start and t.end <= next_end for t in dates):
            break
        found.append((kind[0], start, start + kind[1], next_end))
        at = next_end
    return found


def marked_inline(text: str, person: Entity, cues: Cues, dates: Sequence[Timex]) -> list[Bounds]:
    """Marked parts between commas after the name: "Nikolai Bukharin, b. Moscow, 9 Oct. 1888, d. 15 Mar.
    1938, edited …" gives (BIRTH, "b. Moscow, 9 Oct. 1888") and (DEATH, "d. 15 Mar. 1938")."""
    found: list[Bounds] = []
    at = person.start + len(text[person.start : person.end].rstrip())
    while len(found) < 2:
        rest = text[at : at + MAX_PART_CHARS]
        if not rest.startswith((",", ";")):
            break
        start = at + 1 + (len(rest) - 1 - len(rest[1:].lstrip(" ")))
        kind = marked_kind(text[start : start + MAX_PART_CHARS], cues)
        if kind is None or text[start : start + kind[1]].isalpha():
            # a marker word ("born in 1878 in Gori", "nacido en 1878 en Gori") is a participle the events
            # stage reads whole, with its place; only an abbreviation or a sign marks a part here
            break
        marker_end = start + kind[1]
        date = next(
            (t for t in dates if marker_end <= t.start and t.end <= start + MAX_PART_CHARS and t.value[:4].isdigit()),
            None,
        )
        if date is None or "\n" in text[start : date.end] or not _place_words(text[marker_end : date.start]):
            break
        found.append((kind[0], start, marker_end, date.end))
        at = date.end
    return found


def _place_words(words: str) -> bool:
    """Nothing, or capitalized words and commas (a place, "en Moscú"): "b. Moscow, 9 Oct. 1888"."""
    tokens = words.replace(",", " ").split()
    return all(t[:1].isupper() or (len(t) <= 3 and t.isalpha()) for t in tokens)
