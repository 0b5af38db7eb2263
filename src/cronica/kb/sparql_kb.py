"""A `KnowledgeBase` answered by SPARQL over Wikidata's RDF mapping.

The embedded store and the Wikidata Query Service run the very same .rq files; they
only differ in how a query is executed. Rows come back in the SPARQL 1.1 JSON results
shape (`{"var": {"type": "uri"|"literal", "value": ..., "datatype"?, "xml:lang"?}}`),
which is what WDQS sends and what the embedded store converts its solutions to.
"""

from __future__ import annotations

from abc import abstractmethod
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from pyoxigraph import NamedNode

from cronica.kb import rdf
from cronica.kb.base import (
    Candidate,
    DataType,
    KnowledgeBase,
    Reference,
    Statement,
    TimeValue,
    Value,
    is_item_id,
    is_pid,
)

Row = dict[str, dict[str, str]]

#: statements fetched for one item are kept; the linker and verifier ask the same items often
_MAX_CACHED = 20_000


class SparqlKnowledgeBase(KnowledgeBase):
    def __init__(self) -> None:
        self._names: dict[str, dict[str, Any]] = {}
        self._statements: dict[tuple[str, str | None], list[Statement]] = {}

    # --- how a query runs (the only thing implementations differ in) ---------------

    @abstractmethod
    def select(self, query: str) -> list[Row]:
        """Run a SELECT; rows in the SPARQL JSON results shape."""

    @abstractmethod
    def ask(self, query: str) -> bool:
        """Run an ASK."""

    def run_named(self, name: str, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[Row]:
        return self.select(rdf.bind(rdf.load_query(name), names, rows)) if rows else []

    # --- names ------------------------------------------------------------------

    def _names_of(self, qid: str) -> dict[str, Any]:
        if not is_item_id(qid):
            return {"label": {}, "alias": {}, "description": {}}
        if qid not in self._names:
            found: dict[str, Any] = {"label": {}, "alias": defaultdict(list), "description": {}}
            for row in self.run_named("names", ["item"], [[rdf.item(qid)]]):
                kind, text = row["kind"]["value"], row["text"]
                lang = text.get("xml:lang", "")
                if kind == "alias":
                    found["alias"][lang].append(text["value"])
                else:
                    found[kind][lang] = text["value"]
            found["alias"] = {lang: sorted(values) for lang, values in found["alias"].items()}
            self._names[qid] = found
        return self._names[qid]

    def labels(self, qid: str) -> dict[str, str]:
        return dict(self._names_of(qid)["label"])

    def aliases(self, qid: str) -> dict[str, list[str]]:
        return {lang: list(values) for lang, values in self._names_of(qid)["alias"].items()}

    def descriptions(self, qid: str) -> dict[str, str]:
        return dict(self._names_of(qid)["description"])

    def exists(self, qid: str) -> bool:
        return is_item_id(qid) and self.ask(rdf.bind(rdf.load_query("exists"), ["item"], [[rdf.item(qid)]]))

    # --- statements ---------------------------------------------------------------

    def statements(self, qid: str, pid: str | None = None) -> list[Statement]:
        if not is_item_id(qid) or (pid is not None and not is_pid(pid)):
            return []
        key = (qid, pid)
        if key not in self._statements:
            if len(self._statements) > _MAX_CACHED:
                self._statements.clear()
            self._statements[key] = self._fetch_statements(qid, pid)
        return list(self._statements[key])

    def _fetch_statements(self, qid: str, pid: str | None) -> list[Statement]:
        if pid is None:
            rows = self.run_named("all_statements", ["item"], [[rdf.item(qid)]])
        else:
            terms = [rdf.item(qid), rdf.prop(rdf.P, pid), rdf.prop(rdf.PS, pid), rdf.prop(rdf.PSV, pid)]
            rows = self.run_named("statements", ["item", "p", "ps", "psv"], [terms])
        by_node: dict[str, dict[str, Any]] = {}
        for row in rows:
            node = row["statement"]["value"]
            prop = rdf.local_id(row["p"]["value"], rdf.P)
            if prop is None or node in by_node:
                continue
            value, datatype = parse_value(row["value"], row)
            rank = rdf.RANKS.get(row["rank"]["value"], "normal")
            by_node[node] = {"property": prop, "value": value, "datatype": datatype, "rank": rank}
        if not by_node:
            return []
        statement_terms = [[NamedNode(node)] for node in by_node]
        qualifiers = self._qualifiers(statement_terms)
        references = self._references(statement_terms)
        result = [
            Statement(
                subject=qid,
                property=fields["property"],
                value=fields["value"],
                datatype=fields["datatype"],
                qualifiers=qualifiers.get(node, {}),
                references=references.get(node, ()),
                rank=fields["rank"],
                id=node.rsplit("/", 1)[-1],
            )
            for node, fields in by_node.items()
        ]
        result.sort(key=lambda s: (int(s.property[1:]), s.rank != "preferred", _sort_key(s.value)))
        return result

    def _qualifiers(self, statement_terms: list[list[NamedNode]]) -> dict[str, dict[str, tuple[Value, ...]]]:
        collected: dict[str, dict[str, list[Value]]] = defaultdict(lambda: defaultdict(list))
        seen: set[tuple[str, str, str]] = set()
        for row in self.run_named("qualifiers", ["statement"], statement_terms):
            node = row["statement"]["value"]
            pid = rdf.local_id(row["pq"]["value"], rdf.PQ)
            marker = (node, pid or "", row["value"]["value"])
            if pid is None or marker in seen:
                continue
            seen.add(marker)
            collected[node][pid].append(parse_value(row["value"], row)[0])
        return {node: {pid: tuple(values) for pid, values in by_pid.items()} for node, by_pid in collected.items()}

    def _references(self, statement_terms: list[list[NamedNode]]) -> dict[str, tuple[Reference, ...]]:
        parts: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
        for row in self.run_named("references", ["statement"], statement_terms):
            pid = rdf.local_id(row["pr"]["value"], rdf.PR)
            if pid:
                parts[row["statement"]["value"]][row["ref"]["value"]][pid] = row["value"]["value"]
        titles = {"Q328": "English Wikipedia", "Q8449": "Spanish Wikipedia", "Q2013": "Wikidata"}
        result: dict[str, tuple[Reference, ...]] = {}
        for node, refs in parts.items():
            built = []
            for fields in refs.values():
                stated_in = rdf.local_id(fields.get("P248", ""), rdf.WD)
                built.append(Reference(stated_in, fields.get("P854"), titles.get(stated_in or "")))
            result[node] = tuple(sorted(built, key=lambda r: (r.url or "", r.stated_in or "")))
        return result

    def ranked_candidates(self, matches: Sequence[tuple[str, str, bool]]) -> list[Candidate]:
        """Candidates from (qid, matched text, matched the label) triples; a label match ranks first."""
        share = 1.0 / len(matches) if matches else 0.0
        found = [
            Candidate(qid, self.label(qid), text, True, share * (1.0 if is_label else 0.9), is_label)
            for qid, text, is_label in matches
        ]
        return sorted(found, key=lambda candidate: (-candidate.prior, candidate.qid))

    def located_in(self, place: str, region: str) -> bool:
        if not (is_item_id(place) and is_item_id(region)):
            return False
        if place == region:
            return True
        query = rdf.bind(rdf.load_query("located_in"), ["place", "region"], [[rdf.item(place), rdf.item(region)]])
        return self.ask(query)

    def subjects(self, pid: str, value: str) -> list[str]:
        if not (is_pid(pid) and is_item_id(value)):
            return []
        rows = self.run_named("subjects", ["wdt", "value"], [[rdf.prop(rdf.WDT, pid), rdf.item(value)]])
        return sorted({found for row in rows if (found := rdf.item_id(row["item"]["value"]))})

    def query(self, sparql: str) -> list[dict[str, str]]:
        return [{name: cell["value"] for name, cell in row.items()} for row in self.select(sparql)]


def parse_value(cell: dict[str, str], row: Row) -> tuple[Value, DataType]:
    """A statement or qualifier value from its JSON cell (times use the row's time columns)."""
    if cell.get("type") == "uri":
        item = rdf.item_id(cell["value"])
        return (item, "wikibase-item") if item else (cell["value"], "url")
    if cell.get("datatype") == rdf.XSD + "dateTime":
        precision = int(row["precision"]["value"]) if "precision" in row else 11
        calendar = row["calendar"]["value"] if "calendar" in row else None
        return TimeValue.from_wikidata(cell["value"], precision, calendar), "time"
    if "xml:lang" in cell:
        return cell["value"], "monolingualtext"
    return cell["value"], "string"


def _sort_key(value: Value) -> str:
    return value.wikidata if isinstance(value, TimeValue) else str(value)
