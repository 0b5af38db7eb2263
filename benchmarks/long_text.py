"""Long texts: time and memory of one document of ~10K, 100K and 1M characters, against the old code.

    nice .venv/bin/python benchmarks/long_text.py                       # 10K, 100K, 1M; main as the baseline
    nice .venv/bin/python benchmarks/long_text.py --baseline /work/main/src   # the old code from a src/ folder
    nice .venv/bin/python benchmarks/long_text.py --sizes 10000 100000 --baseline-sizes 10000
    nice .venv/bin/python benchmarks/long_text.py --baseline-rev none   # no baseline
    nice .venv/bin/python benchmarks/long_text.py --sizes 1000000 --baseline-rev none --trace 8   # where memory goes
    nice .venv/bin/python benchmarks/long_text.py --corpus rhetoric --sizes 100000 --baseline-rev main
    nice .venv/bin/python benchmarks/long_text.py --check-sets --baseline-rev main   # rhetoric sets, per text
    nice .venv/bin/python benchmarks/long_text.py --sizes 100000 1000000 --tagger on   # the span tagger on (or off)

`--corpus rhetoric` builds the long text from the rhetoric gold and blind sets instead
(tests/data/rhetoric/*.jsonl, one language's texts as paragraphs, repeated to the size):
text full of the tropes and loaded words the rhetoric stage looks for. `--check-sets`
analyzes every text of those sets on its own, with this code and the old, and compares
the flags and document scores set by set. `--tagger on|off` sets rhetoric's learned span
tagger (`[stages.rhetoric] tagger`) for this code and the old alike (default: each code's own
default).

The text is history prose built at run time from the shared dev data (the English
WikiWars articles, markup stripped, ../shared/data or $CRONICA_SHARED_DATA) and the
repository's examples, concatenated in a fixed order and cut at a sentence end near the
size asked for (1M characters repeats the ~330K of WikiWars three times). Nothing is
committed.

Each measurement runs in a fresh process, so its peak resident memory is its own: the
models are loaded and warmed up on a short text first, then one call of
`Pipeline.analyze_text` on the long text is timed. "peak" is the process's peak
resident set size when that call returns; "growth" is the peak minus the memory after
warm-up, i.e. what the long document itself cost. (Until issue-17f the peak was read after
the result had been walked and turned into a dict, which raised it by about 4 MiB at 1M
characters; that later peak is kept in the JSON as `peak_after_export_mib`.)
"result" is the memory the returned analysis holds (its text
and every layer, measured by walking its objects); "working" is growth minus result: the
memory the analysis needed beyond what it returns, the figure that must stay flat. The
peak reached by the end of each stage is noted too (a progress listener), and `--trace N`
names, stage by stage, the N source lines that allocated most of what is held
(tracemalloc; about 3× slower, so its times are not comparable). The baseline is the same
measurement with the code of an earlier commit (`--baseline-rev`, default main), extracted
with `git archive` into a temporary folder, or of a `src/` folder (`--baseline`), imported
instead of `src/` in the same run. When both ran on a size, the two analyses are compared
layer by layer (digests of the JSON).
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
#: the side-by-side baseline: main (the last commit before the linear-time work of issue 17,
#: 481c815, takes about an hour at 1M characters: pass it with --baseline-sizes 10000 100000)
DEFAULT_BASELINE = "main"
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
#: the stages in running order (a short text is parsed in a batch: no progress event for nlp)
STAGE_ORDER = ("nlp", "timex", "link", "events", "verify", "rhetoric")
RHETORIC_SETS = ROOT / "tests" / "data" / "rhetoric"
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


def rhetoric_texts(lang: str = "en") -> dict[str, list[str]]:
    """The texts of each rhetoric gold and blind set in one language, by set."""
    sets = {}
    for path in sorted(RHETORIC_SETS.glob("*.jsonl")):
        records = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        sets[path.stem] = [record["text"].strip() for record in records if record.get("lang") == lang]
    return sets


def long_text(size: int, corpus: str = "wikiwars") -> str:
    """About `size` characters of prose, cut after the last sentence end before the size."""
    if corpus == "rhetoric":
        prose = "\n\n".join(text for texts in rhetoric_texts().values() for text in texts)
    else:
        prose = history_prose()
    text = prose
    while len(text) < size:
        text += "\n\n" + prose
    cut = text.rfind(". ", 0, size)
    return text[: cut + 1 if cut > size // 2 else size]


# --- one measurement, in its own process --------------------------------------------------------


class StageMemory:
    """A progress listener noting, when each stage starts, the peak resident memory so far (so the
    peak reached *during* a stage is the figure noted when the next one starts) and, with
    `trace`, tracemalloc's snapshot, whose differences name the lines that allocated what each
    stage kept (`--trace`: slow, about 3× the time)."""

    def __init__(self, trace: int = 0) -> None:
        self.trace = trace
        self.stage: str | None = None
        self.peaks: dict[str, float] = {}
        self.snapshots: list[tuple[str, object]] = []

    def __call__(self, event) -> None:  # a ProgressEvent
        if event.stage == self.stage:
            return
        if self.stage is not None:
            self.peaks[self.stage] = _peak_mib()
        self.stage = event.stage
        if self.trace:
            import tracemalloc

            self.snapshots.append((event.stage, tracemalloc.take_snapshot()))

    def growth_report(self) -> list[str]:
        """The lines that allocated most of what is held when each stage starts, stage by stage."""
        lines = []
        for (before, old), (after, new) in zip(self.snapshots, self.snapshots[1:], strict=False):
            lines.append(f"-- held when {after} starts, minus when {before} started (top {self.trace}):")
            lines += [f"   {stat}" for stat in new.compare_to(old, "lineno")[: self.trace]]  # type: ignore[attr-defined]
        return lines


def result_mib(analysis: object) -> float:
    """The memory the analysis itself holds (its text and every layer), by walking its objects."""
    import gc
    import types

    skip = (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.MethodType)
    seen: set[int] = set()
    stack = [analysis]
    total = 0
    while stack:
        item = stack.pop()
        if id(item) in seen or isinstance(item, skip):
            continue
        seen.add(id(item))
        total += sys.getsizeof(item)
        stack.extend(gc.get_referents(item))
    return total / 2**20


def _options(tagger: str | None, **options):
    """The run's options; `tagger` "on" / "off" sets the span tagger, None keeps the code's default."""
    from cronica.options import Options

    if tagger is not None:
        options["stages"] = {"rhetoric": {"tagger": tagger == "on"}}
    return Options(**options)


def measure(size: int, corpus: str, trace: int = 0, tagger: str | None = None) -> dict:
    import gc

    from cronica.export.json_export import to_dict
    from cronica.pipeline import Pipeline

    text = long_text(size, corpus)
    memory = StageMemory(trace)
    pipeline = Pipeline(_options(tagger, lang="en", timings=True))
    pipeline.analyze_text("The war began on 1 September 1939 when Germany invaded Poland.", lang="en")
    gc.collect()
    warm = _peak_mib()
    pipeline.progress = memory
    if trace:
        import tracemalloc

        tracemalloc.start()
    started = time.perf_counter()
    analysis = pipeline.analyze_text(text, lang="en")
    seconds = time.perf_counter() - started
    peak = _peak_mib()  # the analysis's own: before the result is walked and exported below
    if memory.stage is not None:
        memory.peaks[memory.stage] = peak
    if trace:
        print("\n".join(memory.growth_report()), file=sys.stderr)
    held = result_mib(analysis)
    data = to_dict(analysis)
    stages = data.pop("timings", None) or {}
    layers = ("sentences", "entities", "timexes", "events", "claims", "flags")
    return {
        "chars": len(text),
        "seconds": round(seconds, 2),
        "peak_mib": round(peak, 1),
        "growth_mib": round(peak - warm, 1),
        "result_mib": round(held, 1),
        "working_mib": round(peak - warm - held, 1),
        #: the process's peak after the result was walked (`result_mib`) and made a dict (`to_dict`)
        "peak_after_export_mib": round(_peak_mib(), 1),
        "stage_peak_growth_mib": {stage: round(peak - warm, 1) for stage, peak in memory.peaks.items()},
        "stage_seconds": {stage: round(seconds, 3) for stage, seconds in stages.items()},
        "counts": {layer: len(data[layer]) for layer in layers},
        "cache_entries": cache_entries(),
        "digest": {
            layer: hashlib.sha256(json.dumps(data[layer], sort_keys=True).encode()).hexdigest()[:16]
            for layer in (*layers, "intervals", "rhetoric", "stages")
        },
    }


#: the process-wide caches a long text fills (bounded: flat once full), by module and name
CACHES = (("cronica.kb.normalize", "alias_key"), ("cronica.kb.stage", "phrase_key"), ("cronica.folding", "_fold"))


def cache_entries() -> dict[str, str]:
    """How full each bounded cache of the process is after the analysis ("entries / bound"): part
    of what "growth" counts that is not the document's (the old code may lack some)."""
    import importlib

    found = {}
    for module, name in CACHES:
        function = getattr(importlib.import_module(module), name, None)
        if function is not None and hasattr(function, "cache_info"):
            info = function.cache_info()
            found[name] = f"{info.currsize} / {info.maxsize}"
    return found


def check_sets(tagger: str | None = None) -> dict:
    """Every text of every rhetoric set analyzed on its own (rhetoric stage only): a digest of
    the flags and scores per set, for the comparison with the old code."""
    from cronica.export.json_export import to_dict
    from cronica.pipeline import Pipeline

    result = {}
    for lang in ("es", "en"):
        pipeline = Pipeline(_options(tagger, lang=lang, skip=frozenset({"timex", "link", "events", "verify"})))
        for name, texts in rhetoric_texts(lang).items():
            outputs = []
            for text in texts:
                data = to_dict(pipeline.analyze_text(text, lang=lang))
                outputs.append({"flags": data["flags"], "rhetoric": data["rhetoric"]})
            digest = hashlib.sha256(json.dumps(outputs, sort_keys=True).encode()).hexdigest()[:16]
            result[f"{lang}/{name}"] = {
                "texts": len(texts),
                "flags": sum(len(output["flags"]) for output in outputs),
                "digest": digest,
            }
    return result


def _peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_child(
    size: int, source: Path | None, corpus: str = "wikiwars", trace: int = 0, tagger: str | None = None
) -> dict:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source)
    what = ["--child-sets"] if size == 0 else ["--child", str(size), "--corpus", corpus, "--trace", str(trace)]
    if tagger is not None:
        what += ["--tagger", tagger]
    done = subprocess.run([sys.executable, __file__, *what], env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measurement of {size} characters failed:\n{done.stderr[-2000:]}")
    if trace:
        print(f"{size:,} characters, {'old' if source else 'this'} code:\n{done.stderr}", file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _short(rev: str) -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", rev], capture_output=True, check=False)
    return done.stdout.decode().strip()


def _head() -> str:
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "src"], capture_output=True, check=False)
    return _short("HEAD") + (" + uncommitted changes" if dirty.stdout.strip() else "")


def baseline_source(rev: str, folder: Path) -> Path:
    """`src/` of an earlier commit, extracted into `folder`."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
    return folder / "src"


# --- the report ---------------------------------------------------------------------------------


def report(results: dict[int, dict[str, dict]]) -> str:
    lines = [
        "| characters | code | time | µs/char | peak MiB | growth MiB | result MiB | working MiB "
        "| working KB/1K chars | old/new time | old/new working | same layers |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for runs in results.values():
        new, old = runs["new"], runs.get("old")
        for name, run in (("this", new), ("old", old)):
            if run is None:
                continue
            row = [f"{run['chars']:,}", name, *_cells(run)]
            if name == "this" and old:
                differ = [layer for layer in new["digest"] if new["digest"][layer] != old["digest"][layer]]
                row += [
                    f"{old['seconds'] / new['seconds']:.1f}×",
                    _ratio(old.get("working_mib"), new.get("working_mib")),
                    "no: " + ", ".join(differ) if differ else "yes",
                ]
            else:
                row += ["", "", ""]
            lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def memory_report(results: dict[int, dict[str, dict]]) -> str:
    """The peak resident memory reached by the end of each stage, over the warmed-up process (MiB;
    a text short enough to be parsed in one piece has no nlp figure: it is told no progress)."""
    seen = {stage for runs in results.values() for stage in runs["new"].get("stage_peak_growth_mib", {})}
    stages = [stage for stage in STAGE_ORDER if stage in seen]
    lines = [
        "| characters | code | " + " | ".join(stages) + " |",
        "| ---: | --- | " + " | ".join("---:" for _ in stages) + " |",
    ]
    for runs in results.values():
        for name in ("new", "old"):
            run = runs.get(name)
            if run is None or "stage_peak_growth_mib" not in run:
                continue
            peaks = run["stage_peak_growth_mib"]
            cells = [f"{peaks[stage]:.0f}" if stage in peaks else "—" for stage in stages]
            lines.append(f"| {run['chars']:,} | {'this' if name == 'new' else 'old'} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _ratio(old: float | None, new: float | None) -> str:
    return f"{old / new:.1f}×" if old is not None and new else "—"


def stage_report(results: dict[int, dict[str, dict]]) -> str:
    """µs per character of each stage, this code and the old, and their ratio (old / new)."""
    stages = [stage for runs in results.values() for stage in runs["new"].get("stage_seconds", {})]
    stages = list(dict.fromkeys(stages))
    lines = [
        "| characters | code | " + " | ".join(stages) + " | total µs/char | peak MiB |",
        "| ---: | --- | " + " | ".join("---:" for _ in stages) + " | ---: | ---: |",
    ]
    for runs in results.values():
        for name in ("new", "old"):
            run = runs.get(name)
            if run is None:
                continue
            cells = [f"{run.get('stage_seconds', {}).get(stage, 0) / run['chars'] * 1e6:.1f}" for stage in stages]
            label = "this" if name == "new" else "old"
            total = run["seconds"] / run["chars"] * 1e6
            lines.append(
                f"| {run['chars']:,} | {label} | " + " | ".join(cells) + f" | {total:.0f} | {run['peak_mib']:.0f} |"
            )
        if "old" in runs:
            ratios = []
            for stage in stages:
                old, new = runs["old"].get("stage_seconds", {}).get(stage), runs["new"]["stage_seconds"].get(stage)
                ratios.append(f"{old / new:.1f}×" if old and new else "—")
            total = runs["old"]["seconds"] / runs["new"]["seconds"]
            lines.append("| | old/this | " + " | ".join(ratios) + f" | {total:.1f}× | |")
    return "\n".join(lines)


def sets_report(new: dict, old: dict | None) -> str:
    lines = ["| set | texts | flags | same flags and scores as the old code |", "| --- | ---: | ---: | --- |"]
    for name, run in new.items():
        same = "—" if old is None else ("yes" if old.get(name, {}).get("digest") == run["digest"] else "**no**")
        lines.append(f"| {name} | {run['texts']} | {run['flags']} | {same} |")
    return "\n".join(lines)


def _cells(run: dict) -> list[str]:
    per_char = run["seconds"] / run["chars"] * 1e6
    cells = [f"{run['seconds']:.1f} s", f"{per_char:.0f}", f"{run['peak_mib']:.0f}", f"{run['growth_mib']:.0f}"]
    if "result_mib" not in run:  # an older copy of this script measured it
        return [*cells, "—", "—", "—"]
    per_kchar = run["working_mib"] * 1024 / (run["chars"] / 1000)
    return [*cells, f"{run['result_mib']:.1f}", f"{run['working_mib']:.0f}", f"{per_kchar:.0f}"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", type=int, nargs="+", default=list(DEFAULT_SIZES))
    parser.add_argument("--baseline-sizes", type=int, nargs="*", help="sizes to measure the old code at (all)")
    parser.add_argument("--baseline-rev", default=DEFAULT_BASELINE, help="a commit, or 'none'")
    parser.add_argument("--baseline", type=Path, help="the old code's src/ folder (e.g. /work/main/src), not a commit")
    parser.add_argument("--trace", type=int, default=0, metavar="N", help="tracemalloc: top N lines per stage")
    parser.add_argument("--corpus", choices=("wikiwars", "rhetoric"), default="wikiwars")
    parser.add_argument("--check-sets", action="store_true", help="compare the rhetoric sets' flags, text by text")
    parser.add_argument("--child-sets", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tagger", choices=("on", "off"), help="rhetoric's span tagger (default: the code's own)")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.corpus, args.trace, args.tagger)))
        return
    if args.child_sets:
        print(json.dumps(check_sets(args.tagger)))
        return
    baseline_sizes = args.sizes if args.baseline_sizes is None else args.baseline_sizes
    if args.baseline is not None:
        done = subprocess.run(["git", "-C", str(args.baseline), "log", "-1", "--format=%h"], capture_output=True)
        print(f"old code: {args.baseline} (at {done.stdout.decode().strip() or '?'}); this code: {_head()}\n")
    elif args.baseline_rev != "none":
        commit = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", args.baseline_rev], capture_output=True
        )
        print(f"old code: {args.baseline_rev} = {commit.stdout.decode().strip()}; this code: {_head()}\n")
    results: dict[int, dict[str, dict]] = {}
    with tempfile.TemporaryDirectory(prefix="cronica-long-baseline-") as folder:
        old_source = args.baseline
        if old_source is None and args.baseline_rev != "none":
            old_source = baseline_source(args.baseline_rev, Path(folder))
        if args.check_sets:
            new = run_child(0, None, tagger=args.tagger)
            old = None if old_source is None else run_child(0, old_source, tagger=args.tagger)
            print(sets_report(new, old))
            return
        for size in args.sizes:
            results[size] = {"new": run_child(size, None, args.corpus, args.trace, args.tagger)}
            print(f"{size:>9,} chars: {results[size]['new']['seconds']:.1f} s", file=sys.stderr, flush=True)
            if old_source is not None and size in baseline_sizes:
                results[size]["old"] = run_child(size, old_source, args.corpus, args.trace, args.tagger)
                print(
                    f"{size:>9,} chars, old code: {results[size]['old']['seconds']:.1f} s", file=sys.stderr, flush=True
                )
    print(report(results))
    print()
    print(memory_report(results))
    print()
    print(stage_report(results))
    print()
    print(json.dumps({str(size): runs for size, runs in results.items()}, indent=1))


if __name__ == "__main__":
    main()
