"""Assemble the real-world verification set into a runnable truth-gold file.

    python scripts/build_realworld_verify.py -o out/realworld.yaml
    python scripts/build_realworld_verify.py --texts-dir DIR -o out/realworld.yaml
    python scripts/build_realworld_verify.py --fetch      # re-download missing passages (needs the network)
    python scripts/build_realworld_verify.py --set realworld2 -o out/realworld2.yaml   # the second set
    python scripts/build_realworld_verify.py --set realworld3 -o out/realworld3.yaml   # the third set
    python scripts/build_realworld_verify.py --set realworld4 -o out/realworld4.yaml   # the fourth set

tests/data/verify/<set>/gold.yaml (--set, default realworld) holds the claims of every item but not every text:
texts whose licence allows it are in tests/data/verify/<set>/texts/, the others are
read from --texts-dir (default $CRONICA_REALWORLD_TEXTS, else /work/cache/realworld-verify for the
first set, /work/cache/realworld-verify2 for realworld2, /work/cache/realworld-verify3 for realworld3,
/work/cache/realworld-verify4 for realworld4).

An item whose text is missing or whose sha256 differs from the gold is skipped with a
message; the output is the truth-gold format that `cronica eval verify` reads.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections.abc import Callable
from pathlib import Path

import yaml

VERIFY_DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "verify"
REALWORLD_DIR = VERIFY_DATA / "realworld"
# the real-world sets this script knows, each a folder of VERIFY_DATA, with where its out-of-repository texts live
SETS = {
    "realworld": Path("/work/cache/realworld-verify"),
    "realworld2": Path("/work/cache/realworld-verify2"),
    "realworld3": Path("/work/cache/realworld-verify3"),
    "realworld4": Path("/work/cache/realworld-verify4"),
}
# keys of a gold item that only say where its text lives and under what licence; the runnable set drops them
LOCATION_KEYS = ("text_file", "sha256", "starts", "ends", "licence")


def passage_of(raw: str) -> str:
    """The passage a text file holds: line endings normalized, outer whitespace stripped."""
    return raw.replace("\r\n", "\n").strip()


def sha256_of(passage: str) -> str:
    return hashlib.sha256(passage.encode("utf-8")).hexdigest()


def find_text(name: str, dirs: list[Path]) -> Path | None:
    for directory in dirs:
        path = directory / name
        if path.is_file():
            return path
    return None


def assemble(gold: dict, dirs: list[Path]) -> tuple[dict, list[str]]:
    """The runnable set (items with `text:`) and one message per skipped item."""
    items, skipped = [], []
    for item in gold.get("items", []):
        path = find_text(item["text_file"], dirs)
        if path is None:
            skipped.append(f"{item['id']}: text {item['text_file']} not found (try --fetch)")
            continue
        text = passage_of(path.read_text(encoding="utf-8"))
        if sha256_of(text) != item["sha256"]:
            skipped.append(f"{item['id']}: {path} differs from the gold passage (sha256 mismatch)")
            continue
        lost = [claim["span"] for claim in item.get("claims", []) if claim["span"] not in text]
        if lost:
            skipped.append(f"{item['id']}: claim span not in the text: {lost[0]!r}")
            continue
        runnable = {key: value for key, value in item.items() if key not in LOCATION_KEYS and key != "claims"}
        runnable["text"] = text
        runnable["claims"] = [_with_correct(claim) for claim in item.get("claims", [])]
        items.append(runnable)
    return {"set": gold.get("set", "realworld"), "items": items}, skipped


def _with_correct(claim: dict) -> dict:
    """The claim with an explicit `correct` after `truth` (null unless false), as the format shows it."""
    out = {}
    for key, value in claim.items():
        if key != "correct":
            out[key] = value
        if key == "truth":
            out["correct"] = claim.get("correct")
    out.setdefault("correct", claim.get("correct"))
    return out


def cut_passage(page: str, starts: str, ends: str) -> str | None:
    """The stretch of a page text from the passage's first words to its last ones."""
    begin = page.find(starts)
    if begin < 0:
        return None
    end = page.find(ends, begin)
    if end < 0:
        return None
    return passage_of(page[begin : end + len(ends)])


def download_text(url: str) -> str | None:
    """The main text of a live page, extracted the way cronica ingests HTML."""
    import trafilatura

    markup = trafilatura.fetch_url(url)
    if markup is None:
        return None
    return trafilatura.extract(markup, include_comments=False, include_tables=False, favor_recall=True)


def fetch_missing(gold: dict, dirs: list[Path], target: Path, download: Callable[[str], str | None]) -> list[str]:
    """Re-download the passages no directory holds; keep only those whose sha256 matches."""
    messages = []
    target.mkdir(parents=True, exist_ok=True)
    for item in gold.get("items", []):
        if find_text(item["text_file"], dirs) is not None:
            continue
        page = download(item["url"])
        passage = cut_passage(page, item["starts"], item["ends"]) if page else None
        if passage is None:
            messages.append(f"{item['id']}: passage not found at {item['url']}")
        elif sha256_of(passage) != item["sha256"]:
            candidate = target / (item["text_file"] + ".fetched")
            candidate.write_text(passage + "\n", encoding="utf-8")
            messages.append(f"{item['id']}: the page changed (sha256 mismatch); candidate kept in {candidate}")
        else:
            (target / item["text_file"]).write_text(passage + "\n", encoding="utf-8")
            messages.append(f"{item['id']}: fetched")
    return messages


class _BlockDumper(yaml.SafeDumper):
    """Multi-line texts as literal blocks, so the assembled set stays readable."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _represent_str)


def default_texts_dir(set_name: str) -> Path:
    """Where a set's out-of-repository passages live unless --texts-dir says otherwise."""
    if "CRONICA_REALWORLD_TEXTS" in os.environ:
        return Path(os.environ["CRONICA_REALWORLD_TEXTS"])
    return SETS[set_name]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", dest="set_name", choices=sorted(SETS), default="realworld", help="which real-world set to build"
    )
    parser.add_argument("--gold", type=Path, help="a gold file to build instead (default: the --set's gold.yaml)")
    parser.add_argument("--texts-dir", type=Path, help="folder of the passages kept out of the repository")
    parser.add_argument("--fetch", action="store_true", help="re-download missing passages into --texts-dir (network)")
    parser.add_argument("-o", "--output", type=Path, help="where to write the runnable set (default: stdout)")
    args = parser.parse_args(argv)
    args.gold = args.gold or VERIFY_DATA / args.set_name / "gold.yaml"
    args.texts_dir = args.texts_dir or default_texts_dir(args.set_name)
    gold = yaml.safe_load(args.gold.read_text(encoding="utf-8"))
    dirs = [args.gold.parent / "texts", args.texts_dir]
    if args.fetch:
        for message in fetch_missing(gold, dirs, args.texts_dir, download_text):
            print(message, file=sys.stderr)
    runnable, skipped = assemble(gold, dirs)
    for message in skipped:
        print(f"skipped {message}", file=sys.stderr)
    dumped = yaml.dump(runnable, Dumper=_BlockDumper, allow_unicode=True, sort_keys=False, width=120)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(dumped, encoding="utf-8")
    else:
        sys.stdout.write(dumped)
    print(f"{len(runnable['items'])} items assembled, {len(skipped)} skipped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
