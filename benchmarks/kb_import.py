"""`cronica kb import` on a dump-shaped file of 1 GB or more: items/s for 1 and 2 Dask workers, peak memory.

    nice -n 10 .venv/bin/python benchmarks/kb_import.py                 # 1 GB gzip, everything
    nice -n 10 .venv/bin/python benchmarks/kb_import.py --size-mb 64    # a smoke run

A synthetic dump in the shape of Wikidata's `latest-all.json.gz` (a JSON array, one entity
a line, a comma after each) is generated into a temporary folder (never committed) and
deleted afterwards unless --keep. Entities follow the real dump's mix and format:
scholarly articles, humans, places, taxa and others, with labels, descriptions and
aliases in several languages, sitelinks, and statements with qualifiers and references
(item, time, string, monolingual text, quantity, URL values; ranks). A pool of distinct
entities is generated and re-emitted under new QIDs in random order, so the file grows
fast while gzip (32 KB window) sees no repetition. The gzip file is written as members
of about 1 MB, the way `bgzip` writes blocks, so it can be split.

Measured, in one run on the same file, each as `cronica kb import … --where P31=Q5` in a
fresh process (wall time including Dask start-up and the final merge; peak memory as the
largest sum of the resident sizes of the driver and its workers, sampled every 0.2 s):
- baseline: one stream in one process (`--split-size` larger than the file: no Dask);
- Dask LocalCluster with 1 worker and with 2 workers;
- memory flatness: 2 workers on the first quarter of the dump against the whole dump.
"""

from __future__ import annotations

import argparse
import bz2
import contextlib
import json
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import uuid
import zlib
from pathlib import Path

import psutil

CRONICA = Path(sys.executable).with_name("cronica")
GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
JULIAN = "http://www.wikidata.org/entity/Q1985786"
LANGS = ["en", "es", "fr", "de", "ru", "it", "pt", "nl", "pl", "uk", "ja", "zh", "ar", "sv", "ca"]
SYLLABLES = ["ka", "lo", "mi", "ne", "ra", "tov", "sky", "vich", "ev", "ina", "ber", "gon", "al", "dor", "ian",
             "mar", "tes", "vel", "zu", "ko", "an", "pe", "ri", "stro"]  # fmt: skip
#: share of each kind in the dump (Wikidata: about 40% scholarly articles, 10% humans)
KINDS = [("article", 0.40), ("human", 0.12), ("place", 0.18), ("taxon", 0.15), ("other", 0.15)]
MEMBER_BYTES = 1 << 20


def name(rnd: random.Random, words: int = 2) -> str:
    return " ".join("".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4))).title() for _ in range(words))


def qid(rnd: random.Random) -> str:
    return f"Q{rnd.randint(1, 120_000_000)}"


def item(value: str) -> dict:
    return {"value": {"entity-type": "item", "numeric-id": int(value[1:]), "id": value}, "type": "wikibase-entityid"}


def time_value(rnd: random.Random, year_from: int, year_to: int) -> dict:
    precision = rnd.choice([9, 10, 11, 11, 11])
    month = rnd.randint(1, 12) if precision >= 10 else 0
    day = rnd.randint(1, 28) if precision == 11 else 0
    calendar = JULIAN if rnd.random() < 0.1 else GREGORIAN
    year = rnd.randint(year_from, year_to)
    return {
        "value": {
            "time": f"+{year:04d}-{month:02d}-{day:02d}T00:00:00Z",
            "timezone": 0,
            "before": 0,
            "after": 0,
            "precision": precision,
            "calendarmodel": calendar,
        },
        "type": "time",
    }


def snak(rnd: random.Random, pid: str, datavalue: dict, datatype: str) -> dict:
    return {
        "snaktype": "value",
        "property": pid,
        "hash": f"{rnd.getrandbits(160):040x}",
        "datavalue": datavalue,
        "datatype": datatype,
    }


def reference(rnd: random.Random) -> dict:
    snaks = {"P248": [snak(rnd, "P248", item(rnd.choice(["Q328", "Q8449", "Q36578", "Q2013"])), "wikibase-item")]}
    if rnd.random() < 0.5:
        url = f"https://example.org/{rnd.getrandbits(40):x}"
        snaks["P854"] = [snak(rnd, "P854", {"value": url, "type": "string"}, "url")]
    snaks["P813"] = [snak(rnd, "P813", time_value(rnd, 2013, 2025), "time")]
    return {"hash": f"{rnd.getrandbits(160):040x}", "snaks": snaks, "snaks-order": list(snaks)}


def statement(rnd: random.Random, pid: str, mainsnak: dict, qualifiers: dict | None = None) -> dict:
    found = {
        "mainsnak": mainsnak,
        "type": "statement",
        "id": f"{{QID}}${uuid.UUID(int=rnd.getrandbits(128))}",
        "rank": rnd.choice(["normal"] * 12 + ["preferred", "deprecated"]),
    }
    if qualifiers:
        found["qualifiers"] = qualifiers
        found["qualifiers-order"] = list(qualifiers)
    if rnd.random() < 0.7:
        found["references"] = [reference(rnd) for _ in range(rnd.randint(1, 2))]
    return found


def item_claim(rnd: random.Random, pid: str, value: str | None = None, qualified: bool = False) -> dict:
    qualifiers = None
    if qualified and rnd.random() < 0.6:
        qualifiers = {"P580": [snak(rnd, "P580", time_value(rnd, 1850, 1990), "time")]}
        if rnd.random() < 0.6:
            qualifiers["P582"] = [snak(rnd, "P582", time_value(rnd, 1860, 2000), "time")]
        if rnd.random() < 0.3:
            qualifiers["P1366"] = [snak(rnd, "P1366", item(qid(rnd)), "wikibase-item")]
    return statement(rnd, pid, snak(rnd, pid, item(value or qid(rnd)), "wikibase-item"), qualifiers)


def time_claim(rnd: random.Random, pid: str, year_from: int, year_to: int) -> dict:
    return statement(rnd, pid, snak(rnd, pid, time_value(rnd, year_from, year_to), "time"))


def string_claim(rnd: random.Random, pid: str, text: str, datatype: str = "external-id") -> dict:
    return statement(rnd, pid, snak(rnd, pid, {"value": text, "type": "string"}, datatype))


def claims_of(rnd: random.Random, kind: str) -> dict[str, list[dict]]:
    claims: dict[str, list[dict]] = {}

    def add(pid: str, claim: dict) -> None:
        claims.setdefault(pid, []).append(claim)

    if kind == "article":
        add("P31", item_claim(rnd, "P31", "Q13442814"))
        title = name(rnd, rnd.randint(4, 9))
        title_value = {"value": {"text": title, "language": "en"}, "type": "monolingualtext"}
        add("P1476", statement(rnd, "P1476", snak(rnd, "P1476", title_value, "monolingualtext")))
        for _ in range(rnd.randint(1, 12)):
            add("P50", item_claim(rnd, "P50"))
        add("P577", time_claim(rnd, "P577", 1950, 2024))
        add("P1433", item_claim(rnd, "P1433"))
        add("P356", string_claim(rnd, "P356", f"10.{rnd.randint(1000, 9999)}/{rnd.getrandbits(48):x}"))
        for _ in range(rnd.randint(0, 15)):
            add("P2860", item_claim(rnd, "P2860"))
    elif kind == "human":
        add("P31", item_claim(rnd, "P31", "Q5"))
        add("P21", item_claim(rnd, "P21", rnd.choice(["Q6581097", "Q6581072"])))
        add("P569", time_claim(rnd, "P569", 1800, 1990))
        if rnd.random() < 0.7:
            add("P570", time_claim(rnd, "P570", 1850, 2024))
        for pid in ("P19", "P20", "P27", "P106", "P102", "P39", "P463", "P69", "P551", "P26", "P40", "P22"):
            for _ in range(rnd.choice([0, 0, 1, 1, 2, 3])):
                add(pid, item_claim(rnd, pid, qualified=pid in ("P27", "P102", "P39", "P463", "P551", "P26")))
        add("P214", string_claim(rnd, "P214", str(rnd.getrandbits(40))))
        add("P646", string_claim(rnd, "P646", f"/m/0{rnd.getrandbits(30):x}"))
    elif kind == "place":
        add("P31", item_claim(rnd, "P31", rnd.choice(["Q515", "Q532", "Q486972", "Q3957"])))
        add("P17", item_claim(rnd, "P17", qualified=True))
        add("P131", item_claim(rnd, "P131", qualified=True))
        coordinates = {"latitude": rnd.uniform(-80, 80), "longitude": rnd.uniform(-180, 180), "precision": 0.0001}
        add("P625", statement(rnd, "P625", snak(rnd, "P625", {"value": coordinates, "type": "globecoordinate"},
                                                "globe-coordinate")))  # fmt: skip
        for _ in range(rnd.randint(0, 4)):
            amount = {"amount": f"+{rnd.randint(100, 9_000_000)}", "unit": "1"}
            population = snak(rnd, "P1082", {"value": amount, "type": "quantity"}, "quantity")
            add("P1082", statement(rnd, "P1082", population, {"P585": [snak(rnd, "P585", time_value(rnd, 1900, 2020),
                                                                               "time")]}))  # fmt: skip
    elif kind == "taxon":
        add("P31", item_claim(rnd, "P31", "Q16521"))
        add("P225", string_claim(rnd, "P225", name(rnd, 2), "string"))
        add("P105", item_claim(rnd, "P105", "Q7432"))
        add("P171", item_claim(rnd, "P171"))
        for pid in ("P685", "P846", "P830", "P959"):
            add(pid, string_claim(rnd, pid, str(rnd.getrandbits(32))))
    else:
        add("P31", item_claim(rnd, "P31"))
        for _ in range(rnd.randint(1, 8)):
            pid = rnd.choice(["P279", "P361", "P527", "P17", "P1344", "P793", "P710"])
            add(pid, item_claim(rnd, pid, qualified=True))
        if rnd.random() < 0.5:
            add("P571", time_claim(rnd, "P571", 1500, 2020))
    return claims


def entity_template(rnd: random.Random) -> str:
    """One entity as a dump line, with `{QID}` where its id goes."""
    kind = rnd.choices([k for k, _ in KINDS], [w for _, w in KINDS])[0]
    richness = {"human": 12, "place": 10, "article": 2, "taxon": 4, "other": 5}[kind]
    langs = rnd.sample(LANGS, rnd.randint(1, richness))
    label = name(rnd, 2 if kind == "human" else rnd.randint(1, 3))
    entity = {
        "type": "item",
        "id": "{QID}",
        "labels": {lang: {"language": lang, "value": label} for lang in langs},
        "descriptions": {lang: {"language": lang, "value": f"{kind} {name(rnd, 2).lower()}"} for lang in langs},
        "aliases": {
            lang: [{"language": lang, "value": name(rnd, 2)} for _ in range(rnd.randint(1, 3))]
            for lang in langs[: rnd.randint(0, 3)]
        },
        "claims": claims_of(rnd, kind),
        "sitelinks": {
            f"{lang}wiki": {"site": f"{lang}wiki", "title": label, "badges": []}
            for lang in langs[: rnd.randint(0, len(langs))]
        }
        if kind != "article"
        else {},
        "lastrevid": rnd.randint(10**8, 2 * 10**9),
    }
    return json.dumps(entity, ensure_ascii=False, separators=(",", ":"))


class GzipMembers:
    """Writes gzip members of about MEMBER_BYTES of JSON each, the way `bgzip` writes blocks."""

    def __init__(self, handle) -> None:
        self.handle = handle

    def write(self, data: bytes) -> None:
        self.handle.write(_gzip(data))

    def close(self) -> None:
        pass


class Bzip2Stream:
    """One bzip2 stream of 900 kB blocks, the way `bzip2` and `lbzip2` write Wikimedia's dumps."""

    def __init__(self, handle) -> None:
        self.handle = handle
        self.compressor = bz2.BZ2Compressor(9)

    def write(self, data: bytes) -> None:
        self.handle.write(self.compressor.compress(data))

    def close(self) -> None:
        self.handle.write(self.compressor.flush())


WRITERS = {"gzip": GzipMembers, "bz2": Bzip2Stream}


def write_part(task: tuple[int, int, int, str, str]) -> tuple[int, int]:
    """One part of the dump: `count` entities from the pool, compressed; (entities, raw bytes)."""
    seed, count, first_id, target, compression = task
    rnd = random.Random(seed)
    pool = [entity_template(rnd) for _ in range(2000)]
    written = raw = size = 0
    buffer: list[str] = []
    with open(target, "wb") as handle:
        writer = WRITERS[compression](handle)
        for n in range(count):
            line = rnd.choice(pool).replace("{QID}", f"Q{first_id + n}") + ",\n"
            buffer.append(line)
            size += len(line)
            written += 1
            if size >= MEMBER_BYTES or n == count - 1:
                data = "".join(buffer).encode()
                raw += len(data)
                writer.write(data)
                buffer, size = [], 0
        writer.close()
    return written, raw


def generate(folder: Path, size_mb: int, processes: int, compression: str = "gzip") -> tuple[Path, int, int]:
    """The dump, its entity count and its uncompressed size; about `size_mb` MB compressed."""
    probe = folder / "probe"
    entities, _ = write_part((0, 4000, 1, str(probe), compression))
    per_mb = entities / (probe.stat().st_size / 1e6)
    probe.unlink()
    total = int(per_mb * size_mb * 1.02)
    parts = max(processes, 8)
    tasks = [
        (seed, total // parts, 1 + seed * (total // parts), str(folder / f"part{seed:03d}"), compression)
        for seed in range(parts)
    ]
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        results = pool.map(write_part, tasks)
    dump = folder / f"latest-all.json.{'gz' if compression == 'gzip' else 'bz2'}"
    wrap = _gzip if compression == "gzip" else bz2.compress
    with open(dump, "wb") as out:
        out.write(wrap(b"[\n"))
        for *_, path, _ in tasks:
            with open(path, "rb") as part:
                shutil.copyfileobj(part, out, 1 << 20)
            os.unlink(path)
        out.write(wrap(b"]\n"))
    return dump, sum(r[0] for r in results), sum(r[1] for r in results)


def _gzip(data: bytes) -> bytes:
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    return compressor.compress(data) + compressor.flush()


def prefix(dump: Path, fraction: float) -> Path:
    """The first members (gzip) or streams (bz2) of the dump, about `fraction` of it: a valid file."""
    target = dump.with_name(f"quarter-{dump.name}")  # beside the dump; removed after its run
    limit = dump.stat().st_size * fraction
    is_gzip = dump.suffix == ".gz"
    with open(dump, "rb") as source, open(target, "wb") as out:
        while out.tell() < limit:
            start = source.tell()
            inflater = zlib.decompressobj(31) if is_gzip else bz2.BZ2Decompressor()
            while not inflater.eof:
                block = source.read(1 << 16)
                if not block:
                    break
                inflater.decompress(block)
            end = source.tell() - len(inflater.unused_data)
            source.seek(start)
            out.write(source.read(end - start))
            if not inflater.eof:
                break
        out.write(_gzip(b"]\n") if is_gzip else bz2.compress(b"]\n"))
    return target


class PeakMemory:
    """Largest sum of resident sizes of a process and all its descendants."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.peak_total = 0
        self.peak_single = 0
        self.cpu: dict[int, float] = {}  # pid -> latest user+system seconds seen
        self.running = True
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def _sample(self) -> None:
        while self.running:
            try:
                processes = [self.root, *self.root.children(recursive=True)]
                sizes = []
                for process in processes:
                    with contextlib.suppress(psutil.Error):  # a process that just ended
                        sizes.append(process.memory_info().rss)
                        times = process.cpu_times()
                        self.cpu[process.pid] = times.user + times.system
                self.peak_total = max(self.peak_total, sum(sizes))
                self.peak_single = max(self.peak_single, max(sizes, default=0))
            except psutil.Error:
                pass
            time.sleep(0.2)

    def stop(self) -> None:
        self.running = False
        self.thread.join()


def run_import(dump: Path, out: Path, workers: int, split: str) -> dict:
    command = [
        str(CRONICA), "kb", "import", str(dump), "--where", "P31=Q5", "-o", str(out),
        "--workers", str(workers), "--split-size", split,
    ]  # fmt: skip
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    memory = PeakMemory(process.pid)
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    memory.stop()
    if process.returncode != 0:
        sys.exit(f"import failed: {stderr}")
    found = re.search(r"read (\d+) lines, (\d+) entities; kept (\d+) \((\d+) triples\)", stdout)
    if not found:
        sys.exit(f"unexpected output: {stdout}")
    entities, kept = int(found.group(2)), int(found.group(3))
    out.unlink()
    return {
        "seconds": round(seconds, 1),
        "entities": entities,
        "kept": kept,
        "triples": int(found.group(4)),
        "items_per_s": round(entities / seconds),
        "cpu_seconds": round(sum(memory.cpu.values()), 1),
        "items_per_cpu_s": round(entities / max(sum(memory.cpu.values()), 1e-9)),
        "cores_obtained": round(sum(memory.cpu.values()) / seconds, 2),
        "peak_rss_total_mib": round(memory.peak_total / 2**20),
        "peak_rss_largest_process_mib": round(memory.peak_single / 2**20),
    }


def median_run(runs: list[dict]) -> dict:
    """The run with the median wall time, with every run's items/s beside it."""
    ordered = sorted(runs, key=lambda run: run["seconds"])
    return ordered[len(ordered) // 2] | {"items_per_s_each_run": [run["items_per_s"] for run in runs]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=1024, help="compressed size of the dump (default 1024)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to generate (default: a temp folder)")
    parser.add_argument("--dump", type=Path, default=None, help="reuse a dump generated before with --keep")
    parser.add_argument("--keep", action="store_true", help="keep the generated dump")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each Dask setting, interleaved (1, 2, 1, 2…)")
    parser.add_argument("--split-size", default="64M")
    parser.add_argument("--compression", choices=sorted(WRITERS), default="gzip")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="cronica-kb-import-", dir=args.workdir))
    try:
        started = time.perf_counter()
        if args.dump:
            dump, entities, raw = args.dump, None, None
        else:
            dump, entities, raw = generate(folder, args.size_mb, processes=2, compression=args.compression)
            print(
                f"generated {dump} in {time.perf_counter() - started:.0f} s: {dump.stat().st_size / 1e9:.3f} GB "
                f"compressed, {raw / 1e9:.2f} GB of JSON, {entities} entities",
                file=sys.stderr,
            )
        quarter = prefix(dump, 0.25)
        out = folder / "out.nt.gz"
        results: dict[str, dict] = {"dump": {"bytes": dump.stat().st_size, "json_bytes": raw, "entities": entities}}
        results["one stream, no Dask"] = run_import(dump, out, 1, "1000G")
        runs: dict[int, list[dict]] = {1: [], 2: []}
        for _ in range(args.repeat):
            for workers in (1, 2):
                runs[workers].append(run_import(dump, out, workers, args.split_size))
                print(f"{workers} worker(s): {runs[workers][-1]}", file=sys.stderr)
        results["Dask, 1 worker"] = median_run(runs[1])
        results["Dask, 2 workers"] = median_run(runs[2])
        results["Dask, 2 workers, first quarter"] = run_import(quarter, out, 2, args.split_size) | {
            "bytes": quarter.stat().st_size
        }
        quarter.unlink()
        print(json.dumps(results, indent=2))
        base = results["Dask, 1 worker"]["items_per_s"]
        print(
            "\n| run | entities | s | items/s | vs 1 worker | CPU s | cores obtained | items/CPU s "
            "| peak RSS, all (MiB) | largest |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for label, row in results.items():
            if label == "dump":
                continue
            print(
                f"| {label} | {row['entities']:,} | {row['seconds']} | {row['items_per_s']:,} | "
                f"{row['items_per_s'] / base:.2f} | {row['cpu_seconds']} | {row.get('cores_obtained', '')} | "
                f"{row['items_per_cpu_s']:,} | "
                f"{row['peak_rss_total_mib']} | "
                f"{row['peak_rss_largest_process_mib']} |"
            )
    finally:
        if args.keep:
            print(f"kept {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
