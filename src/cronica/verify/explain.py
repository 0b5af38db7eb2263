"""Every sentence a verdict carries: explanations, corrections, proofs and evidence.

Comparison and policy decide; this module only says what they decided, in the claim's
language (its templates are data: `resources/<lang>/templates.yaml`), naming KB items by
their labels. Nothing here changes a verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from cronica.model import Evidence, IdentityRule, Proof, Support, SupportLimit
from cronica.verify.claims import Check, Claimed
from cronica.verify.dates import PRECISION_RANK, Distance, PartialDate
from cronica.verify.findings import Finding, NeverFollowed, plain
from cronica.verify.holders import HolderProof
from cronica.verify.language import Language
from cronica.verify.offices import Reading
from cronica.verify.reference import Fact, ReferenceView
from cronica.verify.states import StateProof


@dataclass(frozen=True)
class Explainer:
    """Writes one language's sentences about claims checked against one reference view."""

    view: ReferenceView
    language: Language

    # --- names ---------------------------------------------------------------------

    def label(self, qid: str) -> str:
        return self.view.label(qid, self.language.code)

    def describe(self, value: Any) -> str:
        if isinstance(value, PartialDate):
            return self.language.date(value.to_gregorian())
        return self.label(str(value))

    def kb(self) -> str:
        return self.language.kb_name(self.view.name)

    def _name(self, qid: str, role: str) -> str:
        label = self.label(qid)
        return self.language.with_article(label) if role == "organization" else label

    # --- one comparison ------------------------------------------------------------

    def date_agrees(self, pid: str, claimed: Claimed, reference: PartialDate, precision: str | None) -> str:
        """The dates agree; `precision` None when only read as Old Style (Julian)."""
        lang = self.language
        assert isinstance(claimed.value, PartialDate)  # a date claim's value
        text_date, ref_date = lang.date(claimed.value, mod=claimed.mod), lang.date(reference.to_gregorian())
        name = lang.property_name(pid)
        if precision is None:
            return lang.explanation("date_agrees_old_style", property=name, claim=text_date, ref=ref_date)
        return lang.explanation(
            "date_agrees", property=name, claim=text_date, ref=ref_date, precision=lang.precision_name(precision)
        )

    # --- what a support checked ----------------------------------------------------

    def support_date_note(self, checked: str, claimed: str, reference: PartialDate) -> str:
        """A date agreeing at a coarser precision than the text's: what the reference gives, what is not checked."""
        lang = self.language
        return lang.explanation(
            "support_date_note",
            precision=lang.precision_name(checked),
            finer=lang.precision_name(claimed),
            ref=lang.date(reference.to_gregorian()),
        )

    def support_place_note(self, claimed: str, reference: str) -> str:
        """A place agreeing only because the reference's wider place holds the text's."""
        return self.language.explanation("support_place_note", claim=self.label(claimed), ref=self.label(reference))

    def support(self, agrees: Sequence[Finding], unchecked: bool) -> tuple[Support, list[str]]:
        """What a support checked (`model.Support`) and the notes that say what it did not: a date the reference
        holds less precisely than the text, a place it holds only as a wider one, values it did not check."""
        dated = [f for f in agrees if f.text_precision is not None and not f.auxiliary]
        coarse = [f for f in dated if f.coarser]
        # the precision reported: the coarsest a date agreed at (when several dates agreed: a start and an end)
        shown = min(coarse or dated, key=lambda f: PRECISION_RANK[f.checked_precision or "day"], default=None)
        limits: list[SupportLimit] = []
        if coarse:
            limits.append("date_precision")
        if any(f.wider_place for f in agrees):
            limits.append("place_precision")
        if unchecked:
            limits.append("unchecked")
        notes = [f.scope_note for f in agrees if f.scope_note and (f.coarser or f.wider_place)]
        support = Support(
            full=not limits,
            text_precision=shown.text_precision if shown else None,
            checked_precision=shown.checked_precision if shown else None,
            limits=tuple(limits),
        )
        notes = list(dict.fromkeys(notes))
        return self._labelled(support, " ".join(notes)), notes

    def full_support(self) -> Support:
        """A support that compared everything the claim states, as precisely as it states it."""
        return self._labelled(Support(full=True))

    def with_reading(
        self, support: Support | None, mention: str, reading: str, others: Sequence[str], unknown: bool
    ) -> tuple[Support, str]:
        """The support holds under one reading of words that may name others: which one, and the note."""
        base = support or Support(full=True)
        limits = (*base.limits, "reading") if "reading" not in base.limits else base.limits
        named = self.language.list_and([self.label(qid) for qid in others])
        if named:
            note = self.language.explanation(
                "support_reading_note", mention=mention, reading=self.label(reading), others=named
            )
        else:
            note = self.language.explanation(
                "support_reading_unknown_note", mention=mention, reading=self.label(reading)
            )
        if unknown and named:
            note = f"{note} {self.language.explanation('candidates_incomplete', mention=mention)}"
        scoped = replace(base, full=False, reading=reading, reading_label=self.label(reading), limits=limits)
        return self._labelled(scoped, note), note

    def _labelled(self, support: Support, extra: str = "") -> Support:
        """The verdict as a reader sees it ("supported (month only)") and the note of what was not checked."""
        lang = self.language
        if support.full:
            return replace(support, label=lang.phrase("support_full"), note="")
        phrases = []
        for limit in support.limits:
            if limit == "date_precision":
                precision = lang.precision_name(support.checked_precision or "year")
                phrases.append(lang.phrase("support_limit_date_precision", precision=precision))
            else:
                phrases.append(lang.phrase(f"support_limit_{limit}"))
        label = lang.phrase("support_partial", limits="; ".join(phrases))
        note = " ".join(part for part in (support.note, extra) if part)
        return replace(support, label=label, note=note)

    def date_year_inferred(self, claimed: Claimed, reference: PartialDate) -> str:
        lang = self.language
        assert isinstance(claimed.value, PartialDate)  # a date claim's value
        text_date, ref_date = lang.date(claimed.value, mod=claimed.mod), lang.date(reference.to_gregorian())
        return lang.explanation("date_year_inferred", text=claimed.text.strip(), claim=text_date, ref=ref_date)

    def date_differs(self, claimed: Claimed, reference: PartialDate, distance: Distance | None) -> str:
        lang = self.language
        assert isinstance(claimed.value, PartialDate)  # a date claim's value
        text_date, ref_date = lang.date(claimed.value, mod=claimed.mod), lang.date(reference.to_gregorian())
        words = lang.distance(distance) if distance else ""
        return lang.explanation("date_differs", claim=text_date, ref=ref_date, distance=words)

    def date_near(self, pid: str, claimed: Claimed, reference: PartialDate, distance: Distance | None) -> str:
        """The dates meet only within the property's tolerance (a stay's start told by a journey)."""
        lang = self.language
        assert isinstance(claimed.value, PartialDate)  # a date claim's value
        text_date, ref_date = lang.date(claimed.value, mod=claimed.mod), lang.date(reference.to_gregorian())
        words = lang.distance(distance) if distance else ""
        name = lang.property_name(pid)
        return lang.explanation("date_near", property=name, claim=text_date, ref=ref_date, distance=words)

    def date_in_journey(self, pid: str, claimed: Claimed, reference: PartialDate, journey: PartialDate) -> str:
        """The text's date falls within the journey that began the stay, not at its arrival: no proof."""
        lang = self.language
        assert isinstance(claimed.value, PartialDate)  # a date claim's value
        return lang.explanation(
            "date_in_journey",
            property=lang.property_name(pid),
            claim=lang.date(claimed.value, mod=claimed.mod),
            ref=lang.date(reference.to_gregorian()),
            start=lang.date(journey.to_gregorian()),
        )

    def date_outside_journey(self, claimed: Claimed, reference: PartialDate, journey: PartialDate) -> str:
        """Why a stay's start refutes the text's date: the journey there is known, and the date lies outside it."""
        lang = self.language
        assert isinstance(claimed.value, PartialDate)  # a date claim's value
        return lang.explanation(
            "date_outside_journey",
            claim=lang.date(claimed.value, mod=claimed.mod),
            ref=lang.date(reference.to_gregorian()),
            start=lang.date(journey.to_gregorian()),
        )

    def values(self, key: str, pid: str, claimed: str, reference: str) -> str:
        """Two KB items compared ("place_agrees", "place_within", "place_differs", "entity_differs")."""
        name = self.language.property_name(pid)
        return self.language.explanation(key, property=name, claim=self.label(claimed), ref=self.label(reference))

    def region_differs(self, pid: str, place: str, region: str, chain: Sequence[str]) -> str:
        """The region the text gives a place is not among those the reference puts it in."""
        lang = self.language
        units = lang.list_and([self.label(qid) for qid in chain])
        return lang.explanation(
            "place_region_differs", property=lang.property_name(pid), claim=self.label(place), region=region, ref=units
        )

    def region_unchecked(self, pid: str, place: str, region: str) -> str:
        """The place agrees but the region the text gives it could not be checked."""
        lang = self.language
        return lang.explanation(
            "place_region_unchecked", property=lang.property_name(pid), claim=self.label(place), region=region
        )

    def region_correction(self, event_type: str, check: Check, pid: str, claimed: Claimed, chain: Sequence[str]) -> str:
        """The corrected sentence naming the place with the regions the reference puts it in."""
        place = self.label(str(claimed.value))
        units = ", ".join(self.label(qid) for qid in chain)
        right = f"{place} ({units})" if units else place
        wrong = replace(claimed, value=f"{place}, {claimed.regions[0].text}" if claimed.regions else place)
        return self.correction(event_type, check, pid, wrong, right)

    def entity_agrees(self, pid: str, claimed: str) -> str:
        return self.language.explanation(
            "entity_agrees", property=self.language.property_name(pid), claim=self.label(claimed)
        )

    def fits(self, pid: str, claimed: Claimed, reference: str, agrees: bool) -> str:
        """A word fitting several values ("shot": homicide or capital punishment) against the KB's one."""
        lang = self.language
        words = claimed.text.strip() or self.label(str(claimed.value))
        name, ref_name = lang.property_name(pid), self.label(reference)
        if agrees:
            return lang.explanation("entity_fits", property=name, claim=words, ref=ref_name)
        fitting = lang.list_or([self.label(option) for option in claimed.options])
        return lang.explanation("entity_fits_not", property=name, claim=words, fits=fitting, ref=ref_name)

    # --- one check -----------------------------------------------------------------

    def about(self, key: str, check: Check) -> str:
        """Why nothing could be concluded on the check's property of its subject ("no_statement"...)."""
        lang = self.language
        return lang.explanation(key, property=lang.property_name(check.property), subject=self.label(check.subject))

    # --- offices of one holder at a time (verify/holders.py) -----------------------------

    def holder_proof(self, check: Check, proof: HolderProof) -> str:
        """Who held the text's office then (or followed the text's predecessor), from the complete holder list."""
        lang, office, term = self.language, proof.office, proof.term
        dated = {pid: [v for v in term.fact.qualifier(pid) if isinstance(v, PartialDate)] for pid in ("P580", "P582")}
        # every date follows a preposition of the template ("desde el 9 de noviembre de 1917", "from 1917")
        when = {pid: lang.date(v[0].to_gregorian(), governed=True) if v else "?" for pid, v in dated.items()}
        first, last = (PartialDate(year=d.year, month=d.month, day=d.day) for d in office.period)
        return lang.explanation(
            "holder_another" if proof.kind == "another_holder" else "holder_another_successor",
            office=self.label(office.office),
            first=lang.date(first, governed=True),
            last=lang.date(last, governed=True),
            source=office.source,
            holder=self.label(term.holder),
            start=when["P580"],
            end=when["P582"],
            subject=self.label(check.subject if proof.kind == "another_holder" else self._successor(check)),
            predecessor=self.label(proof.predecessor or ""),
        )

    @staticmethod
    def _successor(check: Check) -> str:
        """The person the text says followed (a "replaced by" check names them in its qualifier)."""
        named = check.qualifiers.get("P1366")
        return str(named.value) if named is not None else check.subject

    def holder_blocked(self, office: str, key: str, words: str) -> str:
        """Why a single-holder office's list proves nothing here: the words may name another office."""
        return self.language.explanation(f"holder_{key}", office=self.label(office), words=words)

    # --- offices never held (verify/offices.py) -------------------------------------------

    def describes(self, words: str) -> bool:
        """The words describe a role ("leader of", "jefe del Gobierno") rather than give an office's title."""
        return self.language.describes(words)

    def _offices(self, facts: Sequence[Fact]) -> str:
        return self.language.list_and(list(dict.fromkeys(self.label(str(f.value)) for f in facts)))

    def office_same_post(self, check: Check, readings: Sequence[Reading], fact: Fact) -> str:
        return self.language.explanation(
            "office_same_post", claim=check.value.text.strip(), ref=self.label(str(fact.value))
        )

    def office_not_refuted(self, check: Check, readings: Sequence[Reading]) -> str:
        lang = self.language
        subject, office = self.label(check.subject), self.label(str(check.value.value))
        if not self.view.is_complete(check.subject, "P39"):
            return lang.explanation("office_list_open", subject=subject, office=office)
        return lang.explanation("office_history_unknown", subject=subject, office=office)

    def office_description(self, check: Check) -> str:
        return self.language.explanation("office_description", claim=check.value.text.strip())

    def office_never_held(self, check: Check, readings: Sequence[Reading], facts: Sequence[Fact]) -> str:
        lang = self.language
        subject = self.label(check.subject)
        sentences = []
        for reading in readings:
            office = self.label(reading.office)
            if reading.anachronism is not None:
                fact, why = reading.anachronism
                key = "office_created_after" if why == "after_death" else "office_abolished_before"
                sentences.append(lang.explanation(key, office=office, subject=subject, date=self.describe(fact.value)))
            else:
                sentences.append(
                    lang.explanation("office_not_in_list", office=office, subject=subject, offices=self._offices(facts))
                )
        return " ".join(sentences)

    def office_correction(self, check: Check, facts: Sequence[Fact]) -> str:
        lang, subject = self.language, self.label(check.subject)
        if not facts:
            return lang.explanation("office_correction_none", subject=subject, claim=check.value.text.strip())
        return lang.explanation(
            "office_correction", subject=subject, claim=check.value.text.strip(), offices=self._offices(facts)
        )

    def uncomparable(self, check: Check, claimed: Claimed, fact: Fact) -> str:
        lang = self.language
        return lang.explanation(
            "uncomparable",
            property=lang.property_name(check.property),
            subject=self.label(check.subject),
            ref=self.describe(fact.value),
            claim=self.describe(claimed.value),
        )

    def qualifier_missing(self, check: Check, pid: str, fact: Fact) -> str:
        lang = self.language
        return lang.explanation(
            "qualifier_missing",
            property=lang.property_name(check.property),
            subject=self.label(check.subject),
            value=self.describe(fact.value),
            qualifier=lang.property_name(pid),
        )

    def statement_found(self, check: Check, fact: Fact) -> str:
        lang = self.language
        return lang.explanation(
            "statement_found",
            property=lang.property_name(check.property),
            subject=self.label(check.subject),
            value=self.describe(fact.value),
        )

    def too_weak(self, explanation: str, key: str, words: str) -> str:
        """A disagreement that is no contradiction: what disagreed, then why it does not count."""
        return f"{explanation} {self.language.explanation(key, text=words)}"

    def correction(
        self, event_type: str, check: Check, pid: str, claimed: Claimed, reference: Any, statement_value: Any = None
    ) -> str:
        """The corrected sentence; {value} names the KB statement's own value when there is one
        (the position "member of the Politburo" rather than the body the text named)."""
        lang = self.language
        subject = self.label(check.subject)
        sex = self.view.sex(check.subject)
        if sex is None and self.view.is_known_non_human(check.subject):
            # an organization or a work: named with its article, agreeing with its noun's gender
            sex = "female" if lang.is_feminine(subject) else "male"
            subject = lang.with_article(subject)
        value = ""
        named = statement_value if isinstance(statement_value, str) else check.value.value
        if isinstance(named, str) and check.value.kind != "date":
            value = self._name(named, check.mapping.value)
        if isinstance(reference, PartialDate) and isinstance(claimed.value, PartialDate):
            ref, claim = (
                lang.date(reference.to_gregorian(), in_sentence=True),
                lang.date(claimed.value, in_sentence=True, mod=claimed.mod),
            )
        else:
            ref = self.label(str(reference))
            claim = self.label(str(claimed.value))
        return lang.correction(
            event_type, pid, sex, check.property, subject=subject, value=value, ref=ref, claim=claim, kb=self.kb()
        )

    def not_listed(
        self, event_type: str, check: Check, pid: str, claimed: Claimed, listed: list[str]
    ) -> tuple[str, str]:
        """A value missing from a list the reference holds in full: the explanation naming every listed
        value, and the correction ("The Treaty of Brest-Litovsk was signed by A, B and C, not by D")."""
        lang = self.language
        names = lang.list_and([self.label(qid) for qid in listed])
        claim = self.label(str(claimed.value))
        explanation = lang.explanation("entity_not_listed", property=lang.property_name(pid), claim=claim, ref=names)
        subject = self.label(check.subject)
        sex = self.view.sex(check.subject)
        if sex is None and self.view.is_known_non_human(check.subject):
            sex = "female" if lang.is_feminine(subject) else "male"
            subject = lang.with_article(subject)
        correction = lang.correction(
            event_type, pid, sex, check.property, subject=subject, value="", ref=names, claim=claim, kb=self.kb()
        )
        return explanation, correction

    # --- an age ------------------------------------------------------------------------

    def age(
        self, agrees: bool, check: Check, birth: PartialDate, moment: PartialDate, ages: tuple[int, int], at_death: bool
    ) -> str:
        """ "Age: the text says “aged 73”; with the reference's date of birth (…), X was 74 at death (…)"."""
        lang = self.language
        return lang.explanation(
            "age_agrees" if agrees else "age_differs",
            claim=check.value.text.strip(),
            born=lang.date(birth.to_gregorian()),
            subject=self.label(check.subject),
            ages=self._ages(ages),
            moment=self._moment(moment, at_death),
        )

    def age_correction(self, check: Check, moment: PartialDate, ages: tuple[int, int], at_death: bool) -> str:
        return self.language.explanation(
            "age_correction",
            subject=self.label(check.subject),
            ages=self._ages(ages),
            moment=self._moment(moment, at_death),
            claim=check.value.text.strip(),
        )

    def age_no_moment(self, check: Check) -> str:
        return self.language.explanation("age_no_moment", subject=self.label(check.subject))

    def _ages(self, ages: tuple[int, int]) -> str:
        lang = self.language
        words = lang.list_or([str(n) for n in range(ages[0], ages[1] + 1)])
        return lang.phrase("age_years", ages=words)

    def _moment(self, moment: PartialDate, at_death: bool) -> str:
        lang = self.language
        return lang.phrase("age_at_death" if at_death else "age_at_date", ref=lang.date(moment.to_gregorian()))

    # --- a continuous state that excludes the event (verify/states.py) ----------------------

    def state_excludes(
        self, check: Check, proof: StateProof, claimed: Claimed, kept: str | None, excludes: bool
    ) -> str:
        """The state, its dates and source, and why it rules the text's event out at the text's date (or, when
        it does not hold the whole of that date, that it rules nothing out)."""
        lang = self.language
        end_date = lang.date(proof.end.to_gregorian(), governed=True) if proof.end is not None else "?"
        on_date = lang.date(proof.end.to_gregorian(), in_sentence=True) if proof.end is not None else "?"
        end = (
            lang.phrase("state_until_death", date=on_date)
            if proof.until_death
            else lang.phrase("state_until", date=end_date)
        )
        key = f"state_{proof.state}" + ("_departure" if proof.departure is not None else "")
        return lang.explanation(
            key if excludes else f"{key}_open",
            subject=self.label(check.subject),
            start=lang.date(proof.start.to_gregorian(), governed=True),
            end=end,
            end_date=end_date,
            claim=lang.date(claimed.value, in_sentence=True, mod=claimed.mod)
            if isinstance(claimed.value, PartialDate)
            else claimed.text,
            place=self.label(kept) if kept else "",
            source=proof.fact.source or self.kb(),
            departure=(
                lang.date(proof.departure.to_gregorian(), in_sentence=True) if proof.departure is not None else ""
            ),
        )

    # --- a stay at a date ---------------------------------------------------------------

    def period(self, fact: Fact) -> str:
        """A stay as the reference dates it, at its own precision: "from July 1933 to June 1935"."""
        lang = self.language
        starts = [v.to_gregorian() for v in fact.qualifier("P580") if isinstance(v, PartialDate)]
        ends = [v.to_gregorian() for v in fact.qualifier("P582") if isinstance(v, PartialDate)]
        if starts and ends:
            return lang.phrase(
                "period", start=lang.date(starts[0], governed=True), end=lang.date(ends[0], governed=True)
            )
        if starts:
            return lang.phrase("period_from", start=lang.date(starts[0], governed=True))
        return lang.phrase("period_until", end=lang.date(ends[0], governed=True)) if ends else ""

    def stay_agrees(self, check: Check, claimed: PartialDate, fact: Fact) -> str:
        lang = self.language
        return lang.explanation(
            "term_agrees" if check.property == "P39" else "stay_agrees",
            property=lang.property_name(check.property),
            claim=lang.date(claimed),
            ref=self.period(fact),
        )

    def stay_differs(self, claimed: PartialDate, fact: Fact) -> str:
        key = "term_differs" if fact.property == "P39" else "stay_differs"
        return self.language.explanation(key, claim=self.language.date(claimed), ref=self.period(fact))

    def stay_correction(self, event_type: str, check: Check, claimed: PartialDate, fact: Fact) -> str:
        lang = self.language
        return lang.correction(
            event_type,
            "during",
            self.view.sex(check.subject),
            subject=self.label(check.subject),
            value=self._name(str(fact.value), check.mapping.value),
            ref=self.period(fact),
            claim=lang.date(claimed, in_sentence=True),
            kb=self.kb(),
        )

    # --- the claim -----------------------------------------------------------------

    def not_checkable(self, event_type: str) -> str:
        return self.language.explanation("no_mapping", type=event_type)

    def nothing_to_check(self) -> str:
        return self.language.explanation("nothing_to_check")

    def modality(self, modality: str) -> str:
        return self.language.modality_note(modality)

    def coreference(self, check: Check) -> str:
        """Who the text speaks of was inferred from the context."""
        words = check.subject_text.strip()
        key = "coreference" if words else "coreference_omitted"
        if check.subject_antecedent:  # topic continuity: say which sentence's subject it continues
            key += "_topic"
        subject = self.label(check.subject)
        return self.language.explanation(key, text=words, subject=subject, sentence=check.subject_antecedent)

    def generic_party(self, check: Check) -> str:
        """ "el partido" taken as the person's only party in the KB."""
        return self.language.explanation(
            "generic_party", text=check.value.text.strip(), party=self.label(str(check.value.value))
        )

    def generic_body(self, check: Check) -> str:
        """ "el seminario" taken as the one institution of its kind in the person's record (verify/bodies.py)."""
        return self.language.explanation(
            "generic_body", text=check.value.text.strip(), body=self.label(str(check.value.value))
        )

    def outside_lifetime(self, key: str, check: Check, reference: PartialDate, claimed: PartialDate) -> str:
        lang = self.language
        explanation = lang.explanation(
            key,
            subject=self.label(check.subject),
            ref=lang.date(reference.to_gregorian(), in_sentence=True),
            claim=lang.date(claimed),
        )
        return f"{self.not_enough_info()} {explanation}"

    def contradicted(self, differs: Sequence[Finding]) -> str:
        return _sentences([self.language.explanation("contradicted", kb=self.kb()), *(f.explanation for f in differs)])

    def alleged_disagrees(self, contradiction: str) -> str:
        """A contradiction's explanation rewritten for content the text only reports as a claim or rumour:
        the reference's values stay for the reader, the verdict's opening says why it is no contradiction."""
        opening = self.language.explanation("contradicted", kb=self.kb())
        rest = contradiction[len(opening) :].strip() if contradiction.startswith(opening) else contradiction
        note = self.language.explanation("alleged_disagrees", kb=self.kb())
        return _sentences([self.modality("alleged"), note, rest])

    def supported(self, agrees: Sequence[Finding], unchecked: Sequence[str]) -> str:
        """What agreed, then what the KB is silent on."""
        opening = self.language.explanation("supported", kb=self.kb())
        return _sentences([opening, *(f.explanation for f in agrees), *unchecked])

    def not_enough_info(self, notes: Iterable[str] = ()) -> str:
        return _sentences([self.language.explanation("not_enough_info", kb=self.kb()), *notes])

    def unlinked(self, text: str) -> str:
        lang = self.language
        return lang.explanation("unlinked", text=text) if text else lang.explanation("implicit_subject")

    def unchecked_part(self, text: str) -> str:
        """A value a supported claim states but the KB could not identify: said, so the support is not read as whole."""
        return self.language.explanation("unlinked_unchecked", text=text)

    def kin_unresolved(self, words: str, relation: str, owner: str) -> str:
        lang = self.language
        return lang.explanation("kin_unresolved", text=words, relation=lang.relation(relation), of=self.label(owner))

    # --- identity readings ---------------------------------------------------------

    def all_candidates(self, mention: str, qids: Sequence[str]) -> str:
        names = self.language.list_and([self.label(qid) for qid in qids])
        return self.language.identity_note("all_candidates", mention=mention, candidates=names)

    def ruled_out(self, mention: str, qid: str, key: str, reference: PartialDate, claimed: PartialDate) -> str:
        """A reading the event's date rules out: the person was dead (or unborn) by then."""
        lang = self.language
        return lang.explanation(
            f"ruled_out_{key}",
            mention=mention,
            who=self.label(qid),
            ref=lang.date(reference.to_gregorian(), in_sentence=True),
            claim=lang.date(claimed),
        )

    def ruled_out_by_gender(self, mention: str, qid: str, sex: str) -> str:
        """A reading the text's agreement rules out: the words are masculine of a woman, or feminine of a man."""
        return self.language.explanation(f"ruled_out_gender_{sex}", mention=mention, who=self.label(qid))

    def never_followed(self, mention: str, qid: str, succession: NeverFollowed) -> str:
        """A reading a complete list of offices rules out: the one never followed the other in any office."""
        lang = self.language
        key = "ruled_out_never_followed" + ("" if succession.date else "_undated")
        return lang.explanation(
            key,
            mention=mention,
            who=self.label(qid),
            successor=self.label(succession.successor),
            predecessor=self.label(succession.predecessor),
            holder=self.label(succession.holder),
            claim=lang.date(succession.date) if succession.date else "",
        )

    def identity_uncertain(self, mention: str) -> str:
        return self.not_enough_info([self.language.explanation("identity_uncertain", mention=mention)])

    def ambiguous(
        self, mention: str, readings: Sequence[tuple[str, str]], incomplete: bool, offices: bool = False
    ) -> str:
        """No verdict under an ambiguous mention: which readings hold, fail or are unknown. `offices`: the
        mention names several offices together ("commissar for foreign, military and naval affairs")."""
        lang = self.language
        names = [self.label(qid) for qid, _ in readings]
        groups: dict[str, list[str]] = {}
        for name, (_, verdict) in zip(names, readings, strict=True):
            key = {"supported": "reading_holds", "contradicted": "reading_fails"}.get(verdict, "reading_unknown")
            groups.setdefault(key, []).append(name)
        detail = "; ".join(
            lang.phrase(key, who=lang.list_and(group))
            for key in ("reading_holds", "reading_fails", "reading_unknown")
            if (group := groups.get(key))
        )
        parts = [
            lang.explanation(
                "ambiguous_offices" if offices else "ambiguous_identity",
                mention=mention,
                candidates=lang.list_and(names),
                detail=detail,
            )
        ]
        if incomplete:  # false of every one the KB knows, but it may not know them all
            parts.append(lang.explanation("candidates_incomplete", mention=mention))
        return self.not_enough_info(parts)

    def identity_note(self, basis: str, relation: str | None, relative_of: str | None, mention: str, qid: str) -> str:
        """How the mention was tied to the KB item (the proof's identity link)."""
        lang = self.language
        entity = self.label(qid)
        if basis == "kinship":
            return lang.identity_note(
                "kinship",
                mention=mention,
                relation=lang.relation(relation or ""),
                owner=self.label(relative_of or ""),
                entity=entity,
            )
        return lang.identity_note(basis, mention=mention, entity=entity, candidates=entity)

    # --- evidence and proof ----------------------------------------------------------

    def evidence(self, findings: Sequence[Finding]) -> tuple[Evidence, ...]:
        facts: dict[int, Fact] = {}
        for finding in findings:
            for fact in finding.evidence:
                facts.setdefault(id(fact), fact)
        return tuple(self.evidence_of(fact) for fact in facts.values())

    def evidence_of(self, fact: Fact) -> Evidence:
        """A KB statement as contract evidence (dates in ISO form at their precision)."""
        qualifiers: dict[str, Any] = {pid: [plain(v) for v in values] for pid, values in fact.qualifiers.items()}
        if isinstance(fact.value, PartialDate) and fact.value.calendar == "julian":
            qualifiers["calendar"] = "julian"
            qualifiers["gregorian"] = fact.value.to_gregorian().iso()
        return Evidence(
            kb=self.view.name,
            subject=fact.subject,
            property=fact.property,
            value=plain(fact.value),
            qualifiers=qualifiers,
            source=fact.source,
            url=self.view.url(fact.subject),
        )

    def proof(
        self, finding: Finding, identity_basis: IdentityRule, identity_note: str, mention: tuple[str, int, int]
    ) -> Proof:
        """The chain of a contradiction, from the finding that decided it."""
        lang = self.language
        check = finding.check
        assert check is not None
        fact = finding.evidence[0]
        qualifier = finding.pid if finding.pid != check.property else None
        reference = fact.qualifier(qualifier)[0] if qualifier and fact.qualifier(qualifier) else fact.value
        claimed = check.value if qualifier is None else check.qualifiers.get(qualifier, check.value)
        return Proof(
            mention=mention[0],
            start=mention[1],
            end=mention[2],
            entity=check.subject,
            entity_label=self.label(check.subject),
            identity=identity_basis,
            identity_note=identity_note,
            property=check.property,
            qualifier=qualifier,
            property_label=lang.property_name(finding.pid),
            reference=str(plain(reference)),
            reference_label=self.describe(reference),
            source=fact.source,
            url=self.view.url(fact.subject),
            text_value=claimed.text.strip() or str(plain(claimed.value)),
            rule=finding.rule or "single_value",
            rule_note=lang.rule_note(finding.rule or "single_value", lang.property_name(finding.pid)),
        )


def _sentences(parts: Iterable[str]) -> str:
    """The parts of an explanation, each said once: two statements of one fact (a successor on one side,
    a predecessor on the other) compare to the same sentence, and a reader should not see it twice."""
    return " ".join(dict.fromkeys(part for part in parts if part))
