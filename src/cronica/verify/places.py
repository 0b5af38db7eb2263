"""Places compared through the KB's "located in" hierarchy.

Historical names are not a concern here: Petrograd, Leningrad and Saint
Petersburg are one item, so once linked they compare equal. A city agrees with
its country either way round (the text may be vaguer or more precise than the
reference). Two places differ only when the KB rules out that one holds the other:

- they lie in different countries, neither of them a dissolved state (the USSR's or the
  Russian Empire's borders are not today's, and the KB gives places today's country);
- or both lie in the same country and the KB places both below it (P131): two places
  known only by their country could still hold each other (Stalin's dacha at Kuntsevo
  is in today's Moscow, but the KB may give it Russia only).

Anything else is "unknown": a place the KB cannot situate never contradicts.
"""

from __future__ import annotations

from typing import Literal

from cronica.verify.reference import ReferenceView

PlaceMatch = Literal["same", "within", "differs", "unknown"]


def compare_places(view: ReferenceView, claimed: str, reference: str) -> PlaceMatch:
    if claimed == reference:
        return "same"
    if view.within(reference, claimed) or view.within(claimed, reference):
        return "within"
    if not (view.situated(claimed) and view.situated(reference)):
        return "unknown"
    claimed_countries, reference_countries = view.countries(claimed), view.countries(reference)
    if not claimed_countries or not reference_countries:
        return "unknown"
    if any(view.is_dissolved(country) for country in claimed_countries | reference_countries):
        return "unknown"
    if not claimed_countries & reference_countries:
        return "differs"
    if view.placed_within_country(claimed) and view.placed_within_country(reference):
        return "differs"
    return "unknown"
