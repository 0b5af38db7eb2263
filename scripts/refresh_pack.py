"""Refresh the bundled pack against live Wikidata (needs the network; never run by tests or CI).

    .venv/bin/python scripts/refresh_pack.py --check                    # does Wikidata agree with the pack?
    .venv/bin/python scripts/refresh_pack.py --resolve-pending          # QIDs for the provisional items
    .venv/bin/python scripts/refresh_pack.py --resolve-pending --write  # ... swapped into the pack, rebuilt

Set CRONICA_CONTACT to an e-mail or URL first (Wikimedia's User-Agent policy). `--check`
only reports. `--resolve-pending` looks up every item whose id is still provisional
("cronica:lev-kamenev") and keeps a QID only when exactly one candidate with one of the
item's labels has its birth or inception year; with `--write` it swaps those QIDs into
entities.yaml (the item's id and every statement pointing at it; the former id stays in a
comment) and rebuilds pack.nt.gz. Review the diff before committing it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cronica.kb.base import KnowledgeBase
from cronica.kb.pack import build_pack, load_source, source_path
from cronica.kb.refresh import compare_pack, provisional_entities, resolve_pending, swap_ids


def check(online: KnowledgeBase) -> None:
    counts: dict[str, int] = {}
    for row in compare_pack(load_source(), online):
        counts[row.status] = counts.get(row.status, 0) + 1
        if row.status != "agrees":
            print(f"{row.status}\t{row.qid}\t{row.property}\tpack={row.pack_value}\twikidata={list(row.other_values)}")
    print(counts, file=sys.stderr)


def resolve(online: KnowledgeBase, source: Path, write: bool) -> dict[str, str]:
    """Print one line per provisional item; with `write`, swap the found QIDs into `source` and rebuild."""
    found: dict[str, str] = {}
    for resolution in resolve_pending(provisional_entities(load_source(source)), online):
        print(f"{resolution.key}\t{resolution.qid or '-'}\t{resolution.reason}")
        if resolution.qid:
            found[resolution.key] = resolution.qid
    if write and found:
        source.write_text(swap_ids(source.read_text(encoding="utf-8"), found), encoding="utf-8")
        target, lines = build_pack(source, source.with_name("pack.nt.gz"))
        print(f"swapped {len(found)} QIDs into {source}; rebuilt {target} ({lines} triples)", file=sys.stderr)
    return found


def main(argv: list[str] | None = None, online: KnowledgeBase | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare every pack statement with Wikidata")
    parser.add_argument("--resolve-pending", action="store_true", help="look up QIDs for the provisional items")
    parser.add_argument("--write", action="store_true", help="with --resolve-pending: swap them into the pack")
    parser.add_argument("--source", type=Path, default=None, help="the pack source (default: the bundled one)")
    args = parser.parse_args(argv)
    if not (args.check or args.resolve_pending):
        parser.print_help()
        return 2
    if online is None:
        from cronica.kb.wikidata import WikidataKB

        online = WikidataKB()
    if args.check:
        check(online)
    if args.resolve_pending:
        resolve(online, args.source or Path(source_path()), args.write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
