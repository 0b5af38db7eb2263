"""Reading TimeML (.tml): the plain text, the inline TIMEX3 annotations with offsets, and the DCT."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from cronica.errors import InputError

_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<DCT>.*?value=\"([^\"]*)\".*?</DCT>", re.S)
_PIECES = re.compile(r"<[^>]*>|&#?\w+;|[^<&]+|&")
_ATTRIBUTE = re.compile(r"(\w+)\s*=\s*\"([^\"]*)\"")


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


@dataclass(frozen=True)
class TimeMLDocument:
    path: str
    text: str
    dct: str | None
    timexes: tuple[GoldTimex, ...]


def read_timeml(path: str | Path) -> TimeMLDocument:
    source = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(source, f"cannot read TimeML file: {error}") from None
    body = _TEXT.search(raw)
    if body is None:
        raise InputError(source, "no <TEXT> element: not a TimeML file")
    dct_match = _DCT.search(raw)
    text_parts: list[str] = []
    length = 0
    open_timexes: list[tuple[int, dict[str, str]]] = []
    timexes: list[GoldTimex] = []
    for piece in _PIECES.findall(body.group(1)):
        if piece.startswith("<"):
            name = piece[1:].split(None, 1)[0].rstrip(">/") if len(piece) > 2 else ""
            if name == "TIMEX3" and not piece.endswith("/>"):
                open_timexes.append((length, dict(_ATTRIBUTE.findall(piece))))
            elif name == "/TIMEX3" and open_timexes:
                start, attributes = open_timexes.pop()
                covered = "".join(text_parts)[start:length]
                timexes.append(
                    GoldTimex(
                        start=start,
                        end=length,
                        text=covered,
                        type=attributes.get("type", ""),
                        value=attributes.get("value", ""),
                        mod=attributes.get("mod"),
                    )
                )
            continue
        plain = html.unescape(piece) if piece.startswith("&") else piece
        text_parts.append(plain)
        length += len(plain)
    timexes.sort(key=lambda t: (t.start, t.end))
    return TimeMLDocument(source, "".join(text_parts), dct_match.group(1)[:10] if dct_match else None, tuple(timexes))
