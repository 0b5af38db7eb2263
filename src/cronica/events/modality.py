"""Modality of an event mention: asserted, negated, attempted, reported or hypothetical.

Read from the parse around the trigger, with the language's cue lists:
negation on the trigger or on a governing verb ("no llegó a embarcarse", "was never
tried"), a negating governor ("se negó a", "refused to"), an attempt governor
("intentó", "tried to"), a reporting frame ("según", "allegedly", the complement of
"claimed that"), conditional mood or a modal ("renunciaría", "would marry").
Precedence: negated > attempted > reported by a marker > hypothetical > reported by a
speech verb, so "según algunos autores, habría sido envenenado" is reported while
"declaró que renunciaría" is hypothetical. An ordered event ("ordenó detener a Lenin", "ordered
that he be tried": `directive_verbs`) is hypothetical too: the text tells the order, not that it
was carried out (FactBank counts such events uncommitted).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from cronica.events.lexicon import Cues
from cronica.events.syntax import clause_token, first_lemma, governors, outside_asides
from cronica.model import Modality


def modality_of(token: Token, sentence: Span, cues: Cues) -> Modality:
    clause = clause_token(token)
    ruling = governors(token)
    if _negated([token, clause, *ruling], cues) or any(first_lemma(g) in cues.negating_verbs for g in ruling):
        return "negated"
    if any(first_lemma(g) in cues.attempt_verbs for g in ruling):
        return "attempted"
    if _ordered(token, clause, ruling, cues):
        return "hypothetical"
    top = ruling[-1] if ruling else clause
    if _report_marker(top, sentence, cues):
        return "reported"
    if _hypothetical([token, clause, *ruling], sentence, cues) or _purpose(clause, cues):
        return "hypothetical"
    if _under_report_verb(top, cues):
        return "reported"
    return "asserted"


#: how an ordered event hangs on the verb that orders it: "ordenó detener", "ordered that he be tried",
#: "ordered Lenin's arrest"
_ORDERED_DEPS = frozenset({"xcomp", "ccomp", "obj", "dobj"})


def _ordered(token: Token, clause: Token, ruling: list[Token], cues: Cues) -> bool:
    """The event is the content of an order ("ordenó detener a Lenin"): told as ordered, not as done."""
    if any(first_lemma(g) in cues.directive_verbs for g in ruling):
        return True
    return any(
        node.dep_ in _ORDERED_DEPS and node.head != node and first_lemma(node.head) in cues.directive_verbs
        for node in (token, clause)
    )


def _negated(tokens: list[Token], cues: Cues) -> bool:
    for node in tokens:
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "neg") and child.lower_ in cues.negation):
                return True
    return False


def _hypothetical(tokens: list[Token], sentence: Span, cues: Cues) -> bool:
    for node in tokens:
        if "Cnd" in node.morph.get("Mood", []):
            return True
        for child in node.children:
            if child.dep_.startswith("aux") and "Cnd" in child.morph.get("Mood", []):
                return True
            if child.dep_ in ("aux", "mark") and child.lower_ in cues.hypothetical_markers:
                return True
    # multiword markers just before the trigger ("iba a", "was to")
    doc = tokens[0].doc
    window = doc[max(tokens[0].i - 4, sentence.start) : tokens[0].i].text.lower()
    return any(" " in marker and _has_phrase(window, marker) for marker in cues.hypothetical_markers)


def _purpose(clause: Token, cues: Cues) -> bool:
    """An infinitive saying what something was for ("an organization to kill Stalin", "para matar a
    Stalin", "a plot to assassinate"): a goal, not an event that happened."""
    infinitive = "Inf" in clause.morph.get("VerbForm", []) or any(
        child.dep_.startswith("aux") and "Inf" in child.morph.get("VerbForm", []) for child in clause.children
    )
    if not infinitive or clause.dep_ not in ("advcl", "acl", "acl:relcl"):
        return False
    governor = first_lemma(clause.head)
    if clause.dep_ == "advcl" and governor in cues.causative_verbs and governor not in cues.directive_verbs:
        return False  # "got the party to expel him": the causative's complement, what it brought about
    if clause.dep_ == "advcl" and governor in cues.post_taking_verbs and first_lemma(clause) in cues.headship_verbs:
        return False  # "was transferred to Leningrad to head the party organization": the post it was given
    if clause.dep_.startswith("acl") and clause.head.pos_ == "NOUN":
        return True  # "la orden de fusilarlo", "a plot to kill"
    marker = next(
        (c for c in clause.children if c.dep_ in ("mark", "aux", "case") and c.lower_ in cues.purpose_markers), None
    )
    if marker is None:
        return False
    # "fue detenido en 1898, para luego ser deportado a Siberia": "para" + an adverb of sequence tells
    # what came next, not a goal
    following = clause.doc[marker.i + 1 : clause.i]
    return not any(t.lower_ in cues.continuation_adverbs for t in following)


def _report_marker(top: Token, sentence: Span, cues: Cues) -> bool:
    """A "según X" / "according to X" / "allegedly" that belongs to this clause (not to a conjunct)."""
    lowered = sentence.text.lower()
    for marker in cues.report_markers:
        for match in _phrase_matches(lowered, marker):
            if any(lowered.startswith(phrase, match) for phrase in cues.not_report_phrases):
                continue  # "según el calendario juliano" names a calendar, not a source
            marker_token = sentence.doc.char_span(
                sentence.start_char + match, sentence.start_char + match + len(marker), alignment_mode="expand"
            )
            if marker_token is None or not outside_asides(top, marker_token[0], sentence):
                continue  # "Bujarin (el «favorito del partido», según Lenin) fue detenido": the aside's source
            if _attaches_to(marker_token[0], top):
                return True
    return False


def _attaches_to(marker: Token, clause: Token) -> bool:
    node = marker
    for _ in range(8):
        if node == clause:
            return True
        if node.head == node:
            break
        node = node.head
    # the marker hangs from a higher clause that takes this one as complement ("según X, fue Y")
    return clause.dep_ in ("ccomp", "parataxis") and clause.head == node


def _under_report_verb(top: Token, cues: Cues) -> bool:
    node = top
    for _ in range(3):
        if node.dep_ not in ("ccomp", "pcomp", "xcomp") or node.head == node:
            return False
        node = node.head
        if first_lemma(node) in cues.report_verbs and top.i > node.i:
            return True
    return False


def _phrase_matches(text: str, phrase: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]


def _has_phrase(text: str, phrase: str) -> bool:
    return bool(_phrase_matches(text, phrase))
