"""What every rhetoric blind set's build script shares: the span record and the JSONL writer.

A build script (blind8/build.py, blind8b/build.py) holds its quotes, gold spans and addresses as data
and calls `write_blind_set`; run it from anywhere (`python tests/data/rhetoric/blind8/build.py`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path

HERE = Path(__file__).resolve().parent


def span(
    text: str, technique: str, trope: str | None = None, voice: str = "author", speaker: str | None = None
) -> dict:
    """One gold span: its words, its technique, who says it (and, for a conspiracy narrative, its trope)."""
    record: dict = {"text": text, "technique": technique, "voice": voice, "speaker": speaker}
    if trope:
        record["trope"] = trope
    return record


def write_blind_set(
    prefix: str,
    real: Iterable[tuple[str, str, str, str, list[dict]]],
    neutral: Iterable[tuple[str, str, str]],
    urls: Mapping[str, str],
) -> None:
    """Write `<prefix>_real.jsonl` (lang, period, source key, text, spans) and `<prefix>_neutral.jsonl`
    (lang, source key, text) beside this file, ids numbered per language ("b8-en-f01", "b8-es-n03")."""
    tag = prefix.replace("blind", "b")
    real_lines, counts = [], {}  # type: ignore[var-annotated]
    for lang, period, source, text, flags in real:
        counts[lang] = counts.get(lang, 0) + 1
        for flag in flags:
            assert flag["text"] in text, (flag["text"], text)
        real_lines.append(
            {
                "id": f"{tag}-{lang}-f{counts[lang]:02d}",
                "lang": lang,
                "period": period,
                "text": text,
                "neutral": False,
                "flags": flags,
                "url": urls[source],
            }
        )
    neutral_lines, ncounts = [], {}  # type: ignore[var-annotated]
    for lang, source, text in neutral:
        ncounts[lang] = ncounts.get(lang, 0) + 1
        neutral_lines.append(
            {
                "id": f"{tag}-{lang}-n{ncounts[lang]:02d}",
                "lang": lang,
                "period": "historical",
                "text": text,
                "neutral": True,
                "flags": [],
                "url": urls[source],
            }
        )
    for name, lines in ((f"{prefix}_real.jsonl", real_lines), (f"{prefix}_neutral.jsonl", neutral_lines)):
        with open(HERE / name, "w", encoding="utf-8") as out:
            for line in lines:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
