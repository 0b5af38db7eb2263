"""The rhetoric stage before (a source tree of main) and after (this tree), in one run: span precision
and recall on the blind and gold sets, false alarms on neutral history, flags on PAN 2024
oppositional training texts, and the stage's speed per 100,000 characters.

    git archive main src | tar -x -C /tmp/cronica-main        # the baseline's source tree
    nice .venv/bin/python benchmarks/rhetoric_before_after.py --baseline /tmp/cronica-main/src \
        [--sets tests/data/rhetoric/blind3_real.jsonl ...] [--pan ../shared/data/pan2024-oppositional] \
        [--pan-docs 1000] [--pan-part all|held-out] [--tagger-thresholds 0.7] [--repeat 3]

Each side runs in its own Python process (`worker`), with its own `cronica` package first on the
path, as `nlp` + `rhetoric` of the real pipeline (`Options(timings=True)`); this tree runs twice,
with the tagger off and on (`[stages.rhetoric] tagger`, whatever the shipped default). Every side's
flags are scored here by one scorer, `cronica eval rhetoric`'s (`cronica.rhetoric.gold.score_text`):
a flag matches a gold span it overlaps. "in inventory" scores recall on the spans of techniques the
stage looks for (`within_inventory`). PAN texts have no spans of these techniques: their figures say
how often a CONSPIRACY text and a CRITICAL text get a flag, and how many flags fall on a PAN narrative
span (AGENT, FACILITATOR, ...); `--pan-part held-out` keeps only the part of the PAN training split
that the span tagger never trains on (`tagger_training.pan_part`, blocks of 25 neighbouring ids).
Speed: the stage's seconds (`timings["rhetoric"]`) over the PAN texts per 100,000 characters, and one
document of about 100,000 characters (PAN texts joined) analysed `--repeat` times in each side's run
and in `--rounds` more runs that take the sides in turn (median of all); the parse (`timings["nlp"]`)
is given for scale. Quote the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RHETORIC_DATA = ROOT / "tests" / "data" / "rhetoric"
DEFAULT_SETS = (
    "blind7_real.jsonl",
    "blind7_neutral.jsonl",
    "blind7h_real.jsonl",
    "blind7h_neutral.jsonl",
    "blind6_real.jsonl",
    "blind6_neutral.jsonl",
    "neutral_classes_16e.jsonl",
    "neutral_frame_as_topic_16e.jsonl",
    "class_quoted_label_on_a_thing_16e.jsonl",
    "class_superlative_shadow_16f.jsonl",
    "class_planned_event_16f.jsonl",
    "class_engineered_event_16e.jsonl",
    "blind5_real.jsonl",
    "blind5_neutral.jsonl",
    "blind4_real.jsonl",
    "blind4_neutral.jsonl",
    "blind3_real.jsonl",
    "blind3_neutral.jsonl",
    "blind_real.jsonl",
    "blind_neutral.jsonl",
    "gold.jsonl",
    "gold_heldout.jsonl",
    "gold_blind2.jsonl",
    "gold_tropes_dev.jsonl",
)
HISTORY = RHETORIC_DATA / "history_paragraphs.jsonl"
LONG_CHARS = 100_000
LANGS = ("en", "es")


# ---------------------------------------------------------------- worker (one side, own process)


def worker(job_path: Path, config: dict) -> None:
    """Run nlp + rhetoric over the job's texts; print one JSON object (flags, timings) on stdout."""
    import cronica
    from cronica.options import Options
    from cronica.pipeline import Pipeline

    job = json.loads(job_path.read_text(encoding="utf-8"))
    skip = {"timex", "events", "link", "verify"}
    pipelines = {lang: Pipeline(Options(lang=lang, skip=skip, stage_config=config, timings=True)) for lang in LANGS}
    for lang, pipeline in pipelines.items():  # load models, lexicons and weights outside the timings
        pipeline.analyze_text(job["warm"][lang], id="warm")
    results = {}
    for item in job["items"]:
        analysis = pipelines[item["lang"]].analyze_text(item["text"], id=item["id"])
        if analysis.stages.get("rhetoric") != "ok":
            raise SystemExit(f"{item['id']}: the rhetoric stage did not run: {analysis.stages.get('rhetoric')}")
        results[item["id"]] = {
            "flags": [
                [flag.start, flag.end, flag.technique, flag.voice, flag.speaker, flag.text] for flag in analysis.flags
            ],
            "rhetoric_s": analysis.timings.get("rhetoric", 0.0),
            "nlp_s": analysis.timings.get("nlp", 0.0),
        }
    long_runs = {}
    for lang, text in job["long"].items():
        runs = []
        for _round in range(job["repeat"]):
            analysis = pipelines[lang].analyze_text(text, id=f"long-{lang}")
            runs.append([analysis.timings.get("rhetoric", 0.0), analysis.timings.get("nlp", 0.0), len(analysis.flags)])
        long_runs[lang] = runs
    json.dump({"package": cronica.__file__, "items": results, "long": long_runs}, sys.stdout)


def run_side(src: Path, config: dict, job_path: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(src))
    command = [sys.executable, __file__, "worker", str(job_path), "--config", json.dumps(config)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"worker for {src} failed:\n{done.stderr[-3000:]}")
    result = json.loads(done.stdout)
    if not Path(result["package"]).resolve().is_relative_to(src.resolve()):
        raise SystemExit(f"worker for {src} imported cronica from {result['package']}")
    return result


# ---------------------------------------------------------------- the run (this tree scores every side)


def pan_records(folder: Path | None, docs: int, part: str = "all") -> list[dict]:
    if folder is None:
        return []
    from cronica.rhetoric.tagger_training import PAN_HELD_OUT_PART, pan_part

    records = []
    for lang in LANGS:
        path = folder / f"dataset_{lang}_dev.json"  # the training split; never the test files
        chosen = json.loads(path.read_text(encoding="utf-8"))
        if part == "held-out":
            chosen = [record for record in chosen if pan_part(record["id"]) == PAN_HELD_OUT_PART]
        for record in chosen[:docs]:
            records.append({**record, "lang": lang, "id": f"pan-{lang}-{record['id']}"})
    return records


def long_text(records: list[dict], lang: str) -> str:
    parts, size = [], 0
    for record in records:
        if record["lang"] == lang and size < LONG_CHARS:
            parts.append(record["text"])
            size += len(record["text"]) + 2
    return "\n\n".join(parts)[:LONG_CHARS]


def history_neutral():
    from cronica.rhetoric.gold import GoldText

    items = []
    for line in HISTORY.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["label"] == "neutral":
            items.append(GoldText(f"hist-{record['id']}", record["lang"], record["text"], True, ()))
    return items


def flags_of(result: dict) -> list:
    from cronica.model import Flag

    return [
        Flag(f"f{n}", start, end, text, technique, "", 0.0, voice, speaker)
        for n, (start, end, technique, voice, speaker, text) in enumerate(result["flags"], 1)
    ]


def score(gold, results: dict):
    from cronica.rhetoric.gold import LanguageScores, score_text

    by_lang: dict[str, LanguageScores] = {}
    errors: list[str] = []
    for item in gold:
        score_text(item, flags_of(results[item.id]), by_lang.setdefault(item.lang, LanguageScores()), errors)
    return by_lang, errors


def cells(scores) -> str:
    lenient = scores.lenient
    neutral = (
        f"{scores.neutral_flagged}/{scores.neutral_sentences} ({scores.neutral_flagged / scores.neutral_sentences:.1%})"
        if scores.neutral_sentences
        else "—"
    )
    spans = f"{lenient.precision:.3f} | {lenient.recall:.3f}" if lenient.tp + lenient.fn else "— | —"
    return f"{spans} | {neutral}"


def total(by_lang: dict):
    from cronica.evaluation.rhetoric import RhetoricReport

    return RhetoricReport(by_lang).total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="src folder of the baseline (main)")
    parser.add_argument("--sets", nargs="*", type=Path, default=[RHETORIC_DATA / name for name in DEFAULT_SETS])
    parser.add_argument("--pan", type=Path, default=ROOT.parent / "shared" / "data" / "pan2024-oppositional")
    parser.add_argument("--pan-docs", type=int, default=1000, help="first N PAN training texts per language")
    parser.add_argument(
        "--pan-part",
        choices=("all", "held-out"),
        default="all",
        help="all PAN training texts, or only the part the span tagger never trains on",
    )
    parser.add_argument("--baseline-tagger", action="store_true", help="also run the baseline with its span tagger on")
    parser.add_argument(
        "--tagger-thresholds",
        nargs="*",
        type=float,
        default=[],
        help="also run this tree with the tagger on at each of these gate thresholds (every language)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs of the 100,000-character document per round")
    parser.add_argument("--rounds", type=int, default=2, help="extra speed-only rounds, the sides in turn")
    parser.add_argument("--errors", type=Path, help="write each side's mismatches on the sets here (JSON)")
    args = parser.parse_args()

    from cronica.rhetoric.gold import load_gold, within_inventory

    sets = {path.name: load_gold(path) for path in args.sets}
    sets["history_paragraphs (neutral)"] = history_neutral()
    pan = pan_records(args.pan if args.pan and args.pan.is_dir() else None, args.pan_docs, args.pan_part)
    items = [{"id": g.id, "lang": g.lang, "text": g.text} for gold in sets.values() for g in gold]
    items += [{"id": r["id"], "lang": r["lang"], "text": r["text"]} for r in pan]
    ids = [item["id"] for item in items]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids across the sets")
    job = {
        "items": items,
        "warm": {"en": "The committee met in London in 1903.", "es": "El comité se reunió en Madrid en 1903."},
        "long": {lang: long_text(pan, lang) for lang in LANGS} if pan else {},
        "repeat": args.repeat,
    }
    job_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"rhetoric-before-after-{os.getpid()}.json"
    job_path.write_text(json.dumps(job), encoding="utf-8")
    sides = {
        "main": (args.baseline, {}),
        **({"main, tagger on": (args.baseline, {"rhetoric": {"tagger": True}})} if args.baseline_tagger else {}),
        "branch, tagger off": (ROOT / "src", {"rhetoric": {"tagger": False}}),
        "branch, tagger on": (ROOT / "src", {"rhetoric": {"tagger": True}}),
        **{
            f"branch, tagger at {value:g}": (ROOT / "src", {"rhetoric": {"tagger": True, "tagger_threshold": value}})
            for value in args.tagger_thresholds
        },
    }
    speed_path = job_path.with_suffix(".speed.json")
    speed_path.write_text(json.dumps({**job, "items": []}), encoding="utf-8")
    try:
        results = {}
        for name, (src, config) in sides.items():
            print(f"running {name} ({src}) ...", file=sys.stderr, flush=True)
            results[name] = run_side(src, config, job_path)
        for number in range(args.rounds if pan else 0):  # the long document again, the sides in turn
            for name, (src, config) in sides.items():
                print(f"speed round {number + 1}: {name} ...", file=sys.stderr, flush=True)
                for lang, runs in run_side(src, config, speed_path)["long"].items():
                    results[name]["long"][lang].extend(runs)
    finally:
        job_path.unlink(missing_ok=True)
        speed_path.unlink(missing_ok=True)

    print("## Spans (a flag matches a gold span it overlaps): P | R | neutral flagged\n")
    print("| set | lang | " + " | ".join(f"{name}: P | R | neutral" for name in sides) + " |")
    print("|---|---|" + "---|---|---|" * len(sides))
    mismatches = {}
    for set_name, gold in sets.items():
        for label, chosen in (("", gold), (" (in inventory)", within_inventory(gold))):
            if label and all(len(a.spans) == len(b.spans) for a, b in zip(gold, chosen, strict=True)):
                continue
            scored = {name: score(chosen, results[name]["items"]) for name in sides}
            for lang in [*LANGS, "all"]:
                row = []
                for name in sides:
                    by_lang = scored[name][0]
                    if lang != "all" and lang not in by_lang:
                        break
                    row.append(cells(total(by_lang) if lang == "all" else by_lang[lang]))
                    if not label:
                        mismatches.setdefault(name, {})[set_name] = scored[name][1]
                else:
                    print(f"| {set_name}{label} | {lang} | " + " | ".join(row) + " |")
    if args.errors:
        args.errors.write_text(json.dumps(mismatches, indent=1, ensure_ascii=False), encoding="utf-8")

    if pan:
        print("\n## PAN 2024 oppositional, training split (no spans of these techniques)\n")
        print(
            "| lang | class | docs | "
            + " | ".join(f"{name}: docs flagged | flags/1k chars | on a PAN span" for name in sides)
            + " |"
        )
        print("|---|---|---|" + "---|---|---|" * len(sides))
        for lang in LANGS:
            for category in ("CONSPIRACY", "CRITICAL"):
                chosen = [r for r in pan if r["lang"] == lang and r["category"] == category]
                chars = sum(len(r["text"]) for r in chosen)
                row = []
                for name in sides:
                    flagged = flags = on_span = 0
                    for record in chosen:
                        found = results[name]["items"][record["id"]]["flags"]
                        flagged += bool(found)
                        flags += len(found)
                        on_span += sum(
                            any(a["start_char"] < end and start < a["end_char"] for a in record["annotations"])
                            for start, end, *_ in found
                        )
                    row.append(f"{flagged / len(chosen):.1%} | {1000 * flags / chars:.2f} | {on_span}/{flags}")
                print(f"| {lang} | {category} | {len(chosen)} | " + " | ".join(row) + " |")

        print("\n## Speed of the rhetoric stage (seconds per 100,000 characters; parse for scale)\n")
        heads = " | ".join(f"{name}: rhetoric s | nlp s" for name in sides)
        print(f"| lang | measure | {heads} | tagger on / main |")
        print("|---|---|" + "---|---|" * len(sides) + "---|")
        for lang in LANGS:
            chosen = [r for r in pan if r["lang"] == lang]
            chars = sum(len(r["text"]) for r in chosen)
            per = {}
            for name in sides:
                timings = [results[name]["items"][r["id"]] for r in chosen]
                per[name] = (
                    1e5 * sum(t["rhetoric_s"] for t in timings) / chars,
                    1e5 * sum(t["nlp_s"] for t in timings) / chars,
                )
            row = " | ".join(f"{r:.2f} | {n:.2f}" for r, n in per.values())
            ratio = per["branch, tagger on"][0] / per["main"][0]
            print(f"| {lang} | {len(chosen)} PAN texts, {chars:,} chars | {row} | {ratio:.2f} |")
            per = {}
            for name in sides:
                runs = results[name]["long"][lang]
                scale = 1e5 / len(job["long"][lang])
                per[name] = (
                    scale * statistics.median(r[0] for r in runs),
                    scale * statistics.median(r[1] for r in runs),
                )
            row = " | ".join(f"{r:.2f} | {n:.2f}" for r, n in per.values())
            ratio = per["branch, tagger on"][0] / per["main"][0]
            runs = len(results["main"]["long"][lang])
            print(f"| {lang} | one {len(job['long'][lang]):,}-char text, median of {runs} | {row} | {ratio:.2f} |")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        worker_args = argparse.ArgumentParser()
        worker_args.add_argument("command")
        worker_args.add_argument("job", type=Path)
        worker_args.add_argument("--config", default="{}")
        parsed = worker_args.parse_args()
        worker(parsed.job, json.loads(parsed.config))
    else:
        main()
