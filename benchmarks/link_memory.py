"""The link stage's own memory on a long text, traced (issue 17): peak, held, result, transient.

    nice .venv/bin/python benchmarks/link_memory.py 100000 339854 1000000
    PYTHONPATH=/tmp/main/src nice .venv/bin/python benchmarks/link_memory.py 1000000   # old code

The text is `long_text.py`'s. The pipeline runs nlp and timex, then the link stage under
tracemalloc (one frame, started when the stage starts): `peak` is the traced peak during the
stage, `held` what is still allocated when it returns, `result` the entity objects it made
(with their new strings) and the new tuple, `held − result` what it keeps besides its result (the
process's caches it filled), `transient` peak − held. The later stages are skipped. Times under
tracemalloc are not comparable; `long_text.py` measures time.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_text import long_text


def measure(size: int) -> dict[str, Any]:
    from cronica import registry
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    spec = registry.get_stage("link")
    figures: dict[str, Any] = {}

    def traced(analysis: Any, ctx: Any) -> Any:
        gc.collect()
        tracemalloc.start(1)
        out = spec.run(analysis, ctx)
        held, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        before = {id(entity) for entity in analysis.entities}
        old_texts = {id(entity.text) for entity in analysis.entities}
        made = [entity for entity in out.entities if id(entity) not in before]
        result = sys.getsizeof(out.entities) + sum(sys.getsizeof(entity) for entity in made)
        result += sum(sys.getsizeof(entity.text) for entity in made if id(entity.text) not in old_texts)
        mib = 2**20
        figures.update(
            chars=len(analysis.text),
            entities=len(out.entities),
            made=len(made),
            peak_mib=round(peak / mib, 2),
            held_mib=round(held / mib, 2),
            result_mib=round(result / mib, 2),
            held_beyond_result_mib=round((held - result) / mib, 2),
            transient_mib=round((peak - held) / mib, 2),
        )
        return out

    registry._REGISTRY["link"] = registry.StageSpec(
        spec.name, traced, spec.requires, spec.default_config, spec.check_config, reads_vectors=spec.reads_vectors
    )
    pipeline = Pipeline(Options(lang="en", skip=frozenset({"events", "verify", "rhetoric"})))
    pipeline.analyze_text("The war began on 1 September 1939 when Germany invaded Poland.", lang="en")
    pipeline.analyze_text(long_text(size), lang="en")
    return figures


def main() -> None:
    """One size: measured here. Several: each in a process of its own (the caches are the process's)."""
    sizes = [int(arg) for arg in sys.argv[1:]] or [100_000, 1_000_000]
    if len(sizes) == 1:
        print(json.dumps(measure(sizes[0])), flush=True)
        return
    for size in sizes:
        subprocess.run([sys.executable, __file__, str(size)], check=True)


if __name__ == "__main__":
    main()
