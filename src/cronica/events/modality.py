"""Modality of an event mention: asserted, negated, attempted, reported, alleged or hypothetical.

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
A report that distances the text from its content is "alleged": a verb of claim, rumour, suspicion or
belief ("claimed that", "sospechaban que"), a marker ("allegedly", "supuestamente") or the complement clause
of a rumour noun ("there were rumours that", "corrió el rumor de que"). The text does not assert it, so
verify never contradicts it (docs/verify.md).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from cronica.events.lexicon import Cues
from cronica.events.syntax import SUBJECT_DEPS, clause_token, first_lemma, governors, outside_asides
from cronica.model import Modality


def modality_of(token: Token, sentence: Span, cues: Cues) -> Modality:
    own = _own_modality(token, sentence, cues)
    if own != "asserted":
        return own
    return _shared_frame(token, sentence, cues) or own


def _own_modality(token: Token, sentence: Span, cues: Cues) -> Modality:
    clause = clause_token(token)
    ruling = governors(token)
    if _questioned(token, clause, ruling, sentence, cues):
        return "questioned"
    if _negated([token, clause, *ruling], cues) or any(first_lemma(g) in cues.negating_verbs for g in ruling):
        return "negated"
    if any(first_lemma(g) in cues.attempt_verbs for g in ruling):
        return "attempted"
    intended = _intended_noun(token, cues)
    if intended is not None:
        return intended
    if _ordered(token, clause, ruling, cues):
        return "hypothetical"
    top = ruling[-1] if ruling else clause
    marker = _report_marker(top, sentence, cues)
    if marker is not None:
        return "alleged" if marker in cues.allegation_markers else "reported"
    if _under_allegation_noun(top, cues):
        return "alleged"
    hypothetical = _hypothetical([token, clause, *ruling], sentence, cues)
    if hypothetical and _narrative_future(token, clause, ruling, sentence, cues):
        hypothetical = False  # "Zinoviev, who would be shot in 1936, …": told as what happened later
    if hypothetical or _purpose(clause, cues) or _wished(clause, cues):
        return "hypothetical"
    verb = _report_verb(top, cues)
    if verb is not None:
        return "alleged" if verb in cues.allegation_verbs else "reported"
    return "asserted"


#: the moods of a verb that tells no fact by itself: the subjunctive, the conditional, the imperative
_UNTOLD_MOODS = frozenset({"Sub", "Cnd", "Imp"})


def _shared_frame(token: Token, sentence: Span, cues: Cues) -> Modality | None:
    """A conjunct with no subject and no finite indicative verb of its own shares the frame of the verb it is
    coordinated with: "feared that Trotsky would return to Moscow and be elected", "intentó recuperar … y ser
    reelegido", "temía que volviera y fuera elegido". "Tried to flee and was arrested in 1930" tells the arrest, and
    "was not shot but murdered" the murder."""
    clause = clause_token(token)
    if clause.dep_ != "conj" or clause.head == clause or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    if any(child.dep_ in SUBJECT_DEPS for child in clause.children) or _finite_indicative(clause):
        return None
    between = clause.doc[min(clause.head.i, clause.i) + 1 : max(clause.head.i, clause.i)]
    if any(word.dep_ == "cc" and word.lower_ in cues.contrast_coordinators for word in between):
        return None  # "was not shot but murdered": the conjunct is set against its head, and told
    shared = modality_of(clause.head, sentence, cues)
    return shared if shared != "asserted" else None


def _finite_indicative(verb: Token) -> bool:
    """The verb or one of its auxiliaries is finite and in no mood of wish or condition ("was arrested", "fue")."""
    for node in (verb, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")):
        if "Fin" in node.morph.get("VerbForm", []) and not _UNTOLD_MOODS & set(node.morph.get("Mood", [])):
            return True
    return False


def _wished(clause: Token, cues: Cues) -> bool:
    """A subjunctive clause that is the content of a verb of fearing, hoping or wanting ("Stalin temía que Trotski
    volviera", "esperaba que fuera elegido"): what is feared or wished, not what happened. Emotive factives
    ("lamentó que muriera") are not in those lists."""
    node = clause
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "querían que Kírov fuera elegido … y que Stalin muriera": the first clause's place
    if node.dep_ not in ("ccomp", "xcomp", "obj", "dobj") or node.head == node:
        return False
    moods = set(clause.morph.get("Mood", []))
    for child in clause.children:
        if child.dep_.startswith("aux") or child.dep_ == "cop":
            moods |= set(child.morph.get("Mood", []))
    wishing = cues.prospective_verbs | cues.intention_verbs
    return "Sub" in moods and (first_lemma(node.head) in wishing or node.head.lower_ in wishing)


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


#: how a noun event hangs on the verb or noun of an intention: "plotting the murder" (dobj), "conspired in the
#: murder", "soñaban con la muerte" (a preposition's object), "intentó el asesinato" (obj), "the assassination attempt"
_NOMINAL_ARGUMENT_DEPS = frozenset({"obj", "dobj", "pobj", "obl", "nmod", "prep", "pcomp", "iobj", "compound"})
#: a noun event as the subject of a copula whose predicate names the intention ("the murder was the aim")
_PREDICATE_DEPS = frozenset({"attr", "acomp", "ROOT"})


def _intended_noun(token: Token, cues: Cues) -> Modality | None:
    """A noun event that is the object of a plot, a plan, an attempt or an order ("charged with plotting the
    murder of Stalin", "planearon el asesinato de Lenin", "the murder of Lenin was the aim of the plot"): the
    text tells what someone meant to do, not that it happened. Attempted under an attempt verb, hypothetical
    under an order or an intention. A verb event is left to `governors` (its xcomp chain)."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    node = token
    for _ in range(4):
        if node.dep_ not in _NOMINAL_ARGUMENT_DEPS or node.head == node:
            break
        node = node.head
        lemma = first_lemma(node)
        if node.pos_ == "ADP" and lemma not in cues.intention_prepositions:
            break  # an adjunct ("a year after Zinoviev's execution", "tras el asesinato"), not what was meant
        if node.pos_ in ("VERB", "AUX") and lemma in cues.attempt_verbs and not _passive(node):
            return "attempted"
        if node.pos_ in ("VERB", "AUX") and lemma in cues.directive_verbs | cues.intention_verbs:
            return "hypothetical"
        if node.pos_ == "NOUN" and lemma in cues.intention_nouns:
            return "hypothetical"
        if node.pos_ in ("VERB", "AUX"):
            break  # a verb of another kind ("was followed by"): the noun event is its argument, told as such
    if token.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and token.head != token:
        head = token.head
        predicates = [head, *(c for c in head.children if c.dep_ in _PREDICATE_DEPS)]
        if any(p.pos_ == "NOUN" and first_lemma(p) in cues.intention_nouns for p in predicates):
            return "hypothetical"
    return None


def _passive(verb: Token) -> bool:
    """ "was tried": a passive of an attempt verb is another sense (a trial), not an attempt."""
    return any(child.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for child in verb.children)


def _questioned(token: Token, clause: Token, ruling: list[Token], sentence: Span, cues: Cues) -> bool:
    """The event is what a yes/no question asks, not what the text says: "¿Murió Stalin en 1952?", "Did
    Stalin die in 1952?", "se preguntan si Kírov murió en 1935". Not a question opened by a question word
    (it presupposes its content: "¿Por qué fue expulsado Trotski en 1926?"), nor a factive verb's
    complement ("Did you know that Lenin died in 1923?"), nor a sentence before a question tag."""
    if _under_factive(clause, cues):
        return False
    for node in (token, clause, *ruling):
        if (
            node.head != node
            and first_lemma(node.head) in cues.question_verbs
            and any(c.dep_ == "mark" and c.lower_ in cues.question_complementizers for c in node.children)
        ):
            return True
    opening = _question_opening(token, sentence)
    if opening is None:
        return False
    words = _WORD.findall(opening.lower())
    if not words or words[0] in cues.question_words or " ".join(words[:2]) in cues.question_words:
        return False  # "¿Por qué fue expulsado…?", "Who ordered…?": its content is presupposed
    if opening.startswith("¿"):
        return True
    # a language without an opening mark: an inverted question opens with an auxiliary; a declarative
    # sentence ending in "?" asks too, unless a tag after its last comma asks for assent
    if words[0] in cues.question_auxiliaries:
        return True
    tail = opening.rstrip(" ?!\"'»”").rsplit(",", 1)
    return not (len(tail) == 2 and " ".join(_WORD.findall(tail[1].lower())) in cues.question_tags)


def _under_factive(clause: Token, cues: Cues) -> bool:
    """The clause is the complement of a factive verb ("know that", "saber que"), up a few clauses."""
    node = clause
    for _ in range(3):
        if node.head == node or node.dep_ not in ("ccomp", "xcomp", "obj", "dobj"):
            return False
        node = node.head
        if first_lemma(node) in cues.factive_verbs:
            return True
    return False


#: a word, for the first words of a question
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _question_opening(token: Token, sentence: Span) -> str | None:
    """The question holding the trigger, from its start to its "?": inside "¿…?" (Spanish), else the
    whole sentence when it ends with "?"; None when the trigger is in no question."""
    text = sentence.text
    at = token.idx - sentence.start_char
    close = text.find("?", at)
    if close < 0:
        return None
    opened = text.rfind("¿", 0, at)
    if opened >= 0 and "?" not in text[opened:at]:
        return text[opened : close + 1]
    if "¿" in text or text[close + 1 :].strip(" \"'»”)]"):
        return None  # a Spanish question elsewhere in the sentence, or a "?" that does not end it
    start = max(text.rfind(c, 0, at) for c in ".:;!")  # "No: was he…?" — the question after the colon
    return text[start + 1 : close + 1].strip()


def _negated(tokens: list[Token], cues: Cues) -> bool:
    for node in tokens:
        for child in node.children:
            if _answer_particle(child):
                continue
            if child.dep_ == "neg" or (child.dep_ in ("advmod", "neg") and child.lower_ in cues.negation):
                return True
    return False


def _answer_particle(token: Token) -> bool:
    """ "No: murió en agosto de 1940", "No, he died in 1940": a "no" opening its sentence before a
    punctuation mark answers a question; it does not negate the verb the parser hangs it on."""
    doc = token.doc
    first = bool(token.is_sent_start) or (
        token.i > 0 and doc[token.i - 1].is_punct and bool(doc[token.i - 1].is_sent_start)
    )
    return first and token.i + 1 < len(doc) and doc[token.i + 1].text in (",", ":", ";", "—", "–", ".")


def _hypothetical(tokens: list[Token], sentence: Span, cues: Cues) -> bool:
    for node in tokens:
        if "Cnd" in node.morph.get("Mood", []):
            return True
        for child in node.children:
            if (child.dep_.startswith("aux") or child.dep_ == "cop") and "Cnd" in child.morph.get("Mood", []):
                return True
            if child.dep_ in ("aux", "mark") and child.lower_ in cues.hypothetical_markers:
                return True
    # multiword markers just before the trigger ("iba a", "was to")
    doc = tokens[0].doc
    window = doc[max(tokens[0].i - 4, sentence.start) : tokens[0].i].text.lower()
    return any(" " in marker and _has_phrase(window, marker) for marker in cues.hypothetical_markers)


#: where a narrative future hangs: a relative clause on a name ("Kamenev, who would be shot"), a main clause or
#: its conjunct, or a clause after a semicolon that the parser hangs on the first ("…; al año siguiente sería
#: deportado": advcl or parataxis, without a subordinating conjunction)
_NARRATIVE_DEPS = frozenset({"ROOT", "relcl", "acl:relcl", "acl", "parataxis", "advcl"})
_RELATIVE_DEPS = frozenset({"relcl", "acl:relcl", "acl"})
#: how a clause hangs on a verb of saying or expecting whose content it is ("said that", "temía que")
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "csubj", "pcomp", "obj", "dobj", "conj", "parataxis"})


def _narrative_future(token: Token, clause: Token, ruling: list[Token], sentence: Span, cues: Cues) -> bool:
    """The future in the past of a narrative ("Zinoviev, who would be shot in 1936, still led the Comintern",
    "Bujarin, que sería fusilado en 1938, dirigía Izvestia", "…; he would die in Moscow in 1926"): the text
    tells from an earlier vantage what happened later, and asserts it. Read from the parse: a future-in-past
    form and nothing else hypothetical, not a perfect ("would have been shot", "habría sido envenenado": a
    counterfactual or a rumour), a relative clause or a main clause, no verb of saying or expecting over it
    ("said that he would resign"), no condition or doubt in the sentence, and a past-tense verb beside it: the
    narrative's vantage ("was", "dirigía"). Questions were read before (`_questioned`)."""
    if len(ruling) > 1:
        return False
    frame = ruling[0] if ruling else clause
    if not _future_form(token, clause, frame, sentence, cues) or _perfect(clause, cues):
        return False
    node = frame
    while node.dep_ == "conj" and node.head != node:
        node = node.head  # "would return to Moscow and be elected": the first conjunct's place
    if node.dep_ not in _NARRATIVE_DEPS or any(c.dep_ == "mark" and c.pos_ == "SCONJ" for c in node.children):
        return False  # a complement ("said that he would"), a condition or a time clause
    if node.dep_ in _RELATIVE_DEPS and not _appositive_relative(node, cues):
        return False  # "la orden de fusilarlo" (no relative clause), "dijo a sus amigos que sería fusilado"
    if any(c.dep_ == "advmod" and c.lower_ in cues.doubt_adverbs for t in (frame, clause) for c in t.children):
        return False
    saying = cues.report_verbs | cues.allegation_verbs | cues.intention_verbs | cues.prospective_verbs
    ancestor = node
    for _ in range(6):  # "wrote that Bukharin, who would be shot, was innocent": what someone said or feared
        if ancestor.head == ancestor:
            break
        if ancestor.dep_ in _COMPLEMENT_DEPS and first_lemma(ancestor.head) in saying:
            return False
        ancestor = ancestor.head
    return not _conditioned(sentence, cues) and _past_vantage(token, clause, frame, sentence)


def _future_form(token: Token, clause: Token, frame: Token, sentence: Span, cues: Cues) -> bool:
    """The clause's hypothetical reading comes only from a future-in-past form: a conditional that is no modal
    ("sería", "moriría", not "podría"), "would", "was to", "habría de"; not "could", "might", "iba a", "if"."""
    found = False
    for node in dict.fromkeys((token, clause, frame)):
        if "Cnd" in node.morph.get("Mood", []):
            if first_lemma(node) in cues.conditional_modals:
                return False
            found = True
        for child in node.children:
            if not (child.dep_.startswith("aux") or child.dep_ in ("cop", "mark")):
                continue
            if child.lower_ in cues.future_in_past_markers:
                found = True
            elif "Cnd" in child.morph.get("Mood", []):
                if first_lemma(child) in cues.conditional_modals:
                    return False
                found = True
            elif child.lower_ in cues.hypothetical_markers:
                return False
    doc = token.doc
    window = doc[max(token.i - 4, sentence.start) : token.i].text.lower()
    for marker in cues.hypothetical_markers:
        if " " in marker and _has_phrase(window, marker):
            if marker not in cues.future_in_past_markers:
                return False  # "iba a", "was going to": an intention
            found = True
    if found and frame is not clause and frame.lemma_.lower() == "be":
        # "who was to be executed": the "be" of "was to" takes a person, not a plan ("the aim was to kill")
        subject = next((c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and _relative_pronoun(subject, cues):
            subject = frame.head if frame.dep_ in _RELATIVE_DEPS else None
        if subject is None or subject.pos_ not in ("PROPN", "PRON") or subject.lower_ in ("it", "this", "that"):
            return False
    return found


def _perfect(clause: Token, cues: Cues) -> bool:
    """A perfect conditional ("would have been shot", "habría sido envenenado"): a counterfactual or, in
    Spanish, the reportive conditional of a rumour; never the narrative future ("habría de morir" is no
    perfect: its verb is an infinitive)."""
    return "Part" in clause.morph.get("VerbForm", []) and any(
        child.dep_.startswith("aux") and first_lemma(child) in cues.perfect_auxiliaries for child in clause.children
    )


def _appositive_relative(clause: Token, cues: Cues) -> bool:
    """A relative clause set off by a comma or a bracket ("Kamenev, who would be shot"): it tells more about a
    named one. Without it the "que" may be the complement of a verb of saying that the parser hung on its
    object ("dijo a sus amigos que sería fusilado"): not read as a narrative future."""
    pronoun = next((c for c in clause.children if _relative_pronoun(c, cues)), None)
    return pronoun is not None and pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text in (",", "(", "—", "–")


def _relative_pronoun(token: Token, cues: Cues) -> bool:
    return token.lower_ in cues.relative_pronouns and (
        "Rel" in token.morph.get("PronType", []) or token.tag_ in ("WP", "WDT", "WP$")
    )


def _conditioned(sentence: Span, cues: Cues) -> bool:
    """A condition anywhere in the sentence ("if", "si", "unless"), one opening it ("Had he lived", "De no
    haber muerto", "Sin la guerra"), or a past subjunctive ("si hubiera vivido", "lo arrestaran"): the
    conditional is the consequence of a condition, not a narrative future."""
    lowered = sentence.text.lower()
    if any(_has_phrase(lowered, marker) for marker in cues.condition_markers):
        return True
    opening = lowered.lstrip(" ¿¡\"'«“(")
    if any(opening.startswith(marker + " ") for marker in cues.condition_openers):
        return True
    return any("Sub" in t.morph.get("Mood", []) and set(t.morph.get("Tense", [])) & {"Imp", "Pqp"} for t in sentence)


def _past_vantage(token: Token, clause: Token, frame: Token, sentence: Span) -> bool:
    """A finite past-tense verb in the sentence besides the future-in-past itself: the narrative's vantage
    ("was still chairman", "dirigía entonces"). Without it ("Kamenev, who would be shot, is remembered…") the
    conditional may be a hypothesis."""
    own = {token.i, clause.i, frame.i} | {
        c.i for t in (token, clause, frame) for c in t.children if c.dep_.startswith("aux") or c.dep_ == "cop"
    }
    for other in sentence:
        if other.i in own or other.pos_ not in ("VERB", "AUX"):
            continue
        if "Cnd" in other.morph.get("Mood", []) or "Sub" in other.morph.get("Mood", []):
            continue
        if other.tag_ == "VBD" or (
            "Fin" in other.morph.get("VerbForm", []) and set(other.morph.get("Tense", [])) & {"Past", "Imp", "Pqp"}
        ):
            return True
    return False


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


def _report_marker(top: Token, sentence: Span, cues: Cues) -> str | None:
    """A "según X" / "according to X" / "allegedly" that belongs to this clause (not to a conjunct): the
    marker, so that an allegation marker ("allegedly", "supuestamente") tells the clause alleged."""
    lowered = sentence.text.lower()
    for marker in dict.fromkeys((*cues.allegation_markers, *cues.report_markers)):
        for match in _phrase_matches(lowered, marker):
            if any(lowered.startswith(phrase, match) for phrase in cues.not_report_phrases):
                continue  # "según el calendario juliano" names a calendar, not a source
            marker_token = sentence.doc.char_span(
                sentence.start_char + match, sentence.start_char + match + len(marker), alignment_mode="expand"
            )
            if marker_token is None or not outside_asides(top, marker_token[0], sentence):
                continue  # "Bujarin (el «favorito del partido», según Lenin) fue detenido": the aside's source
            if _attaches_to(marker_token[0], top):
                return marker
    return None


def _attaches_to(marker: Token, clause: Token) -> bool:
    node = marker
    for _ in range(8):
        if node == clause:
            return True
        if node.head == node:
            break
        node = node.head
    # the marker hangs from a higher clause that takes this one as complement ("según X, fue Y")
    return clause.dep_ in ("ccomp", "parataxis", "csubj") and clause.head == node


#: how a reported clause hangs on the verb that reports it; "prep" carries "accused him of having killed",
#: "csubj" a passive report ("se rumoreaba que había muerto": the clause is the subject)
_REPORTED_DEPS = frozenset({"ccomp", "pcomp", "xcomp", "prep", "csubj"})


def _report_verb(top: Token, cues: Cues) -> str | None:
    """The lemma of the speech, claim or belief verb this clause is the complement of ("said that", "acusó
    de haber matado"), or None."""
    node = top
    for _ in range(3):
        if node.dep_ not in _REPORTED_DEPS or node.head == node:
            return None
        node = node.head
        lemma = first_lemma(node)
        if (
            node.pos_ in ("VERB", "AUX")
            and top.i > node.i
            and (lemma in cues.report_verbs or lemma in cues.allegation_verbs)
        ):
            return lemma
    return None


#: how a content clause hangs on its noun: "rumours that Gorky had been poisoned" (acl), "el rumor de que
#: Trotski había muerto" (acl, or a "de" phrase's clause)
_CONTENT_DEPS = frozenset({"acl", "ccomp", "pcomp"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


def _under_allegation_noun(top: Token, cues: Cues) -> bool:
    """The clause is the content of a rumour, claim or suspicion noun ("there were rumours that", "la
    versión de que"): a complement clause with its conjunction ("that", "que" as a subordinator, not a
    relative pronoun: "the story that he told" is a relative clause, not content)."""
    if not any(child.dep_ == "mark" and child.pos_ == "SCONJ" for child in top.children):
        return False
    node = top
    for _ in range(2):
        if node.dep_ not in _CONTENT_DEPS or node.head == node:
            return False
        node = node.head
        if node.pos_ == "ADP":
            continue  # "el rumor de que": the clause hangs from "de"
        if node.pos_ in ("NOUN", "PROPN") and node.lemma_.lower() in cues.allegation_nouns:
            return True
        # "a rumour spread that ...", "the story went that ...": the noun is the governing verb's subject
        return any(
            child.dep_ in _SUBJECT_DEPS and child.lemma_.lower() in cues.allegation_nouns for child in node.children
        )
    return False


def _phrase_matches(text: str, phrase: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]


def _has_phrase(text: str, phrase: str) -> bool:
    return bool(_phrase_matches(text, phrase))
