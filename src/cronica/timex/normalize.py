"""Normalizing matches to TIMEX3: type, value, mod, and the reference time they were resolved against.

`ReferenceTime` tracks what relative and underspecified expressions resolve
against, deciding **per expression**:

* deictic expressions ("ayer", "last year", "hace tres años", "next Monday")
  resolve against the document creation time (DCT) when there is one;
* anaphoric expressions ("al año siguiente", "the next day", "two years later")
  resolve against the text's own most recent date of the granularity they need
  ("two days later" needs a day, "en enero" a year), falling back to the DCT;
* underspecified ones ("en mayo", "el 10 de julio", "on Friday") resolve against
  whichever the text supports: the DCT while the text reports on its own time,
  the story's dates once the text's explicit dates lie mostly far from the DCT (a
  history article with a publication date: `STORY_MARGIN`).

The mode can be forced: **news** sends every deictic and underspecified
expression to the DCT, **narrative** ignores the DCT.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from cronica.timex.calendars import dual_month, dual_reading, movable_date
from cronica.timex.matchers import MIN_YEAR, YearValue, valid_date
from cronica.timex.patterns import Match, Slot
from cronica.timex.values import (
    DAY,
    DURATION_UNITS,
    MONTH,
    SEASON_START_MONTH,
    YEAR,
    Point,
    add_days,
    add_months,
    add_years,
    format_duration,
    format_point,
    format_year,
    iso_week,
    weekday_near,
)

NEWS, NARRATIVE, AUTO = "news", "narrative", "auto"
MODES = (AUTO, NEWS, NARRATIVE)
#: how an expression finds its reference time
DEICTIC, ANAPHORIC, CONTEXTUAL = "deictic", "anaphoric", "contextual"
#: an explicit year this close to the DCT's is the text's own time ("near"), farther is a story ("far")
NEAR_YEARS = 1
#: with a DCT, a weekday takes the story's day only that close to it (characters); else the DCT's week
STORY_DAY_REACH = 400
#: a text with a DCT is read as a story once its far dates outnumber its near ones by this much
#: (news mentions a past year or two in passing; a history article dates nearly every sentence)
STORY_MARGIN = 2
HISTORY_SIZE = 32
#: "a decade later" moves ten years: offsets in multiple units are counted in their base unit
_OFFSET_UNITS = {"DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "5Y": ("Y", 5), "2Y": ("Y", 2),
                 "Q": ("M", 3), "HY": ("M", 6)}  # fmt: skip
#: a calendar unit as the TIMEX3 pattern of every one of its periods ("per day": XXXX-XX-XX)
_CALENDAR_PATTERNS = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}
#: offsets in these units have no clock time to count from: their length is given
_CLOCK_UNITS = frozenset({"H", "MIN", "S"})
#: timezone values (lexicon `timezone`) that name UTC itself; other zones keep local time
_UTC_ZONES = frozenset({"GMT", "UTC"})
_UNIT_GRANULARITY = {"Y": YEAR, "DE": YEAR, "CE": YEAR, "Q": MONTH, "HY": MONTH, "M": MONTH, "W": DAY, "D": DAY,
                     "WE": DAY}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Anchor:
    point: Point
    source: str  # a timex id or "dct"
    end: int = -1  # where the anchoring timex ends in the text (-1 for the DCT)
    part: str | None = None  # the part of its year a quarter, half or season names ("Q3")


@dataclass(frozen=True, slots=True)
class Resolution:
    type: str
    value: str
    mod: str | None = None
    anchor: str | None = None
    point: Point | None = None  # what later expressions may resolve against
    start: int | None = None  # a sub-span, when one match yields several timexes
    end: int | None = None
    calendar: str | None = None  # "julian" / "gregorian" when the text names the calendar
    part: str | None = None  # a quarter, half or season of `point`'s year ("Q3")
    shifted: bool = False  # a period moved from the report's ("a year earlier"): not the report's period


class ReferenceTime:
    """The reference times a document offers, updated as its dates are read in order."""

    def __init__(self, mode: str, dct: Point | None) -> None:
        self.mode = mode
        self.dct = Anchor(dct, "dct") if dct and mode != NARRATIVE else None
        self.history: list[Anchor] = []
        self._near = 0  # explicit dates close to the DCT and expressions resolved against it
        self._far = 0  # explicit dates far from the DCT
        self._period: str | None = None  # the quarter or half a report is about ("Q3")
        self._period_year: int | None = None

    def find(self, need: int, how: str, at: int | None = None) -> Anchor | None:
        """The anchor for an expression that needs granularity `need`, found the way `how` says
        (DEICTIC, ANAPHORIC or CONTEXTUAL); `at`: where the expression starts, for a weekday."""
        if self.dct is not None and (how == DEICTIC or (how == CONTEXTUAL and not self.story_frame())):
            self._near += 1  # resolved against the DCT: evidence that the text reports on its own time
            return self.dct
        for anchor in reversed(self.history):
            if anchor.point.granularity >= need:
                if self.dct is not None and at is not None and at - anchor.end > STORY_DAY_REACH:
                    return self.dct  # "Friday" paragraphs after the story's last day: the report's week
                return anchor
        if self.dct is not None and (not self.history or not self.story_frame()):
            return self.dct
        return self.history[-1] if self.history else None  # "the same day" after "in 479 BC": that year

    def recent(self, need: int, at: int) -> Anchor | None:
        """The text's latest date of granularity `need` if it ends within `STORY_DAY_REACH`
        characters before `at` (a day of the month read against the month just named)."""
        for anchor in reversed(self.history):
            if anchor.point.granularity >= need:
                return anchor if anchor.end >= 0 and at - anchor.end <= STORY_DAY_REACH else None
        return None

    def story_frame(self) -> bool:
        """Whether underspecified expressions belong to the text's own story rather than to the DCT:
        always without a DCT, never in forced news mode, and otherwise once most of the text's
        explicit dates lie far from the DCT (a history text with a publication date)."""
        if self.dct is None:
            return True
        if self.mode == NEWS:
            return False
        return self._far >= self._near + STORY_MARGIN

    def latest_period(self) -> str | None:
        """The quarter or half ("Q3", "H1") the text is reporting on, if it is one: the reference of
        "a year earlier" in "third-quarter profit rose from $4 million a year earlier". A later
        period of another kind ("the nine months", "in 1988") ends it."""
        return self._period

    def note(self, resolution: Resolution) -> None:
        """Follow the period a report is about, expression by expression."""
        if resolution.shifted:
            return  # "from $4 million a year earlier": the report is still about its own quarter
        if resolution.part and resolution.part[0] in "QH":
            self._period = resolution.part
            self._period_year = int(resolution.value[:4]) if resolution.value[:4].isdigit() else None
        elif resolution.type == "DURATION" or (resolution.anchor is None and len(resolution.value) == 4):
            self._period = None

    def period_year(self) -> int | None:
        return self._period_year if self._period else None

    def in_bc_era(self) -> bool:
        """Whether the text's latest date is before Christ (then "in 480" means 480 BC)."""
        return bool(self.history) and self.history[-1].point.year < 0

    def remember(
        self, point: Point, source: str, end: int = -1, explicit: bool = False, part: str | None = None
    ) -> None:
        """Make `point` the latest reference; `explicit`: the text wrote it whole (not resolved)."""
        self.history.append(Anchor(point, source, end, part))
        if len(self.history) > HISTORY_SIZE:
            del self.history[0]
        if explicit and self.dct is not None:
            if abs(point.year - self.dct.point.year) <= NEAR_YEARS:
                self._near += 1
            else:
                self._far += 1


class Slots:
    """Slot values of a match, falling back to the rule's constant fields."""

    def __init__(self, match: Match) -> None:
        self.slots = match.slots
        self.fields: Mapping[str, Any] = match.rule.fields
        self.start, self.end = match.start, match.end

    def get(self, name: str) -> Any:
        if name in self.slots:
            return self.slots[name].value
        return self.fields.get(name)

    def has(self, name: str) -> bool:
        return name in self.slots or name in self.fields


class _Keeping(Slots):
    """The slots of a match with `keep_period` set (a year shift that keeps the quarter)."""

    def __init__(self, base: Slots) -> None:
        self.slots = base.slots
        self.fields = {**base.fields, "keep_period": True}
        self.start, self.end = base.start, base.end


class _WithDay(Slots):
    """The slots of a match with `day` set (one day of a range)."""

    def __init__(self, base: Slots, day: int) -> None:
        self.slots = base.slots
        self.fields = {**base.fields, "day": day}
        self.start, self.end = base.start, base.end

    def get(self, name: str) -> Any:
        if name == "day":
            return self.fields["day"]
        return super().get(name)

    def has(self, name: str) -> bool:
        return name == "day" or super().has(name)


class Resolver:
    def __init__(self, mode: str, dct: Point | None) -> None:
        self.mode = mode
        self.refs = ReferenceTime(mode, dct)
        self._past = False
        self._future = False
        self._now = False
        self._sentence_start = 0

    def resolve(
        self, match: Match, future: bool, past: bool = False, sentence_start: int = 0, now: bool = False
    ) -> list[Resolution]:
        """`future`/`past`: a tense cue near the expression (news mode uses them for a month
        without a year: "retomaré en septiembre", "en diciembre se firmó"); `now`: the clause
        speaks from the report's own time ("a summit set for April", "abrirá en septiembre"), so a
        story's year does not apply; `sentence_start`: where the expression's sentence begins."""
        self._past = past
        self._future = future
        self._now = now
        self._sentence_start = sentence_start
        slots = Slots(match)
        handler = getattr(self, f"_{match.rule.kind}", None)
        if handler is None:
            return []
        result = handler(slots, future)
        if result is None:
            return []
        return result if isinstance(result, list) else [result]

    # --- dates --------------------------------------------------------------------

    def _date(self, s: Slots, future: bool) -> Resolution | None:
        for name in ("numeric_date", "iso_date"):
            if s.has(name):
                year, month, day = s.get(name)
                return _dated(Point(year, month, day))
        year_value: YearValue | None = s.get("year")
        year = year_value.year if year_value else None
        if year_value and not year_value.explicit_era and year_value.year < MIN_YEAR and self.refs.in_bc_era():
            year = -year_value.year
        month, day, weekday = s.get("month"), s.get("day"), s.get("weekday")
        if s.has("holiday"):
            month, day = s.get("holiday")
        movable = s.get("movable")
        if movable:  # Easter, Thanksgiving: placed like its usual month, then computed for the year
            month, day = int(movable.get("month", 4)), None
        season, quarter, half = s.get("season"), s.get("quarter"), s.get("half")
        anchor = None
        if year is None and weekday and not (month or day):
            return self._weekday(weekday, None, s, CONTEXTUAL, future)
        if year is None:
            need = MONTH if day and not month else YEAR
            # "a summit set for April", "abrirá en septiembre": the report's own time, not a story's year
            anchor = self.refs.find(need, DEICTIC if self._now else CONTEXTUAL)
            if need == MONTH:  # "el 11 de septiembre... El día 12": the month just named, not the DCT's
                anchor = self.refs.recent(MONTH, s.start) or anchor
            if anchor is not None:
                year = anchor.point.year
                if need == MONTH:
                    month = anchor.point.month
                    if anchor.source != "dct" and anchor.point.day and day < anchor.point.day:
                        moved = add_months(Point(year, month), 1)  # "on 28 May... on the 3rd": 3 June
                        year, month = moved.year, moved.month
                elif s.has("shift_year"):
                    year = add_years(year, s.get("shift_year"))  # "this year's third quarter"
                elif s.get("year_ago"):
                    year = add_years(year, -1)  # "the year-ago third quarter"
                elif anchor.source == "dct" and month:
                    year = _nearest_year(month, day, anchor.point, future, self._past)
                elif anchor.source == "dct" and quarter and anchor.point.month:
                    current = (anchor.point.month - 1) // 3 + 1  # a quarter is reported once it is over
                    if future and quarter < current - 1:
                        year = add_years(year, 1)
                    elif not future and quarter > current:
                        year = add_years(year, -1)

        if movable:
            if year is None:
                return Resolution("DATE", "XXXX-XX-XX")
            found = movable_date(movable, year)
            if found is None:
                return None
            month, day = found
        if day and month and year is not None and not valid_date(year, month, day):
            return None
        year_text = format_year(year) if year is not None else "XXXX"
        source = anchor.source if anchor else None
        year_point = Point(year) if year is not None else None  # a season still fixes the story's year
        part = season or (f"Q{quarter}" if quarter else f"H{half}" if half else None)
        if part:
            shifted = bool(s.get("year_ago")) or bool(s.get("shift_year"))
            return Resolution(
                "DATE", f"{year_text}-{part}", anchor=source, point=year_point, part=part, shifted=shifted
            )
        if year is None:
            if month is None:
                return None
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            return Resolution("DATE", value)
        if day and not month:
            return Resolution("DATE", f"{year_text}-XX-{day:02d}", anchor=source)
        if s.get("week_of") and day:  # "the week of March 6", "la semana del 6 de marzo"
            week = iso_week(Point(year, month, day))
            return Resolution("DATE", week, anchor=source) if week else None
        return _dated(Point(year, month, day if month else None), source)

    def _name(self, s: Slots, future: bool) -> None:
        """The name of an event or period ("the October Revolution"): matched so that its words are
        not read as dates; it is not a date itself (docs/timex.md)."""
        return None

    def _dual_date(self, s: Slots, future: bool) -> Resolution | None:
        """ "7 November [O.S. 25 October] 1917": the New Style day of a date given in both calendars."""
        found = dual_value(s.slots, s.fields)
        if found is None:
            return None
        point, calendar = found
        return Resolution("DATE", format_point(point), point=point, calendar=calendar)

    def _weekday(
        self, weekday: int, direction: int | None, s: Slots, how: str = CONTEXTUAL, future: bool = False
    ) -> Resolution:
        """A weekday near its reference day. `direction` is the written shift ("next Monday": 1,
        "last Monday": -1); a bare weekday is that day itself when the reference falls on it
        ("Friday" in a report dated a Friday; "On 13 September... on Thursday"), otherwise the
        last one before the DCT (news reports the past) or the next one after a story's day."""
        anchor = self.refs.find(DAY, how, s.start if how == CONTEXTUAL else None)
        if anchor is not None and not anchor.point.day and self.refs.dct is not None:
            anchor = self.refs.dct  # "On Monday" after a run of years: no day in the story, the report's week
        date = anchor.point.as_date() if anchor else None
        if anchor is None or date is None:
            return Resolution("DATE", f"XXXX-WXX-{weekday}")
        if direction is None and date.isoweekday() == weekday:
            direction = 0
        elif direction is None:
            direction = -1 if anchor.source == "dct" and not future else 1
        point = weekday_near(anchor.point, weekday, direction)
        if point is None:
            return Resolution("DATE", f"XXXX-WXX-{weekday}")
        return self._maybe_time(_dated(point, anchor.source), s)

    def _decade(self, s: Slots, future: bool) -> Resolution | None:
        year_value: YearValue | None = s.get("year")
        if year_value is not None:
            year = year_value.year
        else:
            tens = s.get("tens")
            if tens is None:
                return None
            # the century a decade in words names ("los años noventa del siglo XIX"), else the 1900s
            century = s.get("century")
            base = (century - 1) * 100 if isinstance(century, int) and 1 <= century <= 40 else 1900
            year = base + tens
        if (s.get("era") or 1) < 0 and year > 0:
            year = -year  # "the 470s BC"
        if year % 10:
            return None
        value = f"BC{-year // 10:03d}" if year < 0 else f"{year // 10:03d}"
        return Resolution("DATE", value)

    def _century(self, s: Slots, future: bool) -> Resolution | None:
        number = s.get("century")
        if not isinstance(number, int) or not 1 <= number <= 40:
            return None
        era = s.get("era") or 1
        value = f"BC{number - 1:02d}" if era < 0 else f"{number - 1:02d}"
        return Resolution("DATE", value)

    def _reference(self, s: Slots, future: bool) -> Resolution:
        return Resolution("DATE", s.get("reference"))

    def _year_range(self, s: Slots, future: bool) -> list[Resolution]:
        first, second = s.get("year_range")
        if (s.get("era") or 1) < 0:
            if first <= second:
                return []
            first, second = -first, -second  # "499-493 BC"
        elif not MIN_YEAR <= first < second:
            return []
        slot = s.slots["year_range"]
        cut = slot.start + len(str(abs(first)))
        return [
            Resolution("DATE", format_year(first), point=Point(first), start=slot.start, end=cut),
            Resolution("DATE", format_year(second), point=Point(second), start=cut + 1, end=s.end),
        ]

    def _day_range(self, s: Slots, future: bool) -> list[Resolution]:
        """ "6-7 February", "April 13-15": two dates, the dash between them outside both spans."""
        if s.has("day2"):  # "May 4 and 5, 1865", "3 and 4 May 1904": two slots
            first, second = s.get("day"), s.get("day2")
            first_end, second_start = s.slots["day"].end, s.slots["day2"].start
        else:
            first, second = s.get("day_range")
            slot = s.slots["day_range"]
            first_end = slot.start + len(str(first))
            second_start = first_end + 1
        if not first < second:
            return []
        resolutions = []
        for day, start, end in ((first, s.start, first_end), (second, second_start, s.end)):
            found = self._date(_WithDay(s, day), future)
            if found is None:
                return []
            resolutions.append(replace(found, start=start, end=end))
        return resolutions

    # --- relative expressions -------------------------------------------------------

    def _relative(self, s: Slots, future: bool) -> Resolution | None:
        if s.has("latest_quarter"):
            return self._latest_quarter(s, future)
        if s.has("relative_day"):
            shift, unit, how = s.get("relative_day"), "D", DEICTIC
            if shift == 0 and not s.has("part_of_day") and self.refs.story_frame():
                return Resolution("DATE", "PRESENT_REF")  # "today" in a story: nowadays
        else:
            unit = s.get("unit")
            if s.has("deictic_shift"):
                shift, how = s.get("deictic_shift"), DEICTIC
            else:
                shift = s.get("anaphoric_shift") or s.get("shift") or 0
                how = DEICTIC if s.get("anchor") == "deictic" else ANAPHORIC
        if s.has("day") and not s.has("month"):  # "el pasado día 3": the last 3rd before the reference
            anchor = self.refs.find(DAY, how)
            if anchor is None or not anchor.point.day:
                return Resolution("DATE", f"XXXX-XX-{s.get('day'):02d}")
            here = anchor.point
            month_point = Point(here.year, here.month)
            if shift < 0 and s.get("day") >= here.day:
                month_point = add_months(month_point, -1)
            elif shift > 0 and s.get("day") <= here.day:
                month_point = add_months(month_point, 1)
            assert month_point.month is not None  # taken from a point with a day
            if not valid_date(month_point.year, month_point.month, s.get("day")):
                return None
            return _dated(Point(month_point.year, month_point.month, s.get("day")), anchor.source)
        if s.has("month") and s.get("of_shifted_year"):  # "June last year": June of the year before the DCT
            anchor = self.refs.find(YEAR, DEICTIC)
            if anchor is None:
                return Resolution("DATE", f"XXXX-{s.get('month'):02d}")
            return _dated(Point(add_years(anchor.point.year, shift), s.get("month")), anchor.source)
        if s.has("month"):
            return self._shifted_month(s.get("month"), shift, how, s.get("day"))
        if s.has("season"):
            return self._shifted_season(s.get("season"), shift, how)
        if s.has("weekday"):
            return self._weekday(s.get("weekday"), shift or (1 if future else -1), s, how)
        if unit is None and s.has("part_of_day"):
            unit = "D"  # "the next morning", "esa tarde"
        return self._shift(unit, shift, how, s)

    def _offset(self, s: Slots, future: bool) -> Resolution | None:
        direction = s.get("direction") or 1
        amount = s.get("num") if s.has("num") else s.get("amount")
        if amount is None or s.has("vague"):
            if s.get("vague_point"):  # "several years ago": a point in the past (es "hace unos días" is a span)
                return Resolution("DATE", "FUTURE_REF" if direction > 0 else "PAST_REF")
            return _vague_offset(s.get("unit"), direction, future)
        if s.get("unit") in _CLOCK_UNITS:  # "an hour later": the length the text gives (no clock time to count from)
            length = amount + (s.get("fraction") or 0)
            return Resolution("DURATION", format_duration([(length, s.get("unit"))]))
        unit, factor = _OFFSET_UNITS.get(s.get("unit"), (s.get("unit"), 1))
        how = DEICTIC if s.get("anchor") == "deictic" else ANAPHORIC
        if unit == "Y" and int(amount) == 1:
            s = _Keeping(s)  # "a year earlier" of a quarter is that quarter, a year before
        return self._shift(unit, int(amount) * factor * direction, how, s)

    def _shift(self, unit: str | None, shift: int, how: str, s: Slots) -> Resolution | None:
        need = _UNIT_GRANULARITY.get(unit or "")
        if need is None:
            return None
        anchor = self.refs.find(need, how)
        if anchor is None:
            if how == ANAPHORIC and shift > 0 and not self._future:
                return Resolution("DATE", "PAST_REF")  # "two years later he was dead": some time past
            return Resolution("DATE", "FUTURE_REF" if shift > 0 else "PAST_REF" if shift < 0 else "PRESENT_REF")
        point = anchor.point
        if point.granularity < need:
            return Resolution("DATE", format_point(point), anchor=anchor.source)
        if unit == "Y":
            year = add_years(point.year, shift)
            part = self.refs.latest_period() if shift and s.get("keep_period") else None
            if part:  # "third-quarter profit rose from $5 million a year earlier": that quarter, a year before
                return Resolution("DATE", f"{format_year(year)}-{part}", anchor=anchor.source, part=part, shifted=True)
            return _dated(Point(year), anchor.source)
        if unit == "WE":
            return self._weekend(point, shift, bool(s.get("just_past")), anchor.source)
        if unit == "DE":
            decade = add_years(point.year, 10 * shift)
            return Resolution(
                "DATE", f"BC{-decade // 10:03d}" if decade < 0 else f"{decade // 10:03d}", anchor=anchor.source
            )
        if unit == "CE":
            # TIMEX3 centuries are the two leading digits: "19" is 1900-1999, "BC04" is 499-400 BC
            century = point.year // 100 if point.year > 0 else -((-point.year - 1) // 100) - 1
            century += shift
            value = f"{century:02d}" if century >= 0 else f"BC{-century - 1:02d}"
            return Resolution("DATE", value, anchor=anchor.source)
        if unit == "M":
            return _dated(add_months(point, shift), anchor.source)
        if unit in ("Q", "HY"):
            size = 3 if unit == "Q" else 6
            moved = add_months(point, shift * size)
            assert moved.month is not None  # the anchor has a month (granularity checked above)
            number = (moved.month - 1) // size + 1
            return Resolution(
                "DATE", f"{format_year(moved.year)}-{'Q' if unit == 'Q' else 'H'}{number}", anchor=anchor.source
            )
        if unit == "W":
            week_day = add_days(point, 7 * shift)
            week = iso_week(week_day) if week_day else None
            return Resolution("DATE", week, anchor=anchor.source) if week else None
        day = add_days(point, shift)
        if day is None:
            return Resolution("DATE", format_point(Point(point.year, point.month)), anchor=anchor.source)
        return self._maybe_time(_dated(day, anchor.source), s)

    def _weekend(self, point: Point, shift: int, just_past: bool, source: str) -> Resolution | None:
        """ "the weekend" in a report: the last one on or before the reference day; "this weekend":
        the one of its week; "next/last weekend": one week later/earlier."""
        date = point.as_date()
        if date is None:
            return None
        saturday = add_days(point, 6 - date.isoweekday())  # the Saturday of the reference's week
        if saturday is None:
            return None
        if just_past and shift == 0 and date.isoweekday() < 6:
            saturday = add_days(saturday, -7)  # "over the weekend" said on a weekday: the one just past
        moved = add_days(saturday, 7 * shift) if saturday else None
        week = iso_week(moved) if moved else None
        return Resolution("DATE", f"{week}-WE", anchor=source) if week else None

    def _latest_quarter(self, s: Slots, future: bool) -> Resolution | None:
        """ "the quarter": the quarter the text last named, else (and for "the latest quarter") the
        last one ended before the DCT: a report on the quarter just closed. "The year-earlier
        quarter" is that quarter a year before."""
        latest = self.refs.latest_period() if s.get("latest_quarter") == "text" else None
        shift = s.get("anaphoric_shift") or s.get("deictic_shift") or 0
        period_year = self.refs.period_year()
        if latest and latest.startswith("Q") and period_year is not None:
            source, year = "dct" if self.refs.dct else None, period_year
            if s.has("deictic_shift") and self.refs.dct is not None:
                year = self.refs.dct.point.year  # "last year's quarter": the quarter, last year
        elif s.get("else_year") and s.has("year"):  # "the 1988 period" after "the first nine months": 1988
            year = s.get("year").year
            return Resolution("DATE", format_year(year), point=Point(year))
        else:
            anchor = self.refs.find(MONTH, DEICTIC)
            if anchor is None or not anchor.point.month:
                return None
            ended = add_months(anchor.point, -3)
            assert ended.month is not None  # the anchor has a month
            source, year, latest = anchor.source, ended.year, f"Q{(ended.month - 1) // 3 + 1}"
        if s.has("year"):
            year, shift = s.get("year").year, 0  # "the 1988 quarter": that quarter of 1988
        year = add_years(year, shift)
        point = Point(year) if not shift else None  # "the year-earlier quarter" does not move the story
        return Resolution(
            "DATE", f"{format_year(year)}-{latest}", anchor=source, point=point, part=latest, shifted=bool(shift)
        )

    def _shifted_month(self, month: int, shift: int, how: str, day: int | None = None) -> Resolution | None:
        anchor = self.refs.find(YEAR, how)
        if anchor is None:
            return Resolution("DATE", f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""))
        point = anchor.point
        year, here = point.year, (point.month or 0, point.day or 0)
        there = (month, day or 0)
        if shift > 0 and (not point.month or there <= here):
            year = add_years(year, 1)
        elif shift < 0 and (not point.month or there >= here):
            year = add_years(year, -1)
        if day and not valid_date(year, month, day):
            return None
        return _dated(Point(year, month, day), anchor.source)

    def _shifted_season(self, season: str, shift: int, how: str) -> Resolution:
        anchor = self.refs.find(YEAR, how)
        if anchor is None:
            return Resolution("DATE", f"XXXX-{season}")
        year, current = anchor.point.year, anchor.point.month or 0
        start = SEASON_START_MONTH[season]
        if shift > 0 and (not current or start <= current):
            year = add_years(year, 1)
        elif shift < 0 and (not current or start >= current):
            year = add_years(year, -1)
        return Resolution("DATE", f"{format_year(year)}-{season}", anchor=anchor.source)

    # --- times, durations, sets -----------------------------------------------------

    def _maybe_time(self, resolution: Resolution, s: Slots) -> Resolution:
        part = s.get("part_of_day")
        if not part or resolution.type != "DATE":
            return resolution
        return Resolution("TIME", f"{resolution.value}T{part}", anchor=resolution.anchor, point=resolution.point)

    def _time(self, s: Slots, future: bool) -> Resolution | None:
        if s.has("month") or s.has("day") or s.has("year") or s.has("numeric_date") or s.has("iso_date"):
            date = self._date(s, future)
        elif s.has("relative_day") or s.has("deictic_shift") or s.has("anaphoric_shift"):
            date = self._relative(s, future)
        elif s.has("weekday"):
            date = self._weekday(s.get("weekday"), None, s, CONTEXTUAL, future)
        else:
            anchor = self.refs.find(DAY, CONTEXTUAL)
            date = _dated(anchor.point, anchor.source) if anchor and anchor.point.day else None
            if s.has("generic") and anchor and anchor.source != "dct" and anchor.end < self._sentence_start:
                date = None  # "at night", with no date in its sentence: any night
        if date is not None and date.type == "TIME":  # a part of day was already added
            date = Resolution("DATE", date.value.split("T")[0], anchor=date.anchor, point=date.point)
        has_day = date is not None and date.type == "DATE" and re.fullmatch(r"(BC)?[\dX]{4}-\d{2}-\d{2}", date.value)
        date_text = date.value if date is not None and has_day else "XXXX-XX-XX"
        clock = s.get("clock")
        hour, minute, second = clock if clock else (s.get("hour"), s.get("minute") or 0, None)
        part = s.get("part_of_day")
        if hour is None:
            if not part:
                return None
            return Resolution("TIME", f"{date_text}T{part}", anchor=date.anchor if date else None)
        hour = _to_24h(hour, s.get("ampm"), part)
        if s.has("minus") and hour is not None:
            hour, minute = (hour - 1) % 24, 60 - s.get("minus")
        if hour is None or not 0 <= minute <= 59:
            return None
        seconds = f":{second:02d}" if second is not None else ""
        utc = "Z" if s.get("timezone") in _UTC_ZONES else ""  # "13.00 GMT": a time in UTC, as ISO 8601 writes it
        value = f"{date_text}T{hour:02d}:{minute:02d}{seconds}{utc}"
        return Resolution("TIME", value, anchor=date.anchor if date else None)

    def _duration(self, s: Slots, future: bool) -> Resolution | None:
        unit = s.get("unit")
        if unit is None:
            return None
        amount = s.get("num") if s.has("num") else s.get("amount")
        if s.has("vague"):
            amount = None
        elif amount is None:
            amount = 1
        if amount is not None and s.has("fraction"):
            amount = amount + s.get("fraction")
        return Resolution("DURATION", format_duration([(amount, unit)]))

    def _set(self, s: Slots, future: bool) -> Resolution | None:
        if s.has("weekday"):
            return Resolution("SET", f"XXXX-WXX-{s.get('weekday')}")
        if s.has("part_of_day") and not s.has("unit"):
            return Resolution("SET", f"XXXX-XX-XXT{s.get('part_of_day')}")
        if s.has("month"):
            return Resolution("SET", f"XXXX-{s.get('month'):02d}")  # each July
        unit = s.get("unit")
        if unit is None:
            return None
        if unit.startswith("XXXX"):  # the language writes this adverb as a calendar pattern ("daily")
            return Resolution("SET", unit)
        if s.get("calendar_pattern") and unit in _CALENDAR_PATTERNS:
            return Resolution("SET", _CALENDAR_PATTERNS[unit])  # "per day": every day of the calendar
        amount = s.get("num") if s.has("num") else s.get("amount") or 1
        return Resolution("SET", format_duration([(amount, unit)]))


def dual_value(slots: Mapping[str, Slot], fields: Mapping[str, Any] | None = None) -> tuple[Point, str | None] | None:
    """The value and calendar of a `dual_date` match: a date given in both calendars is its New Style
    day (or month), calendar "gregorian"; None when the two are not one day (or a month and the next)
    in the Julian and Gregorian calendars (see `calendars`).

    A date interrupted by the other calendar with its year after (rule field `interrupted`: "el 3 de
    noviembre (11 de noviembre por el calendario ortodoxo antiguo) de 1875", "11 September (Old Style)
    1883") is a date even when the pair is not one day: the day and month before the bracket with the
    year after it, in the calendar the text gives it (a bracket labelled Old Style makes it New Style),
    or in none when the text labels neither side, so the verifier keeps both readings (issue 13)."""

    def get(name: str) -> Any:
        return slots[name].value if name in slots else None

    year: YearValue | None = get("year")
    second_year: YearValue | None = get("year2") or year
    day, month, day2, month2 = get("day"), get("month"), get("day2"), get("month2")
    if year is None or second_year is None or not month:
        return None
    # "marker" and "marker2" name the second (bracketed) date's calendar; "marker1" the first's
    # ("26 de octubrejul./ 7 de noviembre"), so the second is in the other calendar
    other = {"julian": "gregorian", "gregorian": "julian"}
    labels = {get("marker"), get("marker2"), other.get(get("marker1"))} - {None}
    label = labels.pop() if len(labels) == 1 else None
    first = Point(year.year, month, day)
    if month2 and bool(day) == bool(day2):
        second = Point(second_year.year, month2, day2)
        both = dual_reading(first, second, label) if day else dual_month(first, second, label)
        if both is not None:
            return both, "gregorian"
    elif month2:
        return None  # a day beside a month alone is no pair
    if not (fields or {}).get("interrupted") or (month2 is None and label is None):
        return None
    return first, other.get(label) if label else None


def _vague_offset(unit: str | None, direction: int, future: bool) -> Resolution:
    """ "a few years later", "años después", "hace unos días": a period of unknown length (PXY, PXD),
    not a point; "some time later", "tiempo después" (no unit): some time past. Only a future
    context makes them future ("a few weeks later will vote")."""
    if future and direction > 0:
        return Resolution("DATE", "FUTURE_REF")
    if unit in DURATION_UNITS:
        return Resolution("DURATION", format_duration([(None, unit)]))
    return Resolution("DATE", "PAST_REF")


#: a past cue still admits an occurrence this many months after the DCT (and a future cue one
#: this many months before it): reports lag, and "said" sits in many a sentence about the future
TENSE_SLACK_MONTHS = 2


def _nearest_year(month: int, day: int | None, dct: Point, future: bool, past: bool) -> int:
    """The year of a month (or day) written without one in news: its occurrence nearest the DCT
    ("January" in an October report is next January; "December" in a February report, last
    December), among those a tense cue allows ("retomaré el artículo en septiembre" written in
    December is next September; "in March there were elections" written in December, last
    March)."""
    here = (dct.month or 1) * 31 + (dct.day or 15)
    there = month * 31 + (day or 15)
    options = [(dct.year + shift, there - here + 372 * shift) for shift in (-1, 0, 1)]
    slack = TENSE_SLACK_MONTHS * 31
    if future:
        options = [option for option in options if option[1] >= -slack]
    elif past:
        options = [option for option in options if option[1] <= slack]
    return min(options, key=lambda option: abs(option[1]))[0]


def _dated(point: Point, source: str | None = None) -> Resolution:
    return Resolution("DATE", format_point(point), anchor=source, point=point)


def _to_24h(hour: int, ampm: str | None, part: str | None) -> int | None:
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif ampm is None and part in ("AF", "EV", "NI") and 1 <= hour < 12 and not (part == "NI" and hour < 5):
        hour += 12
    return hour if 0 <= hour <= 24 else None
