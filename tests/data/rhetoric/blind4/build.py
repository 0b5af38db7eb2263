"""Turn the blind4 annotations (`es.ann`, `en.ann`) into `blind4_real.jsonl` and `blind4_neutral.jsonl`.

Same `.ann` format as `train/*.ann` (see `train/build.py`): `@ address`, `+` a sentence of a
conspiracist or propaganda page with its spans, `-` a neutral sentence. Ids `b4-<lang>-f01` for page
sentences and `b4-<lang>-n01` for neutral ones.

Run: `python tests/data/rhetoric/blind4/build.py` (rewrites the two JSONL files next to this folder).
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).parent
parse = runpy.run_path(str(HERE.parent / "train" / "build.py"))["parse"]


def main() -> None:
    real: list[dict] = []
    neutral: list[dict] = []
    for path in sorted(HERE.glob("*.ann")):
        lang = path.stem
        counters = {"f": 0, "n": 0}
        for record in parse(path):
            kind = "n" if record["neutral"] else "f"
            counters[kind] += 1
            record["id"] = f"b4-{lang}-{kind}{counters[kind]:02d}"
            record["lang"] = lang
            (neutral if record["neutral"] else real).append(record)
    for name, records in (("blind4_real.jsonl", real), ("blind4_neutral.jsonl", neutral)):
        out = HERE.parent / name
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        spans = sum(len(r["flags"]) for r in records)
        print(f"{name}: {len(records)} sentences, {spans} spans", file=sys.stderr)


if __name__ == "__main__":
    main()
