"""Turn the hand annotations (`*.ann`) into the gold JSONL format (`train_<lang>.jsonl`).

The `.ann` files are the source: one block per page, written by hand while reading it.

    @ https://page.example/where-it-was-read
    + a sentence of a conspiracist, propaganda or polemic page (flags follow; none = no rhetoric in it)
      CN: span text                    technique code: span text (author's voice)
      NC: span text @ Speaker          attributed to a speaker
      NC: span text @                  attributed, speaker unknown (quoted, or a reported claim)
    - a neutral history sentence (any flag on it is a false alarm)

Run: `python tests/data/rhetoric/train/build.py` (rewrites the JSONL next to the `.ann` files).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

CODES = {
    "CN": "Conspiracy_Narrative",
    "AS": "Antisemitic_Framing",
    "NC": "Name_Calling-Labeling",
    "LL": "Loaded_Language",
    "DB": "Doubt",
    "QR": "Questioning_the_Reputation",
    "EM": "Exaggeration-Minimisation",
    "FP": "Appeal_to_Fear-Prejudice",
    "CO": "Causal_Oversimplification",
    "GA": "Guilt_by_Association",
}


def parse(path: Path) -> list[dict]:
    lang = path.stem.split("_")[0]
    records: list[dict] = []
    url = None
    counters = {"f": 0, "n": 0}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path.name}:{number}"
        if line.startswith("@ "):
            url = line[2:].strip()
        elif line.startswith(("+ ", "- ")):
            if url is None:
                raise ValueError(f"{where}: sentence before any @ address")
            neutral = line[0] == "-"
            kind = "n" if neutral else "f"
            counters[kind] += 1
            records.append({
                "id": f"tr-{lang}-{path.stem.split('_', 1)[-1]}-{kind}{counters[kind]:03d}",
                "lang": lang, "period": "historical", "text": line[2:].strip(),
                "neutral": neutral, "flags": [], "url": url,
            })  # fmt: skip
        elif line.startswith("  ") and line.strip()[:3].rstrip(":") in CODES and line.strip()[2:3] == ":":
            code, rest = line.strip().split(":", 1)
            if not records or records[-1]["neutral"]:
                raise ValueError(f"{where}: a flag needs a '+' sentence before it")
            span, _, speaker = rest.strip().partition(" @")
            span = span.strip()
            if span not in records[-1]["text"]:
                raise ValueError(f"{where}: span not in its sentence: {span!r}")
            attributed = " @" in rest or rest.rstrip().endswith("@")
            records[-1]["flags"].append({
                "text": span, "technique": CODES[code],
                "voice": "attributed" if attributed else "author",
                "speaker": speaker.strip() or None if attributed else None,
            })  # fmt: skip
        else:
            raise ValueError(f"{where}: cannot read line: {line[:60]!r}")
    return records


def main() -> None:
    here = Path(__file__).parent
    for path in sorted(here.glob("*.ann")):
        records = parse(path)
        out = here / f"{path.stem}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        flagged = sum(1 for r in records if not r["neutral"])
        spans = sum(len(r["flags"]) for r in records)
        neutral = len(records) - flagged
        print(f"{out.name}: {flagged} page sentences ({spans} spans), {neutral} neutral", file=sys.stderr)


if __name__ == "__main__":
    main()
