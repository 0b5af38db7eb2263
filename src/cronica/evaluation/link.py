"""`cronica eval link GOLD`: entity-linking accuracy against a gold set.

Gold documents list their mentions in order as [surface, QID or null]; offsets are found
by searching each surface after the previous one. The system's entity that covers a gold
mention (exact span first, else overlapping) gives the predicted QID; a gold mention no
entity covers counts as predicted NIL. Reported:

- accuracy on linkable mentions (gold QID not null): predicted QID == gold QID;
- NIL precision: of the gold mentions the system left unlinked, the share that are truly NIL;
  NIL recall: of the truly NIL mentions, the share left unlinked;
- spurious links: links on system entities that match no gold mention (reported, not scored);
- the same accuracy with the linker given the gold spans (no NER), to separate NER misses
  from linking mistakes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cronica.errors import CronicaError
from cronica.kb.base import is_item_id
from cronica.resources import load_resource
from cronica.scoring import Counts, spans_overlap


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    text: str
    qid: str | None


@dataclass(frozen=True)
class GoldDocument:
    id: str
    lang: str
    text: str
    dct: str | None
    mentions: tuple[GoldMention, ...]


def load_gold(path: Path) -> list[GoldDocument]:
    data = load_resource(path)
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise CronicaError(f"{path}: expected a mapping with a `documents` list")
    return [_document(raw, path) for raw in data["documents"]]


def _document(raw: Mapping[str, Any], path: Path) -> GoldDocument:
    text = str(raw.get("text", ""))
    mentions, position = [], 0
    for surface, qid in raw.get("mentions", []):
        start = text.find(surface, position)
        if start < 0:
            raise CronicaError(f"{path}: {raw.get('id')}: mention '{surface}' not found after offset {position}")
        if qid is not None and not is_item_id(qid):
            raise CronicaError(f"{path}: {raw.get('id')}: '{qid}' is not a QID nor a provisional id")
        mentions.append(GoldMention(start, start + len(surface), surface, qid))
        position = start + len(surface)
    return GoldDocument(str(raw["id"]), str(raw["lang"]), text, raw.get("dct"), tuple(mentions))


@dataclass
class LinkScores:
    linkable: int = 0
    correct: int = 0
    nil_gold: int = 0
    predicted_nil: int = 0
    predicted_nil_correct: int = 0
    missed_by_ner: int = 0
    spurious_links: int = 0
    oracle_correct: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)
    oracle_errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.linkable if self.linkable else 0.0

    @property
    def oracle_accuracy(self) -> float:
        return self.oracle_correct / self.linkable if self.linkable else 0.0

    @property
    def nil(self) -> Counts:
        """NIL as the positive class: tp = left unlinked and truly NIL."""
        return Counts(
            tp=self.predicted_nil_correct,
            fp=self.predicted_nil - self.predicted_nil_correct,
            fn=self.nil_gold - self.predicted_nil_correct,
        )

    def as_dict(self) -> dict[str, Any]:
        nil = self.nil
        return {
            "mentions": self.linkable + self.nil_gold,
            "linkable": self.linkable,
            "accuracy": round(self.accuracy, 4),
            "nil_mentions": self.nil_gold,
            "nil_precision": round(nil.precision, 4),
            "nil_recall": round(nil.recall, 4),
            "missed_by_ner": self.missed_by_ner,
            "spurious_links": self.spurious_links,
            "accuracy_given_gold_spans": round(self.oracle_accuracy, 4),
        }


def _covering(mention: GoldMention, entities: Iterable[Any]) -> Any | None:
    overlapping = [e for e in entities if spans_overlap(e.start, e.end, mention.start, mention.end)]
    exact = [e for e in overlapping if (e.start, e.end) == (mention.start, mention.end)]
    return (exact or overlapping or [None])[0]


def evaluate(documents: list[GoldDocument], pipeline: Any) -> LinkScores:
    """Run the pipeline on each gold text and compare its links with the gold mentions."""
    from cronica.kb.linker import Linker, LinkerConfig, Mention, document_years
    from cronica.kb.registry import open_kb

    scores = LinkScores()
    kb = pipeline.resources.get("kb", lambda: open_kb(pipeline.options.kb))
    oracle = Linker(kb, LinkerConfig.from_mapping(pipeline.options.config_for("link", {})))
    for document in documents:
        analysis = pipeline.analyze_text(document.text, id=document.id, lang=document.lang, dct=document.dct)
        matched_entities = set()
        years = document_years((t.value for t in analysis.timexes if t.type == "DATE"), document.dct)
        oracle_decisions = oracle.link_document([Mention(m.text, _gold_label(kb, m)) for m in document.mentions], years)
        for mention, oracle_decision in zip(document.mentions, oracle_decisions, strict=True):
            entity = _covering(mention, analysis.entities)
            predicted = entity.item_id if entity is not None else None
            if entity is None:
                scores.missed_by_ner += 1
            else:
                matched_entities.add(entity.id)
            if mention.qid is None:
                scores.nil_gold += 1
            else:
                scores.linkable += 1
                scores.correct += predicted == mention.qid
                scores.oracle_correct += oracle_decision.qid == mention.qid
            if predicted is None:
                scores.predicted_nil += 1
                scores.predicted_nil_correct += mention.qid is None
            if oracle_decision.qid != mention.qid:
                scores.oracle_errors.append(
                    {"doc": document.id, "mention": mention.text, "gold": mention.qid, "predicted": oracle_decision.qid}
                )
            if predicted != mention.qid:
                scores.errors.append(
                    {
                        "doc": document.id,
                        "mention": mention.text,
                        "gold": mention.qid,
                        "predicted": predicted,
                        "entity": entity.text if entity else None,
                    }
                )
        for entity in analysis.entities:
            if entity.item_id and entity.id not in matched_entities:
                scores.spurious_links += 1
                scores.errors.append(
                    {
                        "doc": document.id,
                        "mention": None,
                        "gold": None,
                        "predicted": entity.item_id,
                        "entity": entity.text,
                    }
                )
    return scores


def _gold_label(kb: Any, mention: GoldMention) -> str:
    """The oracle run is given spans but no NER label: MISC (type-neutral) for every mention."""
    return "MISC"
