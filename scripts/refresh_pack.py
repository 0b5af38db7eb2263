"""Refresh the bundled pack against live Wikidata (needs the network; never run by tests or CI).

    .venv/bin/python scripts/refresh_pack.py --check            # does Wikidata agree with the pack?
    .venv/bin/python scripts/refresh_pack.py --resolve-pending  # QIDs for the entries of pending.yaml

Set CRONICA_CONTACT to an e-mail or URL first (Wikimedia's User-Agent policy). The script
prints a report; it never edits the pack. Apply what you have checked to entities.yaml,
then run `cronica kb build`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from cronica.kb.pack import load_source, source_path
from cronica.kb.refresh import compare_pack, resolve_pending
from cronica.kb.wikidata import WikidataKB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare every pack statement with Wikidata")
    parser.add_argument("--resolve-pending", action="store_true", help="look up QIDs for pending.yaml")
    args = parser.parse_args()
    online = WikidataKB()
    if args.check:
        counts: dict[str, int] = {}
        for row in compare_pack(load_source(), online):
            counts[row.status] = counts.get(row.status, 0) + 1
            if row.status != "agrees":
                print(
                    f"{row.status}\t{row.qid}\t{row.property}\tpack={row.pack_value}\twikidata={list(row.other_values)}"
                )
        print(counts, file=sys.stderr)
    if args.resolve_pending:
        pending_path = Path(source_path()).with_name("pending.yaml")
        pending = yaml.safe_load(pending_path.read_text(encoding="utf-8"))["pending"]
        for resolution in resolve_pending(pending, online):
            print(f"{resolution.key}\t{resolution.qid or '-'}\t{resolution.reason}")
    if not (args.check or args.resolve_pending):
        parser.print_help()
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
