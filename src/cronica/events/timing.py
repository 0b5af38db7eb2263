"""Dating events: the timex in the trigger's clause, one shared by coordination, or a marked inheritance.

A DATE/TIME timex is attached to the predicate it hangs from in the parse (walking up
from the timex's head to the nearest verb or trigger). An event takes the timexes
attached to its trigger, its clause or a verb that controls it ("intentó asesinarlo");
a coordinated verb with none of its own shares a date fronted before the first verb
("En 1917 se unió ... y fue nombrado"), not one after it ("abdicated on 6 April 1814 and
was exiled"). Otherwise an event is dated only when its clause carries a marker such as
"ese mismo día" or "after that" (cues.yaml: time_same / time_after); it then takes the
previous dated event's date and says so in `time_source`. Everything else stays undated.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from cronica.events.lexicon import Cues
from cronica.events.syntax import (
    OPENING_BRACKETS,
    SUBJECT_DEPS,
    clause_token,
    first_lemma,
    governors,
    nominal_participle,
)
from cronica.model import TimeSource, Timex

DATING_TYPES = frozenset({"DATE", "TIME"})


def attach_timexes(
    doc: Doc,
    timexes: Sequence[Timex],
    trigger_indexes: set[int],
    continuations: Mapping[int, int] | None = None,
    cues: Cues | None = None,
) -> dict[int, list[Timex]]:
    """Token index of the predicate each DATE/TIME timex modifies → those timexes.

    `continuations` maps a continuation predicate to the verb it continues ("was arrested in December
    1895, later exiled to Siberia in 1897"): a date after it that the parser hangs on that verb is
    the continuation's. With `cues`, a date in an apposition to an event noun is the noun's
    (`appositive_event`: "Su muerte, acaecida en 1848")."""
    attached: dict[int, list[Timex]] = {}
    for timex in timexes:
        if timex.type not in DATING_TYPES:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        inside = set(range(span.start, span.end))
        node = span.root
        for _ in range(8):
            if (
                node.i not in inside
                and (node.pos_ in ("VERB", "AUX") or node.i in trigger_indexes or _participle(node))
                and not nominal_participle(node)  # "fusilado con los demás acusados el 25 de agosto"
            ):
                break
            if node.i not in inside and node.i < span.start and _subject_phrase(node, span):
                # "Zinoviev, president of the Comintern (1919-1926), was shot": the title's years (a date
                # before the subject, "In 1800 royalists tried", is the clause's, wherever the parser hangs it)
                break
            if node.head == node:
                break
            node = node.head
        node = _served_verb(node)
        node = _manner_participle(node, trigger_indexes) or node
        if cues is not None:
            node = appositive_event(doc, span, node, trigger_indexes, cues) or node
        node = _event_noun_before(doc, span, node, trigger_indexes) or node
        node = _clause_after(doc, span, node) or node
        node = _continuation_before(doc, span, node, continuations or {}) or node
        node = _predicate_before_bracket(doc, span, node) or node
        attached.setdefault(node.i, []).append(timex)
    return attached


#: dependencies of a verb read as an auxiliary of another
_AUXILIARY_DEPS = frozenset({"aux", "auxpass", "aux:pass"})


def _served_verb(node: Token) -> Token:
    """The verb an auxiliary serves, for a date the parser hangs on the auxiliary: an auxiliary has no
    dates of its own, and a helping verb read as one ("in 1911 helped found Pravda": "helped" an auxiliary
    of "found") dates the verb it helps."""
    if node.dep_ in _AUXILIARY_DEPS and node.head != node and node.head.pos_ == "VERB":
        return node.head
    return node


#: how far after a date its calendar mark may lie ("(O.S.)", "(calendario juliano)")
_CALENDAR_MARK_TOKENS = 4


def _subject_phrase(token: Token, date: Span) -> bool:
    """A clause's subject, or a noun set beside it, whose phrase holds the date: the date dates that
    noun (a term of office: "El presidente de la Internacional Comunista (1919-1926)", "Yagoda,
    People's Commissar for Internal Affairs (1934-1936)"), never the clause's verb. The noun is a
    common noun, or a name when the date is in brackets (a title's term, a person's life or office:
    "Mikhail Tomsky (trade union leader 1922–1929) was born"); a date the parser hangs on a person's
    name outside brackets ("Trotsky in 1927 was expelled") is still the clause's."""
    if token.dep_ not in SUBJECT_DEPS and not (token.dep_ == "appos" and token.head.dep_ in SUBJECT_DEPS):
        return False
    if token.pos_ == "NOUN":
        return True
    # a bracketed date after a name is the name's, a person's too: "Mikhail Tomsky (trade union
    # leader 1922–1929) was born in Saint Petersburg" is no birth in 1922
    return token.pos_ == "PROPN" and _bracketed(date)


#: how many tokens a bracket may lie from a date it holds ("(1934-1936)", "(desde 1934)")
_BRACKET_REACH = 4


def _bracketed(span: Span) -> bool:
    """The date stands inside a bracket pair, close by on both sides."""
    doc = span.doc
    before = doc[max(0, span.start - _BRACKET_REACH) : span.start]
    after = doc[span.end : min(len(doc), span.end + _BRACKET_REACH)]
    opening = next((t.text for t in reversed(before) if t.text in OPENING_BRACKETS), None)
    if opening is None or any(t.text == OPENING_BRACKETS[opening] for t in before):
        return False
    return any(t.text == OPENING_BRACKETS[opening] for t in after)


def _predicate_before_bracket(doc: Doc, span: Span, node: Token) -> Token | None:
    """A date alone in brackets dates the predicate right before it, telegraphic chronologies' shape:
    "exiled to Alma-Ata (1928), deported (1929)", "desterrado a Alma-Atá y expulsado de la Unión
    Soviética (1929)". When the parser hangs it on an earlier predicate across another verb or
    participle, it goes to that nearer one (which, if no trigger, dates nothing): a bracketed year never
    dates an item of the list before the one it closes."""
    if node.i >= span.start or not _alone_in_brackets(span):
        return None
    words = doc[node.i + 1 : span.start]
    between = [t for t in words if t.pos_ in ("VERB", "AUX") or _participle(t) or t.tag_ == "VBN"]
    return between[-1] if between else None


def _alone_in_brackets(span: Span) -> bool:
    """The date is all a bracket pair holds: "(1929)", "(1918-1925)"."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    opening = doc[span.start - 1].text
    return opening in OPENING_BRACKETS and doc[span.end].text == OPENING_BRACKETS[opening]


def _continuation_before(doc: Doc, span: Span, verb: Token, continuations: Mapping[int, int]) -> Token | None:
    """The last continuation of `verb` between it and the date: "was arrested in December 1895, later
    exiled to Siberia in 1897" (the parser hangs "in 1897" on "arrested")."""
    between = [at for at, continued in continuations.items() if continued == verb.i and verb.i < at < span.start]
    return doc[max(between)] if between else None


def _manner_participle(node: Token, trigger_indexes: set[int]) -> Token | None:
    """The trigger a participle right after it completes: "murió asesinado el 1 de diciembre de 1934" (the
    parser makes "asesinado" the object of "murió" and hangs the date on it). The participle says how the
    event happened, it is no event of its own, so its date is the trigger's."""
    head = node.head
    if node.i in trigger_indexes or head.i not in trigger_indexes or node.i != head.i + 1:
        return None
    if not _participle(node) or node.dep_ not in ("obj", "dobj", "xcomp", "acomp", "advcl", "amod"):
        return None
    return head


def _participle(token: Token) -> bool:
    """A participle the tagger left as an adjective is a predicate of its own: "arrestado por sus
    actividades, luego deportado a Siberia en 1900" (the parser hangs "deportado" on "actividades"):
    1900 dates the deportation, never the arrest."""
    return token.pos_ == "ADJ" and "Part" in token.morph.get("VerbForm", [])


def named_dates(
    doc: Doc,
    timexes: Sequence[Timex],
    trigger_indexes: set[int],
    name_prepositions: frozenset[str] = frozenset(),
    time_nouns: frozenset[str] = frozenset(),
) -> set[str]:
    """Timexes that are part of the name of something else ("durante la revolución de 1905", "after the
    1905 revolution", "en el congreso de 1927", "after the congress of 1927"): they date that thing, and an
    event beside it only loosely (the revolution of 1905 lasted until 1907). The timex modifies a noun that
    is neither an event trigger nor inside the timex, directly or through one of `name_prepositions` (the
    English parser hangs "1927" on "of", and "of" on "congress"); never a noun of `time_nouns`
    ("in the chaotic days of June 1941": the date is the event's own)."""
    named: set[str] = set()
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = _named_head(span, name_prepositions)
        if head.lemma_.lower() in time_nouns or head.lower_ in time_nouns:
            continue  # "in the chaotic days of June 1941", "en los días de enero de 1928": the event's own date
        if head.i in range(span.start, span.end) or head.i in trigger_indexes:
            continue
        if timex.calendar is not None and span.end <= head.i <= span.end + _CALENDAR_MARK_TOKENS:
            continue  # "22 April 1870 (O.S.)": the parser may hang the date on its calendar mark
        if head.pos_ in ("NOUN", "PROPN") and span.root.dep_ not in ("appos", "conj", "ROOT"):
            named.add(timex.id)
    return named


def _named_head(span: Span, name_prepositions: frozenset[str]) -> Token:
    """The word a date hangs on: through an English name preposition, the preposition's noun ("the Fifteenth
    Congress of December 1927")."""
    head = span.root.head
    if head.lower_ in name_prepositions and span.root.dep_ == "pobj" and head.dep_ == "prep" and head.i < span.start:
        return head.head
    return head


def ordered_named_dates(
    doc: Doc,
    timexes: Sequence[Timex],
    named: set[str],
    name_prepositions: frozenset[str],
    order_words: frozenset[str],
) -> dict[str, Token]:
    """Named dates whose named thing is a point of reference before or after which the event lies ("a year
    before the Constitution of 1936", "six months prior to the 1917 February Revolution", "un año después del
    levantamiento de 1953", "tras el congreso de 1934"): the offset moves the event off that date, so the date
    neither dates nor supports it. The order word governs the name's noun (up to two words up: "prior to") or
    is its case marker ("tras"). Each such date → its order word."""
    ordered: dict[str, Token] = {}
    for timex in timexes:
        if timex.id not in named:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        order = _order_word(_named_head(span, name_prepositions), order_words)
        if order is not None:
            ordered[timex.id] = order
    return ordered


def _order_word(noun: Token, order_words: frozenset[str]) -> Token | None:
    """The order word that governs `noun` (up to two words up: "prior to") or is its case marker ("tras")."""
    governors = [noun.head, noun.head.head] if noun.head != noun else []
    markers = [child for child in noun.children if child.dep_ == "case"]
    return next((word for word in (*governors, *markers) if word.lower_ in order_words), None)


def ordered_event_dates(
    doc: Doc,
    timexes: Sequence[Timex],
    trigger_indexes: set[int],
    name_prepositions: frozenset[str],
    order_words: frozenset[str],
) -> dict[str, tuple[Token, Token]]:
    """Dates of an event noun that another event lies before or after ("shot a year after the trial of 1938",
    "detenido un año antes del juicio de 1938"): the date is the noun's own, and the order word hangs on the
    other event's trigger. Each such date → (its order word, that trigger)."""
    ordered: dict[str, tuple[Token, Token]] = {}
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        noun = _named_head(span, name_prepositions)
        if noun.i not in trigger_indexes or noun.pos_ != "NOUN" or noun.i in range(span.start, span.end):
            continue
        order = _order_word(noun, order_words)
        if order is None:
            continue
        event = noun.head if order.head == noun else order.head  # "tras el juicio": the marker hangs on the noun
        if event.i in trigger_indexes and event != noun:
            ordered[timex.id] = (order, event)
    return ordered


#: a counted offset: "P2Y" (two years), "P6M" (six months); a vague one ("PXY": "a few years") is none
_OFFSET = re.compile(r"^P(\d+)([YM])$")
#: a named thing's date the offset can move: a year, a month or a day
_ANCHOR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-\d{2})?)?$")


def relative_dates(
    doc: Doc, timexes: Sequence[Timex], ordered: Mapping[str, Token], before_words: frozenset[str]
) -> dict[str, str]:
    """The event's date computed from a named thing's date it lies before or after by a counted offset
    written right before the order word ("two years after the revolution of 1917" → 1919, "un año antes
    de la Constitución de 1936" → 1935, "a month after the congress of December 1927" → 1928-01): ordered
    date id → the computed value. The precision is the offset's unit: a year's offset gives a year; a
    month's gives a month, and none from a year alone (six months from "1936" may fall in either of two
    years). A vague or approximate offset ("a few years", "about a year", "shortly") gives none, nor a
    length that is no offset (`_counted_offset`)."""
    durations = [t for t in timexes if t.type == "DURATION" and t.mod is None]
    computed: dict[str, str] = {}
    for timex in timexes:
        order = ordered.get(timex.id)
        if order is None:
            continue
        offset = next((d for d in durations if d.end <= order.idx and not doc.text[d.end : order.idx].strip()), None)
        if offset is None or not _counted_offset(doc, offset):
            continue
        value = shifted(timex.value, offset.value, -1 if order.lower_ in before_words else 1)
        if value is not None:
            computed[timex.id] = value
    return computed


def _counted_offset(doc: Doc, duration: Timex) -> bool:
    """The duration stands alone before the order word: no preposition makes it a length of something else
    ("exiled for two years after the revolution of 1905", "durante dos años después de"), and no word of its
    phrase lies outside it ("in the first two years after the revolution": a period, not a point)."""
    span = doc.char_span(duration.start, duration.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span.start > 0 and doc[span.start - 1].pos_ == "ADP":
        return False
    return span.root.left_edge.i >= span.start


def shifted(anchor: str, offset: str, sign: int) -> str | None:
    """`anchor` (a TIMEX3 year, month or day) moved by `offset` (a counted ISO duration) in the direction
    `sign`, at the offset's precision; None when that precision cannot honestly be reached."""
    date, length = _ANCHOR.match(anchor), _OFFSET.match(offset)
    if date is None or length is None or not int(length.group(1)):
        return None
    count = int(length.group(1)) * sign
    year = int(date.group(1))
    if length.group(2) == "Y":
        return f"{year + count:04d}"
    if date.group(2) is None:
        return None  # months from a year alone straddle two years
    months = year * 12 + int(date.group(2)) - 1 + count
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _event_noun_before(doc: Doc, span: Span, verb: Token, trigger_indexes: set[int]) -> Token | None:
    """A date between an event noun and the verb it is an argument of dates the noun, not the
    verb: "La muerte de Lenin en 1924 conmocionó al partido" (the parser hangs "en 1924" on
    "conmocionó"). Only when the date sits right after the noun's phrase and before the verb."""
    if verb.i in trigger_indexes or verb.i < span.end:
        return None
    first = span.start - 1 if span.start > 0 and doc[span.start - 1].dep_ == "case" else span.start
    nouns = (n for n in verb.children if n.i in trigger_indexes and n.pos_ == "NOUN" and n.i < first)
    return next((n for n in nouns if max(t.i for t in n.subtree) + 1 == first), None)


#: dependencies of a participle or relative clause on the noun it describes
_MODIFIER_DEPS = frozenset({"acl", "relcl", "acl:relcl", "amod", "appos"})
#: dependencies inside a noun's phrase, climbed from a modifier's head to the event noun ("La expulsión de
#: Trotski del partido, decidida en 1927": the parser may hang "decidida" on "partido")
_PHRASE_DEPS = frozenset({"nmod", "pobj", "prep", "compound", "flat", "poss", "appos"})


def appositive_event(doc: Doc, span: Span, node: Token, trigger_indexes: set[int], cues: Cues) -> Token | None:
    """The event noun a date in apposition dates (issue 13): a participle or relative clause that says the
    event happened, set off by a comma after the noun's phrase ("Su muerte, acaecida en 1848", "his arrest,
    which came on 16 December 1934", "su expulsión del partido, decidida en noviembre de 1927"), or the
    date alone between commas after a subject that is an event noun ("His death, in August 1948, opened
    ..."). Another participle ("anunciada el 22 de enero", "ordered in 1937") dates something else."""
    if node.i not in trigger_indexes and node.dep_ in _MODIFIER_DEPS:
        noun = _event_noun_of(node.head, trigger_indexes)
        left = min(t.i for t in node.subtree if not t.is_punct)  # the parser may hang the comma on it
        if noun is not None and noun.i < left and left > 0 and doc[left - 1].text == "," and node.i < span.start:
            if _says(node, cues.occurrence_verbs, cues):
                return noun
            if _says(node, cues.decision_verbs, cues) and not _says(noun.head, cues.occurrence_verbs, cues):
                return noun
        return None
    return _bare_apposition(doc, span, node, trigger_indexes)


def _event_noun_of(token: Token, trigger_indexes: set[int]) -> Token | None:
    """The event noun whose phrase holds `token` (itself, or up through the phrase's own words)."""
    for _ in range(4):
        if token.i in trigger_indexes and token.pos_ == "NOUN":
            return token
        if token.dep_ not in _PHRASE_DEPS or token.head == token:
            return None
        token = token.head
    return None


def _says(verb: Token, words: Sequence[str], cues: Cues) -> bool:
    """The verb is one of `words`: by its lemma, or a participle the tagger left as an adjective by the
    infinitives its ending gives ("acaecida" → acaecer); a multiword entry ("tener lugar", "take place",
    "carry out") also needs its other words among the verb's dependents."""
    lemmas = {first_lemma(verb), verb.lower_, *cues.infinitives_of(verb.lower_)}
    dependents = {child.lower_ for child in verb.children} | {
        grandchild.lower_ for child in verb.children for grandchild in child.children
    }
    for entry in words:
        head, *rest = entry.split()
        if head in lemmas and all(word in dependents for word in rest):
            return True
    return False


def _bare_apposition(doc: Doc, span: Span, verb: Token, trigger_indexes: set[int]) -> Token | None:
    """ "His death, in August 1948, opened ...", "Su muerte, en agosto de 1948, abrió ...": a date alone
    between commas right after the phrase of an event noun that is the verb's subject."""
    first = span.start - 1 if span.start > 0 and doc[span.start - 1].pos_ == "ADP" else span.start
    if first < 2 or doc[first - 1].text != "," or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    if verb.i < span.end:
        return None
    nouns = (n for n in verb.children if n.i in trigger_indexes and n.pos_ == "NOUN" and n.dep_ in SUBJECT_DEPS)
    return next((n for n in nouns if max(t.i for t in n.subtree) + 2 == first), None)


def _clause_after(doc: Doc, span: Span, verb: Token) -> Token | None:
    """ "…logró que fuera expulsado del Comité Central y el 5 de enero de 1928 fue deportado": a date
    that opens a coordinated clause (a conjunction before it, that clause's verb right after it) dates
    that clause, even when the parser hangs it on the first one (as a conjunct of "Comité")."""
    before = span.start - 1
    while before >= 0 and doc[before].pos_ == "DET":
        before -= 1
    if before < 0 or doc[before].pos_ != "CCONJ" or span.end >= len(doc):
        return None
    after = doc[span.end]
    if after.is_punct and span.end + 1 < len(doc):
        after = doc[span.end + 1]
    target = after if after.pos_ == "VERB" else after.head if after.pos_ == "AUX" else None
    if target is None or target == verb or target.pos_ != "VERB" or target.i < span.end:
        return None
    return target


def timex_token_indexes(doc: Doc, timexes: Sequence[Timex]) -> set[int]:
    """Tokens inside any timex: never participants ("El 12 de noviembre" parsed as a subject)."""
    indexes: set[int] = set()
    for timex in timexes:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is not None:
            indexes.update(range(span.start, span.end))
    return indexes


def own_timexes(
    token: Token, attached: dict[int, list[Timex]], governor: Token | None = None
) -> tuple[list[Timex], TimeSource | None]:
    """Timexes dating the event in its own clause, else one fronted in the clause it complements
    (`governor`: "En 1927 Stalin logró que fuera expulsado"), else through coordination."""
    chain = [token, clause_token(token), *governors(token)]
    found: list[Timex] = []
    for node in chain:
        for timex in attached.get(node.i, ()):
            if timex not in found:
                found.append(timex)
    if found:
        return found, "clause"
    if governor is not None:
        for node in (governor, *governors(governor)):
            fronted = [t for t in attached.get(node.i, ()) if t.end <= token.idx]
            if fronted:
                return fronted[:1], "clause"
    clause = chain[-1] if len(chain) > 2 else clause_token(token)
    if clause.dep_ == "conj" and clause.head != clause:
        head = clause.head
        fronted = [t for t in attached.get(head.i, ()) if t.end <= head.idx]
        if fronted:
            return fronted[:1], "coordination"
    return [], None


def split_by_interval(found: list[Timex], interval_ends: Collection[str]) -> list[Timex]:
    """Two timexes forming an interval ("de 1925 a 1927") date one event by its start (`interval_ends`:
    the ids of the timexes ending an interval)."""
    return [timex for timex in found if timex.id not in interval_ends]


def inheritance_marker(token: Token, sentence: Span, cues: Cues, timexes: Sequence[Timex]) -> TimeSource | None:
    """ "inherited" or "inherited_after" when the clause carries a marker not already a timex."""
    clause = clause_token(token)
    begin = sentence.start_char if clause.dep_ == "ROOT" else min(clause.left_edge.idx, token.idx)
    text = sentence.text[begin - sentence.start_char : token.idx + len(token.text) - sentence.start_char].lower()
    kinds: tuple[tuple[TimeSource, tuple[str, ...]], ...] = (
        ("inherited", cues.time_same),
        ("inherited_after", cues.time_after),
    )
    for kind, markers in kinds:
        for marker in markers:
            for match in re.finditer(rf"(?<!\w){re.escape(marker)}(?!\w)", text):
                position = begin + match.start()
                if not any(t.start <= position < t.end for t in timexes):
                    return kind
    return None
