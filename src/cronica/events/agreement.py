"""The gender a clause's grammar gives its subject by agreement (docs/verify.md, "Agreement").

A Spanish participle or adjective agrees with the subject it is said of: "fue detenido" is a man,
"fue detenida" a woman, "Nacida en Bakú, murió en 1932" a woman, "murió fusilada" a woman. The verifier
uses that gender only to remove readings a mention or an unstated subject could have (a man and a woman
who share a surname, a woman topic and a man named beside her); an unknown gender never removes one.
A masculine plural says nothing ("Lenin y Krúpskaya fueron detenidos" covers a mixed pair); a feminine
plural says every member is a woman. A perfect's participle agrees with nothing ("ha detenido").
"""

from __future__ import annotations

from spacy.tokens import Token

from cronica.events.frame import gender_of
from cronica.events.syntax import SUBJECT_DEPS, is_participle

#: dependencies of a participle predicated of the verb's subject ("murió fusilada": the parser makes it
#: an object, a complement or an adverbial clause; "fue detenido y sentenciado": a conjunct)
PREDICATIVE_DEPS = frozenset({"xcomp", "obj", "advcl", "conj"})
#: dependencies of a verb hanging on the participle whose clause it continues ("Nacida en Bakú, murió")
CONTINUED_DEPS = frozenset({"advcl", "conj"})
#: object dependencies: a verb with an object of its own may predicate a participle of it ("la encontró
#: muerta": the object is dead), so its participles say nothing of its subject
_OBJECT_DEPS = frozenset({"obj", "iobj", "dobj"})


def subject_gender(verb: Token, passive_aux: frozenset[str], number: str = "Sing") -> str | None:
    """Masc/Fem when the participles agreeing with `verb`'s subject say one gender in `number` (Sing or
    Plur): `verb` itself as a passive or bare participle, a bare participle predicated of the subject, or
    the bare participle whose clause `verb` continues. None when none says it or they disagree."""
    words = [verb] if _agrees(verb, passive_aux) else []
    objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and not is_participle(c)]
    if not objects:
        words.extend(c for c in verb.children if c.dep_ in PREDICATIVE_DEPS and _bare(c))
    head = verb.head
    if verb.dep_ in CONTINUED_DEPS and head is not verb and _bare(head) and head.i < verb.i:
        words.append(head)
    genders = {gender_of(word) for word in words if number in word.morph.get("Number", [])}
    genders.discard(None)
    return genders.pop() if len(genders) == 1 else None


def _agrees(token: Token, passive_aux: frozenset[str]) -> bool:
    """A participle with no auxiliary (an adjective use) or with the passive one ("fue detenido", "había
    sido detenido"); never a perfect's ("ha detenido", invariable)."""
    if not is_participle(token):
        return False
    auxes = [c for c in token.children if c.dep_.startswith("aux")]
    return not auxes or any(c.lemma_.lower() in passive_aux for c in auxes)


def _bare(token: Token) -> bool:
    """A participle with no auxiliary and no subject of its own: said of another clause's subject."""
    return is_participle(token) and not any(c.dep_.startswith("aux") or c.dep_ in SUBJECT_DEPS for c in token.children)
