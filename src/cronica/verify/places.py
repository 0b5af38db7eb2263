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

**By date** (`when`: the dates of the reference's event, a birth for a birthplace): a country's
name said of the past may mean the state that held the place then. The reading only widens:
the state the text names held the place at that date ("born in the Russian Empire", Yanovka
in 1879) agrees; a country whose name may then have meant such a state ("born in Russia" in
1879: the Russian Empire; "died in Russia" in 1937, in Tbilisi: the Soviet Union, which Russia
continues) is no longer a difference, only "unknown". It never turns agreement into difference. Said
after a city ("Gori, Russia", 1878: `region_of_place`) the same reading holds the city: the city is the place
claimed, and the country only situates it, by the name of the event's date or of today.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from cronica.verify.dates import PartialDate
from cronica.verify.reference import Fact, ReferenceView

#: "within": the reference's place lies in the text's (the text is vaguer); "wider": the text's place lies in the
#: reference's (the reference is vaguer: an agreement that checked only the wider place)
PlaceMatch = Literal["same", "within", "wider", "differs", "unknown"]
#: a region the text gives a place ("Gori, Georgia") against the KB: it holds the place (today or at the event's
#: date), the KB's containment excludes it, or that cannot be told
RegionMatch = Literal["holds", "excluded", "unknown"]


def region_of_place(view: ReferenceView, place: str, region: str, when: Sequence[PartialDate] = ()) -> RegionMatch:
    """Does `region` (the unit the text names after the place) hold `place`? By the same rules as two places:
    it holds the place when the KB puts the place in it today or at the event's date ("Gori, Russian Empire" of
    1878); it is excluded only when the KB situates both and neither holds the other (another country, or two
    regions the KB places below one country); a country of today that continues the state that held the place
    then holds it too ("Yanovka, Russia" in 1879: the Russian Empire; issue 13, 13c); a region inside the place or one
    the KB cannot situate is "unknown". A dissolved state holds a place
    the KB gives no state of the event's date when the place's country continues that state then ("Nizhny
    Novgorod, Russian Empire" in 1885)."""
    match = compare_places(view, region, place, when)
    if match in ("same", "within"):
        return "holds"
    if match == "differs":
        return "excluded"
    # "Gori, Russia" (1878), "Kishinev (Rusia)" (1896): a country named after a city only situates it, and writers
    # call the state of the event's date by the name of the country that continues it today (`names_then`:
    # Russia continues the Soviet Union and the Russian Empire); a dissolved state's name never meant an older
    # one ("Yanovka, USSR" of 1879 stays unknown)
    if when and not view.is_dissolved(region) and view.names_then(region, when) & view.states_then(place, when):
        return "holds"
    # "Nizhni Nóvgorod, en el Imperio ruso" (1885): the KB gives the city no state of that date, but the state its
    # country continues existed then ("Russia" of 1885: the Russian Empire, `names_then`)
    if (
        match == "unknown"
        and when
        and view.is_dissolved(region)
        and not view.states_then(place, when)
        and any(region in view.names_then(country, when) for country in view.countries(place))
    ):
        return "holds"
    return "unknown"


def containment_facts(view: ReferenceView, place: str) -> list[Fact]:
    """The statements that situate `place` (its "located in" chain and its countries today): a region's proof."""
    facts: list[Fact] = []
    current: str | None = place
    for _ in range(6):
        if current is None:
            break
        facts += [f for f in view.facts(current, "P17") if not f.qualifier("P582")]
        above = [f for f in view.facts(current, "P131") if isinstance(f.value, str)]
        facts += above[:1]
        current = str(above[0].value) if above else None
    return facts


def containing_chain(view: ReferenceView, place: str) -> list[str]:
    """The units the KB puts `place` in, innermost first: its "located in" (P131) chain, then its countries today."""
    chain: list[str] = []
    current = place
    for _ in range(6):
        above = [f.value for f in view.facts(current, "P131") if isinstance(f.value, str) and f.value not in chain]
        if not above:
            break
        current = above[0]
        chain.append(current)
    chain += sorted(c for c in view.countries(place) if c not in chain and c != place)
    return chain


def compare_places(view: ReferenceView, claimed: str, reference: str, when: Sequence[PartialDate] = ()) -> PlaceMatch:
    match = _compare_today(view, claimed, reference)
    if match in ("same", "within", "wider") or not when:
        return match
    then = _compare_then(view, claimed, reference, when)
    return then or match


def _compare_then(view: ReferenceView, claimed: str, reference: str, when: Sequence[PartialDate]) -> PlaceMatch | None:
    """The reading at the event's date, in either direction: "within" when the state one side names
    held the other place then, "unknown" when a state its name may then have meant did."""
    for country, place in ((claimed, reference), (reference, claimed)):
        states = view.states_then(place, when)
        if not states:
            continue
        if country in states:
            return "within" if country == claimed else "wider"
        if view.names_then(country, when) & states:
            return "unknown"
    return None


def _compare_today(view: ReferenceView, claimed: str, reference: str) -> PlaceMatch:
    if claimed == reference:
        return "same"
    if view.within(reference, claimed):
        return "within"
    if view.within(claimed, reference):
        return "wider"
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
