"""Score another checkout's pipeline on a truth-gold file with this checkout's scorer (a baseline).

    PYTHONPATH=/path/to/old/checkout/src python benchmarks/verify_truth_baseline.py FILE

The pipeline imported is the one on PYTHONPATH (an older cronica, e.g. `git worktree add
/tmp/base 481c815`); the scorer is always `src/cronica/evaluation/truth.py` of this
checkout, loaded by path, so both runs are counted the same way.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

TRUTH = Path(__file__).resolve().parent.parent / "src" / "cronica" / "evaluation" / "truth.py"


def main(path: str) -> None:
    spec = importlib.util.spec_from_file_location("truth_scorer", TRUTH)
    truth = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = truth
    spec.loader.exec_module(truth)

    from cronica.evaluation.verify import _holds, _open
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    items = truth.load_truth_gold(Path(path))
    score = truth.TruthScore()
    pipelines: dict[str, Pipeline] = {}
    for item in items:
        pipeline = pipelines.setdefault(item.lang, Pipeline(Options(lang=item.lang)))
        analysis = pipeline.analyze_text(item.text, id=item.id, lang=item.lang)
        kb = pipeline.resources.get("kb", lambda: _open("embedded"))
        truth.score_truth_item(
            score, item.id, item.lang, item.kind, item.claims, analysis.claims, lambda c, v, kb=kb: _holds(c, v, kb)
        )
    import cronica

    print(truth.format_truth_report(score, f"baseline {Path(cronica.__file__).parent}: {path}"))


if __name__ == "__main__":
    main(sys.argv[1])
