"""Places compared through the KB's "located in" hierarchy.

Historical names are not a concern here: Petrograd, Leningrad and Saint
Petersburg are one item, so once linked they compare equal. A city agrees with
its country either way round (the text may be vaguer or more precise than the
reference). Two places differ only when the KB knows where both lie and neither
contains the other: a place the KB cannot situate never contradicts.
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
    if view.situated(claimed) and view.situated(reference):
        return "differs"
    return "unknown"
