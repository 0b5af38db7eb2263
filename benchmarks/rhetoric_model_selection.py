"""Compare classifier candidates by stratified 5-fold CV on the PAN 2024 data (no test peeking).

.venv/bin/python benchmarks/rhetoric_model_selection.py [DATA_DIR]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from cronica.rhetoric.training import CANDIDATES, cross_validate, load_pan

#: ../shared/data beside the checkout, or /work/shared/data when run from a worktree
DEFAULT_DATA = next(
    (
        base / "shared" / "data" / "pan2024-oppositional"
        for base in (Path(__file__).resolve().parents[1].parent, Path(__file__).resolve().parents[3])
        if (base / "shared" / "data" / "pan2024-oppositional").is_dir()
    ),
    Path("../shared/data/pan2024-oppositional"),
)


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATA
    corpora = load_pan(data)
    print("| candidate | en MCC | en F1 | es MCC | es F1 | seconds |")
    print("|---|---|---|---|---|---|")
    for config in CANDIDATES:
        started = time.perf_counter()
        scores = cross_validate(corpora, config)
        elapsed = time.perf_counter() - started
        en, es = scores["en"], scores["es"]
        print(
            f"| {config.name} | {en.mcc:.3f} | {en.f1:.3f} | {es.mcc:.3f} | {es.f1:.3f} | {elapsed:.0f} |", flush=True
        )


if __name__ == "__main__":
    main()
