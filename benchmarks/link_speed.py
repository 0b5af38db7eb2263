"""Benchmark: what linking adds to the pipeline's time, and how fast the KB loads.

    .venv/bin/python benchmarks/link_speed.py [--repeat 5]

Baseline in the same run: the same pipeline with `--skip link` over the same texts (the
gold texts of tests/data/link, plus WikiWars articles from ../shared/data when present).
Prints medians and the ratio; KB load is measured cold (parse the pack into a new disk
cache) and warm (open the cache), each in a fresh temporary folder.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cronica.kb.embedded import EmbeddedKB
from cronica.kb.pack import data_path
from cronica.options import Options
from cronica.pipeline import Pipeline
from cronica.registry import StageContext, get_stage

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "link" / "gold.yaml"
#: ../shared/data beside the clone (as CI lays it), or two levels up for a worktree
WIKIWARS = next(
    (p / "shared" / "data" / "wikiwars-dev" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
    ROOT.parent / "shared" / "data" / "wikiwars-dev",
)
WIKIWARS_FILES = ("13_RussianCivWar.tml", "01_WW2.tml", "15_MexicanRev.tml")


def corpus() -> list[tuple[str, str]]:
    import yaml

    texts = [(d["lang"], d["text"]) for d in yaml.safe_load(GOLD.read_text(encoding="utf-8"))["documents"]]
    for name in WIKIWARS_FILES:
        path = WIKIWARS / name
        if path.is_file():
            raw = path.read_text(encoding="utf-8")
            body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
            texts.append(("en", re.sub(r"<[^>]+>", "", body)))
    return texts


def run(pipeline_by_lang: dict[str, Pipeline], texts: list[tuple[str, str]]) -> float:
    started = time.perf_counter()
    for lang, text in texts:
        pipeline_by_lang[lang].analyze_text(text, lang=lang)
    return time.perf_counter() - started


def run_timing_link(pipeline_by_lang: dict[str, Pipeline], texts: list[tuple[str, str]]) -> tuple[float, float]:
    """(whole pipeline without link, the link stage alone on the same analyses), one pass.

    Timing the stage directly is robust to the machine's load, which the difference of two
    noisy totals is not; both are reported."""
    spec = get_stage("link")
    whole = link = 0.0
    for lang, text in texts:
        pipeline = pipeline_by_lang[lang]
        started = time.perf_counter()
        analysis = pipeline.analyze_text(text, lang=lang)
        middle = time.perf_counter()
        context = StageContext(
            None, pipeline.options, pipeline.options.config_for("link", spec.default_config), pipeline.resources
        )
        spec.run(analysis, context)  # the stage reads the analysis, not the spaCy parse
        link += time.perf_counter() - middle
        whole += middle - started
    return whole, link


def pipelines(skip: frozenset[str], shared: dict[str, Pipeline] | None) -> dict[str, Pipeline]:
    result = {}
    for lang in ("es", "en"):
        pipeline = Pipeline(Options(lang=lang, skip=skip))
        if shared:
            pipeline.models = shared[lang].models  # the same loaded spaCy models: only the stages differ
        result[lang] = pipeline
    return result


def kb_load(repeat: int) -> tuple[float, float]:
    cold, warm = [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder:
            started = time.perf_counter()
            EmbeddedKB.open([data_path()], cache=Path(folder))
            cold.append(time.perf_counter() - started)
            started = time.perf_counter()
            EmbeddedKB.open([data_path()], cache=Path(folder))
            warm.append(time.perf_counter() - started)
    return statistics.median(cold), statistics.median(warm)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    texts = corpus()
    chars = sum(len(text) for _, text in texts)
    skip_rest = frozenset({"verify", "rhetoric"})
    baseline = pipelines(skip_rest | {"link"}, None)
    linked = pipelines(skip_rest, baseline)
    run(baseline, texts[:4])  # warm up: models, KB, caches
    run(linked, texts)
    without, with_link = [], []
    for repeat in range(args.repeat):  # interleaved, order alternating, so load changes hit both alike
        if repeat % 2:
            with_link.append(run(linked, texts))
            without.append(run(baseline, texts))
        else:
            without.append(run(baseline, texts))
            with_link.append(run(linked, texts))
    base, link = statistics.median(without), statistics.median(with_link)
    direct = [run_timing_link(baseline, texts) for _ in range(args.repeat)]
    direct_base = statistics.median(whole for whole, _ in direct)
    direct_link = statistics.median(stage for _, stage in direct)
    cold, warm = kb_load(args.repeat)
    print(f"texts: {len(texts)} ({chars} characters), repeats: {args.repeat}, python {sys.version.split()[0]}")
    print("| measure | median |")
    print("| --- | --- |")
    print(f"| pipeline, link skipped (baseline) | {base:.3f} s |")
    print(f"| pipeline with link | {link:.3f} s |")
    print(f"| link's share: (with − without) / without | {100 * (link - base) / base:+.1f} % |")
    print(f"| link stage timed alone on the same analyses | {direct_link:.3f} s |")
    print(f"| link stage / pipeline without link (same pass) | {100 * direct_link / direct_base:.1f} % |")
    print(f"| KB load, cold (parse pack into a new disk cache) | {cold * 1000:.0f} ms |")
    print(f"| KB load, warm (open the disk cache) | {warm * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
