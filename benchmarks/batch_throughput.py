"""Corpora at scale: throughput of `cronica batch` (local and Dask, 1 and 2 workers) against spaCy.

    .venv/bin/python benchmarks/batch_throughput.py            # everything (several minutes)
    .venv/bin/python benchmarks/batch_throughput.py --quick    # smaller corpora, a smoke run

The corpus is built at run time in a temporary folder from the shared dev data
(../shared/data or $CRONICA_SHARED_DATA): WikiWars articles split into paragraphs,
the HourGlass texts and the PAN 2024 Telegram texts, each with its language. Nothing is
committed. Figures (medians of --repeats runs) go to stdout as Markdown and JSON.

Measured, in one run on the same documents:
- spaCy's own throughput: `nlp.pipe` with the same pipelines cronica loads (the ceiling);
- cronica's full pipeline in one process (`Pipeline.analyze_records`);
- `cronica batch` with the local engine and with Dask (LocalCluster), 1 and 2 workers,
  wall time including worker start-up, output partitions and the store;
- peak memory per worker on 1,000 and 10,000 documents: a seeded sample of 1,000 texts
  of the corpus, once, and ten times under new ids (so every copy is analyzed again):
  the only difference between the two runs is the number of documents.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from cronica.batch.engines import worker_environment
from cronica.batch.run import BatchConfig, run_batch
from cronica.ingest import Record
from cronica.nlp import load_pipeline
from cronica.options import Options
from cronica.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
_TAG = re.compile(r"<[^>]+>")
MIN_PARAGRAPH_CHARS = 40


def shared_data() -> Path:
    for candidate in (
        os.environ.get("CRONICA_SHARED_DATA"),
        ROOT.parent / "shared" / "data",
        Path("/work/shared/data"),
    ):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    sys.exit("shared dev data not found: set CRONICA_SHARED_DATA")


def build_corpus(data: Path) -> list[dict]:
    """(id, lang, text) records from the three dev sets, in a fixed order."""
    records = []
    for tml in sorted((data / "wikiwars-dev").glob("*.tml")):
        raw = tml.read_text(encoding="utf-8")
        body = raw[raw.find("<TEXT>") + 6 : raw.find("</TEXT>")]
        paragraphs = [p.strip() for p in _TAG.sub("", body).split("\n")]
        for number, paragraph in enumerate(p for p in paragraphs if len(p) >= MIN_PARAGRAPH_CHARS):
            records.append({"id": f"wikiwars/{tml.stem}/{number}", "lang": "en", "text": paragraph})
    for txt in sorted((data / "hourglass-es" / "plain_TXT").glob("*.txt")):
        text = txt.read_text(encoding="utf-8").strip()
        if text:
            records.append({"id": f"hourglass/{txt.stem}", "lang": "es", "text": text})
    for lang in ("en", "es"):
        for item in json.loads((data / "pan2024-oppositional" / f"dataset_{lang}_dev.json").read_text("utf-8")):
            records.append({"id": f"pan/{lang}/{item['id']}", "lang": lang, "text": item["text"]})
    return records


def memory_base(records: list[dict], size: int) -> list[dict]:
    """A fixed sample of the whole corpus (seeded), the texts both memory runs cycle over, so
    that the only difference between them is how many documents went through the worker."""
    return random.Random(1917).sample(records, min(size, len(records)))


def repeated(records: list[dict], count: int) -> list[dict]:
    """`count` records cycling over `records`; copies get new ids, so each is analyzed again."""
    return [
        {**records[i % len(records)], "id": f"{records[i % len(records)]['id']}#{i // len(records)}"}
        for i in range(count)
    ]


def write_jsonl(records: list[dict], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def time_spacy(records: list[dict]) -> tuple[float, int]:
    """spaCy alone: the same pipelines, the same documents, batched per language as cronica does."""
    options = Options()
    tokens = 0
    models = {lang: load_pipeline(options.model_for(lang), options.max_chars) for lang in ("es", "en")}
    for nlp in models.values():
        nlp("Calentamiento.")
    started = time.perf_counter()
    for lang, nlp in models.items():
        texts = [r["text"] for r in records if r["lang"] == lang]
        for doc in nlp.pipe(texts, batch_size=16):
            tokens += len(doc)
    return time.perf_counter() - started, tokens


def _spacy_process(share: list[dict], barrier, results) -> None:  # type: ignore[no-untyped-def]
    options = Options()
    models = {lang: load_pipeline(options.model_for(lang), options.max_chars) for lang in ("es", "en")}
    for nlp in models.values():
        nlp("Calentamiento.")
    barrier.wait()  # every process has its models: start the clock together
    started = time.monotonic()
    for lang, nlp in models.items():
        for _ in nlp.pipe([r["text"] for r in share if r["lang"] == lang], batch_size=16):
            pass
    results.put((started, time.monotonic()))


def time_spacy_processes(records: list[dict], processes: int) -> float:
    """spaCy alone in N processes at once, each on 1/N of the documents: what the machine allows.

    The ceiling for the workers' speed-up measured in the same run: if spaCy by itself gets
    only 1.1x from a second process (other jobs on the cores), no engine can get 1.7x.
    """
    context = multiprocessing.get_context("forkserver")
    barrier, results = context.Barrier(processes), context.Queue()
    with worker_environment():
        workers = [
            context.Process(target=_spacy_process, args=(records[i::processes], barrier, results))
            for i in range(processes)
        ]
        for worker in workers:
            worker.start()
        spans = [results.get() for _ in workers]
        for worker in workers:
            worker.join()
    return max(end for _, end in spans) - min(start for start, _ in spans)


def time_pipeline(records: list[dict]) -> float:
    """cronica's full pipeline in this process (models loaded before the clock starts)."""
    pipeline = Pipeline(Options())
    list(pipeline.analyze_records([Record(id="w", text="Calentamiento en 1900.", source="w", lang="es")]))
    list(pipeline.analyze_records([Record(id="w", text="Warm-up in 1900.", source="w", lang="en")]))
    items = [Record(id=r["id"], text=r["text"], source="bench", lang=r["lang"]) for r in records]
    started = time.perf_counter()
    for result in pipeline.analyze_records(items):
        assert not isinstance(result, Exception), result
    return time.perf_counter() - started


def time_batch(corpus: Path, workdir: Path, engine: str, workers: int, tag: str) -> dict:
    out = workdir / f"out-{engine}-{workers}-{tag}"
    config = BatchConfig(
        inputs=(str(corpus),), out=out, options=Options(), workers=workers, engine=engine, progress=False
    )
    report = run_batch(config)
    if report.failed:
        print(f"warning: {report.failed} documents failed: {report.failures[:3]}", file=sys.stderr)
    return {"seconds": report.seconds, "done": report.done, "worker_peak_mib": report.worker_peak_mib}


def load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3, help="runs of each measure; the median is reported")
    parser.add_argument("--quick", action="store_true", help="a few hundred documents: a smoke run")
    parser.add_argument("--memory-sizes", default="1000,10000", help="corpus sizes for the memory check")
    parser.add_argument("--engines", default="local,dask")
    parser.add_argument("--no-memory", action="store_true", help="skip the 1,000 vs 10,000 documents memory runs")
    args = parser.parse_args()

    records = build_corpus(shared_data())
    if args.quick:
        records = records[:: max(1, len(records) // 300)]
    sizes = [int(s) for s in args.memory_sizes.split(",")] if not args.quick else [200, 600]
    results: dict = {"documents": len(records), "cpus": os.cpu_count(), "load_before": load()}
    print(f"corpus: {len(records)} documents; load average {results['load_before']}", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="cronica-bench-") as tmp:
        workdir = Path(tmp)
        corpus = write_jsonl(records, workdir / "corpus.jsonl")
        # the measures are interleaved, repeat by repeat, so that a change in the machine's load
        # during the run weighs on all of them alike; medians over the repeats are reported
        timings: dict[str, list[float]] = {}
        peaks: dict[str, float] = {}
        tokens = 0
        for repeat in range(args.repeats):
            spacy_seconds, tokens = time_spacy(records)
            timings.setdefault("spacy", []).append(spacy_seconds)
            timings.setdefault("pipeline", []).append(time_pipeline(records))
            for processes in (1, 2):
                timings.setdefault(f"spacy_{processes}p", []).append(time_spacy_processes(records, processes))
            for engine in args.engines.split(","):
                for workers in (1, 2):
                    run = time_batch(corpus, workdir, engine, workers, str(repeat))
                    timings.setdefault(f"{engine}_{workers}", []).append(run["seconds"])
                    peaks[f"{engine}_{workers}"] = run["worker_peak_mib"]
            summary = ", ".join(f"{name} {values[-1]:.1f} s" for name, values in timings.items())
            print(f"repeat {repeat + 1}: {summary} (load {load()})", file=sys.stderr)
        results.update(
            tokens=tokens,
            spacy_seconds=statistics.median(timings["spacy"]),
            pipeline_seconds=statistics.median(timings["pipeline"]),
            all_seconds=timings,
        )
        for processes in (1, 2):
            results[f"spacy_{processes}p_seconds"] = statistics.median(timings[f"spacy_{processes}p"])
        for name, peak in peaks.items():
            results[name] = {"seconds": statistics.median(timings[name]), "worker_peak_mib": peak}

        startup = time_batch(write_jsonl(records[:2], workdir / "two.jsonl"), workdir, "local", 1, "startup")
        results["local_startup_seconds"] = startup["seconds"]
        memory = {}
        base = memory_base(records, min(sizes))
        for size in [] if args.no_memory else sizes:
            sized = write_jsonl(repeated(base, size), workdir / f"corpus-{size}.jsonl")
            run = time_batch(sized, workdir, "local", 1, f"mem{size}")
            memory[size] = run
            print(f"memory {size}: {run['worker_peak_mib']:.0f} MiB ({run['seconds']:.0f} s)", file=sys.stderr)
        results["memory"] = memory
    results["load_after"] = load()
    print_markdown(results)
    print("\n```json\n" + json.dumps(results, indent=2) + "\n```")


def print_markdown(r: dict) -> None:
    n, tokens = r["documents"], r["tokens"]

    def row(name: str, seconds: float, note: str = "") -> str:
        return f"| {name} | {seconds:.1f} | {n / seconds:.1f} | {tokens / seconds:,.0f} | {note} |"

    spacy_s = r["spacy_seconds"]
    lines = [
        f"{n} documents, {tokens:,} tokens; {r['cpus']} CPUs; load average before {r['load_before']},"
        f" after {r['load_after']}",
        "",
        "| what | seconds | docs/s | tokens/s | ratio |",
        "|---|---|---|---|---|",
        row("spaCy nlp.pipe alone (baseline)", r["spacy_seconds"]),
        row(
            "cronica full pipeline, 1 process",
            r["pipeline_seconds"],
            f"{spacy_s / r['pipeline_seconds']:.2f}× spaCy",
        ),
    ]
    for engine in ("local", "dask"):
        if f"{engine}_1" in r:
            one, two = r[f"{engine}_1"]["seconds"], r[f"{engine}_2"]["seconds"]
            lines.append(row(f"cronica batch --engine {engine} --workers 1", one, f"{spacy_s / one:.2f}× spaCy"))
            lines.append(row(f"cronica batch --engine {engine} --workers 2", two, f"{one / two:.2f}× 1 worker"))
    one_p, two_p = r["spacy_1p_seconds"], r["spacy_2p_seconds"]
    lines.append(row("spaCy alone, 1 process (machine check)", one_p))
    lines.append(row("spaCy alone, 2 processes at once (machine check)", two_p, f"{one_p / two_p:.2f}× 1 process"))
    lines.append(f"\nstart-up of `cronica batch --workers 1` on 2 documents: {r['local_startup_seconds']:.1f} s")
    lines += ["", "| documents | peak memory per worker (MiB) | seconds |", "|---|---|---|"]
    for size, run in r["memory"].items():
        lines.append(f"| {size} | {run['worker_peak_mib']:.0f} | {run['seconds']:.0f} |")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
