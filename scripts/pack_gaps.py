"""List the people of sourced coverage lists (scripts/coverage_lists.yaml) the bundled pack lacks.

Why: issue 14 asks for whole groups (the Politburo, the People's Commissars, the Comintern's heads); a list
read from a page, compared with the pack's labels and aliases, says which members are still missing, so the
next wave fills the largest gap first. A name counts as present when any of its "|" alternatives is a label or
alias of some pack item (the comparison uses the linker's alias keys: case and accents do not matter). A list may
also name the facts (`facts: [P569, P570]`) each member present should hold: the members whose item lacks one are
reported too (a family member in the pack without a birth or death date is a gap a text can still fall into).

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
    lacking: tuple[tuple[str, str], ...] = ()  # (member, property) pairs: present, but without that fact


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


def pack_claims(path: Path = PACK) -> dict[str, set[str]]:
    """The properties each alias key's items state (a key several items share gets the union: a name is
    reported as lacking a fact only when no item it may name holds it)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found: dict[str, set[str]] = {}
    for entity in data["entities"]:
        props = set(entity.get("claims") or {})
        texts = list((entity.get("label") or {}).values())
        for aliases in (entity.get("aliases") or {}).values():
            texts.extend(aliases or [])
        for text in texts:
            found.setdefault(alias_key(text), set()).update(props)
    return found


def gaps(lists_path: Path, names: set[str], claims: dict[str, set[str]] | None = None) -> list[Gap]:
    """Each list with its members none of whose alternatives the pack names, and (for a list with `facts:`)
    the members present whose items lack one of those facts."""
    found = []
    for entry in yaml.safe_load(lists_path.read_text(encoding="utf-8"))["lists"]:
        members = [str(m) for m in entry["names"]]
        missing = tuple(m for m in members if not any(alias_key(alt) in names for alt in m.split("|")))
        lacking: list[tuple[str, str]] = []
        held_by = claims if claims is not None else {}
        for member in (m for m in members if m not in missing and claims is not None):
            held: set[str] = set().union(*(held_by.get(alias_key(alt), set()) for alt in member.split("|")))
            lacking.extend((member, pid) for pid in entry.get("facts") or [] if pid not in held)
        found.append(Gap(entry["name"], entry["source"], len(members), missing, tuple(lacking)))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=Path, default=ROOT / "scripts/coverage_lists.yaml")
    args = parser.parse_args()
    for gap in sorted(gaps(args.lists, pack_names(), pack_claims()), key=lambda g: (-len(g.missing), -len(g.lacking))):
        print(f"{len(gap.missing)}/{gap.total} missing: {gap.name}\n  source: {gap.source}")
        for member in gap.missing:
            print(f"  - {member}")
        for member, pid in gap.lacking:
            print(f"  ~ {member}: no {pid}")


if __name__ == "__main__":
    main()
