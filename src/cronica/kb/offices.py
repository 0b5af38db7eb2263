"""Offices named short: "chairman of the Supreme Soviet" for the chairman of its Presidium.

Texts name an office by its head and the body it belongs to, leaving out the organ of that body the full
name holds ("chairman of the [Presidium of the] Supreme Soviet", "presidente del [Presídium del] Sóviet
Supremo"). Each office name of the KB yields the name with one such complement left out: a joiner
(`resources/<lang>/names.yaml` `complement_joiners`), an article, and an organ word (`elidable_organs`),
up to the next joiner. Only organs: leaving out any complement would make "member of the [Politburo of
the] Central Committee" a member of the Central Committee, another office. A short name is kept only when
it names one office and is no KB name itself, so an exact name always wins and a short name two offices
share names neither; nor when its body is a place (a place says where an office is, not which).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise

from cronica.folding import fold
from cronica.kb.normalize import alias_key


def elided_office_names(
    index: Mapping[str, Sequence[str]],
    is_office: Callable[[str], bool],
    is_place: Callable[[str], bool],
    joiners: Iterable[str],
    organs: Iterable[str],
) -> dict[str, str]:
    """Short key → the one office it names, from the KB's alias index (key → ids)."""
    starts = {fold(joiner).split()[0] for joiner in joiners if joiner.strip()}
    organ_keys = {alias_key(organ) for organ in organs}
    found: dict[str, set[str]] = {}
    for key, ids in index.items():
        if not ids or not all(is_office(item) for item in ids):
            continue
        words = key.split()
        at = [position for position in range(1, len(words)) if words[position] in starts]
        for begin, end in pairwise(at):
            if len(words) - end < 2 or alias_key(" ".join(words[begin + 1 : end])) not in organ_keys:
                continue  # no body after the joiner, or what is left out is no organ
            body = alias_key(" ".join(words[end + 1 :]))  # "the soviet union": a place
            if any(is_place(item) for item in index.get(body, ())):
                continue
            short = " ".join(words[:begin] + words[end:])
            if short not in index:
                found.setdefault(short, set()).update(ids)
    return {short: next(iter(ids)) for short, ids in found.items() if len(ids) == 1}
