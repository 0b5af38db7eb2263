"""Long texts: time and peak memory of one document of ~10K, 100K and 1M characters, against the old code.

    nice .venv/bin/python benchmarks/long_text.py                       # 10K, 100K, 1M; baseline at 10K, 100K
    nice .venv/bin/python benchmarks/long_text.py --sizes 10000 100000 --baseline-sizes 10000
    nice .venv/bin/python benchmarks/long_text.py --baseline-rev none   # no baseline

The text is history prose built at run time from the shared dev data (the English
WikiWars articles, markup stripped, ../shared/data or $CRONICA_SHARED_DATA) and the
repository's examples, concatenated in a fixed order and cut at a sentence end near the
size asked for (1M characters repeats the ~330K of WikiWars three times). Nothing is
committed.

Each measurement runs in a fresh process, so its peak resident memory is its own: the
models are loaded and warmed up on a short text first, then one call of
`Pipeline.analyze_text` on the long text is timed. "peak" is the process's peak
resident set size; "growth" is the peak minus the memory after warm-up, i.e. what the
long document itself cost. The baseline is the same measurement with the code of an
earlier commit (`--baseline-rev`, default the commit before the linear-time work),
extracted with `git archive` into a temporary folder and imported instead of `src/`, in
the same run. When both ran on a size, the two analyses are compared layer by layer.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: the last commit before the linear-time work (issue 17): the side-by-side baseline
DEFAULT_BASELINE = "481c815"
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
DEFAULT_BASELINE_SIZES = (10_000, 100_000)
_TAG = re.compile(r"<[^>]+>")
MIN_PARAGRAPH_CHARS = 40


def shared_data() -> Path:
    for candidate in (os.environ.get("CRONICA_SHARED_DATA"), ROOT.parent / "shared" / "data", "/work/shared/data"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    sys.exit("shared dev data not found: set CRONICA_SHARED_DATA")


def history_prose() -> str:
    """The WikiWars dev articles as plain paragraphs, then the repository's English example."""
    articles = []
    for file in sorted((shared_data() / "wikiwars-dev").glob("*.tml")):
        body = file.read_text(encoding="utf-8").split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
        lines = (line.strip() for line in html.unescape(_TAG.sub("", body)).splitlines())
        articles.append("\n\n".join(line for line in lines if len(line) >= MIN_PARAGRAPH_CHARS))
    articles.append((ROOT / "examples" / "trotsky_en.txt").read_text(encoding="utf-8").strip())
    return "\n\n".join(articles)


def long_text(size: int) -> str:
    """About `size` characters of prose, cut after the last sentence end before the size."""
    prose = history_prose()
    text = prose
    while len(text) < size:
        text += "\n\n" + prose
    cut = text.rfind(". ", 0, size)
    return text[: cut + 1 if cut > size // 2 else size]


# --- one measurement, in its own process --------------------------------------------------------


def measure(size: int) -> dict:
    from cronica.export.json_export import to_dict
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    text = long_text(size)
    pipeline = Pipeline(Options(lang="en"))
    pipeline.analyze_text("The war began on 1 September 1939 when Germany invaded Poland.", lang="en")
    warm = _peak_mib()
    started = time.perf_counter()
    analysis = pipeline.analyze_text(text, lang="en")
    seconds = time.perf_counter() - started
    data = to_dict(analysis)
    data.pop("timings", None)
    layers = ("sentences", "entities", "timexes", "events", "claims", "flags")
    return {
        "chars": len(text),
        "seconds": round(seconds, 2),
        "peak_mib": round(_peak_mib(), 1),
        "growth_mib": round(_peak_mib() - warm, 1),
        "counts": {layer: len(data[layer]) for layer in layers},
        "digest": {
            layer: hashlib.sha256(json.dumps(data[layer], sort_keys=True).encode()).hexdigest()[:16]
            for layer in (*layers, "intervals", "rhetoric", "stages")
        },
    }


def _peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_child(size: int, source: Path | None) -> dict:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source)
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(size)], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"measurement of {size} characters failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def baseline_source(rev: str, folder: Path) -> Path:
    """`src/` of an earlier commit, extracted into `folder`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


# --- the report ---------------------------------------------------------------------------------


def report(results: dict[int, dict[str, dict]]) -> str:
    lines = [
        "| characters | this code: time | µs/char | peak MiB | growth MiB | old code: time | µs/char | peak MiB "
        "| growth MiB | old/new time | same layers |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for runs in results.values():
        new, old = runs["new"], runs.get("old")
        row = [f"{new['chars']:,}", *_cells(new)]
        if old:
            differ = [layer for layer in new["digest"] if new["digest"][layer] != old["digest"][layer]]
            ratio = f"{old['seconds'] / new['seconds']:.1f}×"
            row += [*_cells(old), ratio, "no: " + ", ".join(differ) if differ else "yes"]
        else:
            row += ["—"] * 4 + ["—", "—"]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def _cells(run: dict) -> list[str]:
    per_char = run["seconds"] / run["chars"] * 1e6
    return [f"{run['seconds']:.1f} s", f"{per_char:.0f}", f"{run['peak_mib']:.0f}", f"{run['growth_mib']:.0f}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--baseline-sizes", type=int, nargs="*", default=list(DEFAULT_BASELINE_SIZES))
    parser.add_argument("--baseline-rev", default=DEFAULT_BASELINE, help="a commit, or 'none'")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child)))
        return
    results: dict[int, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory(prefix="cronica-long-baseline-") as folder:
        old_source = None if args.baseline_rev == "none" else baseline_source(args.baseline_rev, Path(folder))
        for size in args.sizes:
            results[size] = {"new": run_child(size, None)}
            print(f"{size:>9,} chars: {results[size]['new']['seconds']:.1f} s", file=sys.stderr, flush=True)
            if old_source is not None and size in args.baseline_sizes:
                results[size]["old"] = run_child(size, old_source)
                print(
                    f"{size:>9,} chars, old code: {results[size]['old']['seconds']:.1f} s", file=sys.stderr, flush=True
                )
    print(report(results))
    print()
    print(json.dumps({str(size): runs for size, runs in results.items()}, indent=1))


if __name__ == "__main__":
    main()
