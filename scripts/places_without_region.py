"""List the birth and death places of the pack's people that the KB does not place below their country.

The place rule (docs/verify.md "Places") proves two places of one country differ only when the KB places both
below the country (P131): a person's birth or death place without one never contradicts a wrong city of its
country. Run: .venv/bin/python scripts/places_without_region.py
"""

from __future__ import annotations

from collections import defaultdict

from cronica.kb.pack import load_source
from cronica.kb.registry import open_kb


def main() -> None:
    kb = open_kb()
    people: dict[str, list[str]] = defaultdict(list)
    for item in load_source()["entities"]:
        for pid in ("P19", "P20"):
            for statement in kb.statements(item["id"], pid):
                people[str(statement.value)].append(f"{kb.label(item['id'], 'en')} ({pid})")
    rows = sorted(people.items(), key=lambda row: -len(row[1]))
    for place, who in rows:
        if kb.statements(place, "P131"):
            continue
        countries = ", ".join(str(s.value) for s in kb.statements(place, "P17")) or "no country"
        print(f"{len(who):3d}  {kb.label(place, 'en') or place} [{place}; {countries}]: {'; '.join(who)}")


if __name__ == "__main__":
    main()
