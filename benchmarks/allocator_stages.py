"""Where a long document's memory goes, stage by stage, as the C allocator sees it (issue 17; glibc).

    nice .venv/bin/python benchmarks/allocator_stages.py 100000 1000000
    PYTHONPATH=/tmp/main/src nice .venv/bin/python benchmarks/allocator_stages.py 1000000   # old code
    nice .venv/bin/python benchmarks/allocator_stages.py --segments 1000000   # also every tenth of the parse

The text is `long_text.py`'s; the models are warmed up on a short text first, as there. When each
stage starts (a progress listener) and after the analysis, one row: the process's resident memory
now (`rss`) and at its peak so far (`hwm`, what `long_text.py` calls peak), MiB from
/proc/self/status; glibc's heap from `mallinfo2` — its size (`heap`), the bytes in use in it
(`heap used`), the bytes free in it (`heap free`: resident until the heap shrinks from its top or
is trimmed), the part of that free at its top (`top free`), the bytes in chunks mapped apart
(`mmapped`); CPython's small-object allocator from `sys._debugmallocstats` — its 1 MiB arenas,
mapped apart from glibc's heap (`py arenas`), the bytes in use in them (`py used`); and
`sys.getallocatedblocks()` (`blocks`). The trims the pipeline makes (`cronica.memory`, absent from
older code) are counted and timed. Each size runs in its own process.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from long_text import long_text, result_mib

MIB = 2**20
COLUMNS = (
    "rss",
    "hwm",
    "heap",
    "heap used",
    "heap free",
    "top free",
    "mmapped",
    "py arenas",
    "py used",
    "blocks",
)


class MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _mallinfo2() -> MallInfo2:
    function = ctypes.CDLL(None).mallinfo2
    function.restype = MallInfo2
    return function()


def _status_mib() -> dict[str, float]:
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) / 1024
    return found


def _pymalloc() -> tuple[int, float]:
    """CPython's arenas now and the bytes in use in them (`sys._debugmallocstats` writes to fd 2)."""
    read, write = os.pipe()
    saved = os.dup(2)
    os.dup2(write, 2)
    os.close(write)
    try:
        sys._debugmallocstats()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
    text = os.read(read, 1 << 20).decode()
    os.close(read)
    arenas = re.search(r"# arenas allocated current\s*=\s*([\d,]+)", text)
    used = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    assert arenas and used, "sys._debugmallocstats changed its format"
    return int(arenas.group(1).replace(",", "")), int(used.group(1).replace(",", "")) / MIB


def row(label: str) -> dict[str, Any]:
    info = _mallinfo2()
    status = _status_mib()
    arenas, used = _pymalloc()
    values = (
        status["VmRSS"],
        status["VmHWM"],
        info.arena / MIB,
        info.uordblks / MIB,
        info.fordblks / MIB,
        info.keepcost / MIB,
        info.hblkhd / MIB,
        arenas,
        used,
        sys.getallocatedblocks(),
    )
    return {"at": label, **{name: round(value, 1) for name, value in zip(COLUMNS, values, strict=True)}}


class Rows:
    """A progress listener: one row when each stage starts (with `segments`, each tenth of the parse too)."""

    def __init__(self, segments: bool) -> None:
        self.segments = segments
        self.stage: str | None = None
        self.tenth = -1
        self.rows: list[dict[str, Any]] = []

    def __call__(self, event: Any) -> None:  # a ProgressEvent
        if self.segments and event.stage == "nlp" and event.done and event.done * 10 // event.total != self.tenth:
            self.tenth = event.done * 10 // event.total
            self.rows.append(row(f"nlp {event.done:,}"))
        if event.stage != self.stage:
            self.stage = event.stage
            self.rows.append(row(f"{event.stage} starts"))


def measure(size: int, segments: bool) -> dict[str, Any]:
    import cronica.pipeline
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    trims: list[float] = []
    release = getattr(cronica.pipeline, "release_free_memory", None)
    if release is not None:

        def timed() -> bool:
            started = time.perf_counter()
            done = bool(release())
            trims.append(time.perf_counter() - started)
            return done

        cronica.pipeline.release_free_memory = timed
    text = long_text(size)
    pipeline = Pipeline(Options(lang="en", timings=True))
    pipeline.analyze_text("The war began on 1 September 1939 when Germany invaded Poland.", lang="en")
    gc.collect()
    rows = Rows(segments)
    rows.rows.append(row("warmed up"))
    pipeline.progress = rows
    started = time.perf_counter()
    analysis = pipeline.analyze_text(text, lang="en")
    seconds = time.perf_counter() - started
    rows.rows.append(row("end"))
    result = result_mib(analysis)
    growth = rows.rows[-1]["hwm"] - rows.rows[0]["hwm"]
    return {
        "chars": len(text),
        "seconds": round(seconds, 1),
        "growth_mib": round(growth, 1),
        "result_mib": round(result, 1),
        "working_mib": round(growth - result, 1),
        "trims": len(trims),
        "trim_ms": round(sum(trims) * 1000, 1),
        "rows": rows.rows,
    }


def table(run: dict[str, Any]) -> str:
    lines = [
        f"{run['chars']:,} characters, {run['seconds']} s: growth {run['growth_mib']} MiB, result "
        f"{run['result_mib']}, working {run['working_mib']}; trims: {run['trims']}, {run['trim_ms']} ms",
        "| at | " + " | ".join(COLUMNS) + " |",
        "| --- | " + " | ".join("---:" for _ in COLUMNS) + " |",
    ]
    for item in run["rows"]:
        lines.append(f"| {item['at']} | " + " | ".join(str(item[name]) for name in COLUMNS) + " |")
    return "\n".join(lines)


def main() -> None:
    """One size: measured here. Several: each in a process of its own."""
    args = sys.argv[1:]
    segments = "--segments" in args
    sizes = [int(arg) for arg in args if arg != "--segments"] or [100_000, 1_000_000]
    if len(sizes) == 1:
        run = measure(sizes[0], segments)
        print(table(run), flush=True)
        print(json.dumps(run), file=sys.stderr)
        return
    for size in sizes:
        subprocess.run([sys.executable, __file__, *(["--segments"] if segments else []), str(size)], check=True)
        print()


if __name__ == "__main__":
    main()
