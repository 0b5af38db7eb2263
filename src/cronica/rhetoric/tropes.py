"""The conspiracy trope inventory: dependency patterns kept as data (resources/<lang>/tropes.yaml).

A trope is a recurring story shape (hidden financiers, the puppet of a hidden master, an ethnic
label used to explain a political act...). Word lists alone cannot tell "los banqueros judíos
financiaron la revolución" from "Trotski nació en una familia judía": what matters is which word
is the *agent* of which predicate. So each trope is a set of spaCy DependencyMatcher patterns over
lemmas (folded, with `stem*` prefixes) and dependency relations, compiled from the YAML file.

Node syntax (one YAML mapping per node; the first node is the anchor):

    {id: verb, words: [$finance_verbs, pagar], pos: [VERB], dep: [ROOT]}
    {id: agent, from: verb, rel: ">", dep: [nsubj, obj], words: [$financiers], without: [$regimes]}

`words` takes words, `stem*` prefixes and `$class` references to the file's `classes`; `rel` is a
DependencyMatcher operator (">" child, ">>" descendant, "<" head, "$+"/"$-" siblings...);
`without` drops a match whose token has a child among those words, `without_subject` one whose
token's subject is among them ("the influenza spread like other viruses": a disease compared with
diseases). A pattern may also require a
word anywhere in the sentence (`sentence_requires`) or forbid one (`sentence_excludes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

import numpy as np
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from cronica.errors import CronicaError
from cronica.folding import fold

#: the token extension the patterns read: the word sets (tags) the token belongs to, set once per document
TAGS_ATTR = "cronica_rhetoric_tags"
#: prefixes and suffixes are bucketed by this many letters, so a token checks only its own buckets
AFFIX_BUCKET = 2
#: DependencyMatcher operators a node may use
OPERATORS = frozenset(
    {">", "<", ">>", "<<", ".", ".*", ";", ";*", "$+", "$-", "$++", "$--", ">+", ">-", "<+", "<-", ">++", ">--"}
)
NODE_FIELDS = frozenset({"id", "words", "pos", "dep", "from", "rel", "without", "without_subject", "not_words"})
#: the dependencies `without_subject` reads as a subject
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
#: the token attributes a pattern reads besides its word tags: what a sentence's own Doc copies
BLOCK_ATTRS: list[int | str] = ["POS", "DEP", "HEAD"]


def token_key(token: Token) -> str:
    return f"|{fold(token.lemma_ or token.text)}|{fold(token.text)}|"


if not Token.has_extension(TAGS_ATTR):
    Token.set_extension(TAGS_ATTR, default=None)


@dataclass(frozen=True)
class WordSets:
    """Every `words` list of the patterns as a tag; each token is tagged once per document with the
    lists it belongs to, and the DependencyMatcher tests tags (INTERSECTS), not regexes: the same
    answer as testing each node's list on each token, without paying for it once per node."""

    exact: Mapping[str, frozenset[str]]  # folded word → tags
    prefixes: Mapping[str, tuple[tuple[str, str], ...]]  # first letters → (prefix, tag)
    suffixes: Mapping[str, tuple[tuple[str, str], ...]]  # last letters → (suffix, tag)

    @classmethod
    def build(cls, tagged: Mapping[str, Sequence[str]]) -> WordSets:
        exact: dict[str, set[str]] = {}
        prefixes: dict[str, list[tuple[str, str]]] = {}
        suffixes: dict[str, list[tuple[str, str]]] = {}
        for tag, words in tagged.items():
            for word in words:
                if word.endswith("*") and len(word) > 1:
                    stem = fold(word[:-1])
                    prefixes.setdefault(stem[:AFFIX_BUCKET], []).append((stem, tag))
                elif word.startswith("*") and len(word) > 1:
                    end = fold(word[1:])
                    suffixes.setdefault(end[-AFFIX_BUCKET:], []).append((end, tag))
                else:
                    exact.setdefault(fold(word), set()).add(tag)
        return cls(
            {word: frozenset(tags) for word, tags in exact.items()},
            {key: tuple(items) for key, items in prefixes.items()},
            {key: tuple(items) for key, items in suffixes.items()},
        )

    def tags(self, lemma: str, form: str) -> list[str]:
        found: set[str] = set()
        for key in {lemma, form}:
            found |= self.exact.get(key, frozenset())
            for size in range(1, AFFIX_BUCKET + 1):
                for stem, tag in self.prefixes.get(key[:size], ()):
                    if key.startswith(stem):
                        found.add(tag)
                for end, tag in self.suffixes.get(key[-size:], ()):
                    if key.endswith(end) and len(key) > len(end):
                        found.add(tag)
        return sorted(found)


@dataclass(frozen=True)
class TropePattern:
    """One compiled dependency pattern of a trope, with its sentence conditions."""

    nodes: tuple[Mapping[str, Any], ...]
    #: node position → the words it takes (tagged at matching time; see `WordSets`)
    words: Mapping[int, tuple[str, ...]]
    without: Mapping[int, re.Pattern[str]]  # node position → words none of its children may be
    not_words: Mapping[int, re.Pattern[str]]  # node position → words the token itself may not be
    sentence_requires: re.Pattern[str] | None
    sentence_excludes: re.Pattern[str] | None
    #: the match names a frame ("bolchevismo judío"): a sentence that mentions it as an object drops it
    names_a_frame: bool = False
    #: node position → words the token's subject may not be (round 16b: a literal comparison)
    without_subject: Mapping[int, re.Pattern[str]] = dataclass_field(default_factory=dict)


@dataclass(frozen=True)
class Trope:
    """An inventory entry: what the trope is, how a flag on it is explained, and how it is found."""

    id: str
    technique: str
    confidence: float
    name: str
    definition: str
    explanation: str
    patterns: tuple[TropePattern, ...]
    #: the pattern itself contains a negation ("no hay casualidades"): the negation rule does not apply
    keeps_negation: bool = False


@dataclass(frozen=True, slots=True)
class TropeMatch:
    trope: Trope
    tokens: tuple[Token, ...]
    pattern: TropePattern


def words_regex(words: Iterable[str]) -> re.Pattern[str]:
    """Folded words, `stem*` prefixes and `*suffix` endings as one regex over a token key ("|lemma|form|")."""
    parts = []
    for word in words:
        if " " in word.strip():
            raise CronicaError(f"trope pattern: {word!r} is several tokens; a node matches one")
        prefix = word.endswith("*") and len(word) > 1
        suffix = word.startswith("*") and len(word) > 1 and not prefix
        folded = re.escape(fold(word.strip("*")))
        parts.append(folded + "[^|]*" if prefix else "[^|]+" + folded if suffix else folded)
    if not parts:
        raise CronicaError("trope pattern: an empty word list")
    return re.compile(r"\|(?:" + "|".join(sorted(set(parts))) + r")\|")


def _expand(where: str, items: object, classes: Mapping[str, Sequence[str]]) -> list[str]:
    if isinstance(items, str):
        items = [items]
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise CronicaError(f"{where}: words must be a list of quoted strings")
    words: list[str] = []
    for item in items:
        if item.startswith("$"):
            if item[1:] not in classes:
                raise CronicaError(f"{where}: unknown word class {item!r}")
            words.extend(classes[item[1:]])
        else:
            words.append(item)
    return words


def _compile_pattern(where: str, raw: object, classes: Mapping[str, Sequence[str]]) -> TropePattern:
    if isinstance(raw, list):
        raw = {"nodes": raw}
    if not isinstance(raw, dict) or not isinstance(raw.get("nodes"), list) or not raw["nodes"]:
        raise CronicaError(f"{where}: a pattern is a list of nodes (or a mapping with `nodes`)")
    nodes: list[dict[str, Any]] = []
    without: dict[int, re.Pattern[str]] = {}
    without_subject: dict[int, re.Pattern[str]] = {}
    not_words: dict[int, re.Pattern[str]] = {}
    node_words: dict[int, tuple[str, ...]] = {}
    seen: set[str] = set()
    for position, node in enumerate(raw["nodes"]):
        if not isinstance(node, dict) or not isinstance(node.get("id"), str):
            raise CronicaError(f"{where}: node {position + 1} needs an id")
        unknown = set(node) - NODE_FIELDS
        if unknown:
            raise CronicaError(f"{where}: node {node['id']!r} has unknown fields {sorted(unknown)}")
        attrs: dict[str, Any] = {}
        if "words" in node:
            words = tuple(_expand(where, node["words"], classes))
            words_regex(words)  # checks the list (one token per word, not empty)
            node_words[position] = words
        for field, attr in (("pos", "POS"), ("dep", "DEP")):
            if field in node:
                attrs[attr] = {"IN": list(node[field])}
        spec: dict[str, Any] = {"RIGHT_ID": node["id"], "RIGHT_ATTRS": attrs}
        if position:
            if node.get("from") not in seen or node.get("rel") not in OPERATORS:
                raise CronicaError(f"{where}: node {node['id']!r} needs `from` (an earlier node) and a `rel` operator")
            spec.update(LEFT_ID=node["from"], REL_OP=node["rel"])
        elif "from" in node:
            raise CronicaError(f"{where}: the first node is the anchor and has no `from`")
        if "without" in node:
            without[position] = words_regex(_expand(where, node["without"], classes))
        if "without_subject" in node:
            without_subject[position] = words_regex(_expand(where, node["without_subject"], classes))
        if "not_words" in node:
            not_words[position] = words_regex(_expand(where, node["not_words"], classes))
        seen.add(node["id"])
        nodes.append(spec)
    requires = raw.get("sentence_requires")
    excludes = raw.get("sentence_excludes")
    return TropePattern(
        tuple(nodes),
        node_words,
        without,
        not_words,
        words_regex(_expand(where, requires, classes)) if requires else None,
        words_regex(_expand(where, excludes, classes)) if excludes else None,
        bool(raw.get("names_a_frame", False)),
        without_subject,
    )


def compile_tropes(lang: str, raw: object, techniques: Iterable[str], name: str = "tropes.yaml") -> tuple[Trope, ...]:
    """A language's `tropes.yaml` (or `labels.yaml`) as compiled entries; a malformed one is a one-line error."""
    where = f"rhetoric resources {lang}/{name}"
    if raw is None:
        return ()
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise CronicaError(f"{where}: needs `classes` (word lists) and `entries` (a list)")
    classes = raw.get("classes") or {}
    if not isinstance(classes, dict):
        raise CronicaError(f"{where}: classes must map names to word lists")
    expanded: dict[str, list[str]] = {}
    for name, words in classes.items():  # a class may use the classes above it
        expanded[name] = _expand(f"{where} class {name}", words, expanded)
    classes = expanded
    known = set(techniques)
    tropes = []
    for entry in raw["entries"]:
        trope_id = entry.get("id") if isinstance(entry, dict) else None
        if not isinstance(trope_id, str):
            raise CronicaError(f"{where}: every trope needs an id")
        here = f"{where} trope {trope_id}"
        if entry.get("technique") not in known:
            raise CronicaError(f"{here}: unknown technique {entry.get('technique')!r}")
        for field in ("name", "definition", "explanation"):
            if not isinstance(entry.get(field), str) or not entry[field].strip():
                raise CronicaError(f"{here}: needs a {field}")
        if "{text}" not in entry["explanation"]:
            raise CronicaError(f"{here}: the explanation must quote the span with {{text}}")
        patterns = tuple(_compile_pattern(here, raw_pattern, classes) for raw_pattern in entry.get("patterns", ()))
        if not patterns:
            raise CronicaError(f"{here}: needs patterns")
        tropes.append(
            Trope(
                trope_id,
                entry["technique"],
                float(entry.get("confidence", 0.75)),
                entry["name"],
                entry["definition"].strip(),
                entry["explanation"].strip(),
                patterns,
                bool(entry.get("keeps_negation", False)),
            )
        )
    return tuple(tropes)


@dataclass(frozen=True)
class TropeMatcher:
    """All trope patterns of a language, each its own DependencyMatcher (built once per vocabulary)."""

    #: one DependencyMatcher per pattern, with the word tags it needs: a pattern runs only on a
    #: sentence that has a token for every one of its word lists (most sentences have none)
    matchers: tuple[tuple[DependencyMatcher, frozenset[str], Trope, TropePattern], ...]
    word_sets: WordSets
    #: word tag → the patterns (by number) that need it, so a sentence looks up only its own tags
    by_tag: Mapping[str, tuple[int, ...]]
    #: patterns without a word list: they run on every sentence
    unconditional: tuple[int, ...]

    @classmethod
    def build(cls, vocab: Vocab, tropes: Sequence[Trope]) -> TropeMatcher:
        matchers = []
        tag_of: dict[tuple[str, ...], str] = {}
        for trope in tropes:
            for number, pattern in enumerate(trope.patterns):
                nodes, required = [], set()
                for position, node in enumerate(pattern.nodes):
                    node = {**node, "RIGHT_ATTRS": dict(node["RIGHT_ATTRS"])}
                    if position in pattern.words:
                        tag = tag_of.setdefault(pattern.words[position], f"w{len(tag_of)}")
                        node["RIGHT_ATTRS"]["_"] = {TAGS_ATTR: {"INTERSECTS": [tag]}}
                        required.add(tag)
                    nodes.append(node)
                matcher = DependencyMatcher(vocab)
                matcher.add(f"{trope.id}#{number}", [nodes])
                matchers.append((matcher, frozenset(required), trope, pattern))
        word_sets = WordSets.build({tag: words for words, tag in tag_of.items()})
        by_tag: dict[str, list[int]] = {}
        for number, (_, needs, _, _) in enumerate(matchers):
            for tag in needs:
                by_tag.setdefault(tag, []).append(number)
        unconditional = tuple(number for number, (_, needs, _, _) in enumerate(matchers) if not needs)
        return cls(tuple(matchers), word_sets, {tag: tuple(numbers) for tag, numbers in by_tag.items()}, unconditional)

    def find(self, doc: Doc) -> list[TropeMatch]:
        """Every match, sentence by sentence: a pattern runs only on the sentences that hold a token
        for each of its word lists, so the cost grows with the text, not with the text times the
        number of patterns some sentence of it can start (running each pattern over the whole
        document did: 300K characters took 6× the time of 100K). The matches are the whole
        document's, in its order (pattern by pattern, then in text order): a match lies inside one
        dependency tree, and `independent_blocks` never cuts one."""
        if not self.matchers or not len(doc):
            return []
        memo: dict[tuple[str, str], list[str]] = {}
        tags = []
        for token in doc:
            key = (token.lemma_ or token.text, token.text)
            if key not in memo:
                memo[key] = self.word_sets.tags(fold(key[0]), fold(key[1]))
            tags.append(memo[key])
        array = doc.to_array(BLOCK_ATTRS)
        found: list[list[TropeMatch]] = [[] for _ in self.matchers]
        for start, end in independent_blocks(doc, array[:, BLOCK_ATTRS.index("HEAD")].view(np.int64)):
            present = set().union(*tags[start:end])
            active = self._active(present)
            if not active:
                continue
            block = _block_doc(doc, start, end, array, tags)
            for number in active:
                matcher, _, trope, pattern = self.matchers[number]
                found[number].extend(self._matches(doc, start, block, matcher, trope, pattern))
        return [match for matches in found for match in matches]

    def _active(self, present: set[str]) -> list[int]:
        """The patterns (by number, in order) whose word lists all have a token among `present`."""
        candidates = set(self.unconditional)
        for tag in present:
            candidates.update(self.by_tag.get(tag, ()))
        return sorted(number for number in candidates if self.matchers[number][1] <= present)

    @staticmethod
    def _matches(
        doc: Doc, offset: int, block: Doc, matcher: DependencyMatcher, trope: Trope, pattern: TropePattern
    ) -> list[TropeMatch]:
        found = []
        for _, token_ids in matcher(block):
            tokens = tuple(doc[offset + i] for i in token_ids)
            required = _accepted(pattern, tokens)
            if required is not None:
                found.append(TropeMatch(trope, tokens + required, pattern))
        return found


def independent_blocks(doc: Doc, heads: np.ndarray) -> list[tuple[int, int]]:
    """The document as [start, end) token ranges that no dependency arc crosses, cut only at
    sentence starts: one sentence each, or the few sentences an arc joins. `heads` are relative
    (`doc.to_array(HEAD)`). A dependency pattern matches inside one tree, so matching each block
    apart finds exactly what matching the whole document finds."""
    size = len(doc)
    position = np.arange(size, dtype=np.int64)
    low = np.minimum(position, position + heads)
    high = np.maximum(position, position + heads)
    inside = np.zeros(size + 1, dtype=np.int64)  # inside[b] > 0: some arc spans the cut before token b
    np.add.at(inside, low[high > low] + 1, 1)
    np.add.at(inside, high[high > low] + 1, -1)
    inside = np.cumsum(inside)
    starts = (sentence.start for sentence in doc.sents) if doc.has_annotation("SENT_START") else range(size)
    cuts = [start for start in starts if start > 0 and inside[start] == 0]
    return list(zip([0, *cuts], [*cuts, size], strict=True))


def _block_doc(doc: Doc, start: int, end: int, array: np.ndarray, tags: Sequence[list[str]]) -> Doc:
    """Tokens [start, end) as a Doc of their own with the attributes the patterns read (part of speech,
    dependency, tree) and their word tags. Not `Span.as_doc`: it copies the whole document's arrays
    and entities on every call, which would cost the document's length once per sentence."""
    tokens = doc[start:end]
    block = Doc(doc.vocab, words=[token.text for token in tokens], spaces=[bool(token.whitespace_) for token in tokens])
    block.from_array(BLOCK_ATTRS, array[start:end])  # type: ignore[arg-type]  # spaCy types it as thinc Ints2d
    for token, token_tags in zip(block, tags[start:end], strict=True):
        token._.set(TAGS_ATTR, token_tags)
    return block


def _accepted(pattern: TropePattern, tokens: Sequence[Token]) -> tuple[Token, ...] | None:
    """None when the match fails a condition; else the sentence word `sentence_requires` found
    last in the sentence (it belongs to the span: "sabían de antemano…, lo que prueba que todo estaba
    **planeado**"), or nothing."""
    sentence = tokens[0].sent
    if any(token.sent != sentence for token in tokens):
        return None
    for position, words in pattern.without.items():
        if any(words.search(token_key(child)) for child in tokens[position].children):
            return None
    for position, words in pattern.without_subject.items():
        if any(child.dep_ in SUBJECT_DEPS and words.search(token_key(child)) for child in tokens[position].children):
            return None
    for position, words in pattern.not_words.items():
        if words.search(token_key(tokens[position])):
            return None
    if pattern.sentence_excludes and any(pattern.sentence_excludes.search(token_key(token)) for token in sentence):
        return None
    if pattern.sentence_requires:
        found = [token for token in sentence if pattern.sentence_requires.search(token_key(token))]
        if not found:
            return None
        # a required word after the match continues it ("… lo que prueba que todo estaba planeado");
        # one before it is context ("la Revolución … fue financiada por la banca")
        return (found[-1],) if found[-1].i > max(token.i for token in tokens) else ()
    return ()


def match_span(match: TropeMatch) -> Span:
    """The text a trope flag covers: from the first to the last token the pattern matched."""
    doc = match.tokens[0].doc
    ids = [token.i for token in match.tokens]
    return doc[min(ids) : max(ids) + 1]
