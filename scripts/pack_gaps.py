"""List the people of sourced coverage lists (scripts/coverage_lists.yaml) the bundled pack lacks.

Why: issue 14 asks for whole groups (the Politburo, the People's Commissars, the Comintern's heads); a list
read from a page, compared with the pack's labels and aliases, says which members are still missing, so the
next wave fills the largest gap first. A name counts as present when any of its "|" alternatives is a label or
alias of some pack item (the comparison uses the linker's alias keys: case and accents do not matter).

    .venv/bin/python scripts/pack_gaps.py [--lists scripts/coverage_lists.yaml]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import yaml

from cronica.kb.normalize import alias_key

ROOT = Path(__file__).resolve().parent.parent
PACK = ROOT / "src/cronica/kb/packs/russia_1890_1953/entities.yaml"


@dataclass(frozen=True)
class Gap:
    """One sourced list and the members the pack lacks."""

    name: str
    source: str
    total: int
    missing: tuple[str, ...]


def pack_names(path: Path = PACK) -> set[str]:
    """The alias keys of every label and alias in the pack's source."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    keys: set[str] = set()
    for entity in data["entities"]:
        for text in (entity.get("label") or {}).values():
            keys.add(alias_key(text))
        for texts in (entity.get("aliases") or {}).values():
            keys.update(alias_key(text) for text in texts or [])
    return keys


def gaps(lists_path: Path, names: set[str]) -> list[Gap]:
    """Each list with its members none of whose alternatives the pack names."""
    found = []
    for entry in yaml.safe_load(lists_path.read_text(encoding="utf-8"))["lists"]:
        members = [str(m) for m in entry["names"]]
        missing = tuple(m for m in members if not any(alias_key(alt) in names for alt in m.split("|")))
        found.append(Gap(entry["name"], entry["source"], len(members), missing))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=Path, default=ROOT / "scripts/coverage_lists.yaml")
    args = parser.parse_args()
    for gap in sorted(gaps(args.lists, pack_names()), key=lambda g: -len(g.missing)):
        print(f"{len(gap.missing)}/{gap.total} missing: {gap.name}\n  source: {gap.source}")
        for member in gap.missing:
            print(f"  - {member}")


if __name__ == "__main__":
    main()
