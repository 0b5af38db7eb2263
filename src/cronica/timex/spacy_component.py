"""The tagger as a spaCy component: `nlp.add_pipe("cronica_timex")`, results on `doc._.timexes`.

    >>> import spacy, cronica.timex.spacy_component  # registers the factory
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("cronica_timex", config={"dct": "2019-12-20"})
    >>> [t.value for t in nlp("We met yesterday.")._.timexes]
    ['2019-12-19']

The language comes from the pipeline (`nlp.lang`) unless `lang` is configured; the
DCT may be set per document with `doc._.dct` before the component runs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from cronica.timex.tagger import Tagger, get_tagger

for _name in ("timexes", "timex_intervals", "dct"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class TimexComponent:
    def __init__(self, tagger: Tagger, dct: str | None, mode: str | None) -> None:
        self.tagger = tagger
        self.dct = dct
        self.mode = mode

    def __call__(self, doc: Doc) -> Doc:
        result = self.tagger.tag(doc.text, dct=doc._.dct or self.dct, mode=self.mode)
        doc._.timexes = list(result.timexes)
        doc._.timex_intervals = list(result.intervals)
        return doc


@Language.factory(
    "cronica_timex",
    assigns=["doc._.timexes", "doc._.timex_intervals"],
    default_config={"lang": None, "dct": None, "mode": None},
)
def make_timex_component(
    nlp: Language, name: str, lang: str | None, dct: str | None, mode: str | None
) -> TimexComponent:
    return TimexComponent(get_tagger(lang or nlp.lang), dct, mode)
