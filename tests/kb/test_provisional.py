"""Items without a confirmed QID: provisional ids, end to end (KB, linker, output, report, refresh)."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

import pytest

from contract_checks import check_contract
from cronica.errors import CronicaError
from cronica.export.html import render_html
from cronica.export.json_export import to_dict
from cronica.export.rdf import render_rdf
from cronica.kb import rdf
from cronica.kb.base import is_item_id, is_provisional, is_qid
from cronica.kb.pack import build_pack, load_source, source_path
from cronica.kb.refresh import provisional_entities, resolve_pending, swap_ids
from cronica.kb.wikidata import HttpResponse, SparqlClient, WikidataKB

KAMENEV = "cronica:lev-kamenev"
RECORDED = Path(__file__).resolve().parents[1] / "data" / "kb" / "resolve_recorded.json"


@pytest.mark.parametrize("value", ["cronica:lev-kamenev", "cronica:cheka", "cronica:a1-b2"])
def test_provisional_ids_are_never_qids(value):
    assert is_provisional(value) and is_item_id(value) and not is_qid(value)


@pytest.mark.parametrize(
    "value", ["Q5", "cronica:", "cronica:Lev", "cronica:lev kamenev", "cronica:lev-", "urn:cronica:entity:x", "x:lev"]
)
def test_anything_else_is_not_a_provisional_id(value):
    assert not is_provisional(value)


def test_provisional_iris_live_in_the_project_namespace():
    node = rdf.item(KAMENEV)
    assert node.value == "urn:cronica:entity:lev-kamenev"
    assert rdf.item_id(node.value) == KAMENEV and rdf.item_id(rdf.item("Q33391").value) == "Q33391"
    assert rdf.item_id("urn:cronica:entity:Not A Slug") is None
    with pytest.raises(CronicaError):
        rdf.item('cronica:x" } ; DROP')


def test_the_kb_answers_for_a_provisional_item_like_any_other(kb):
    assert kb.exists(KAMENEV)
    assert kb.label(KAMENEV, "es") == "Lev Kámenev" and kb.label(KAMENEV) == "Lev Kamenev"
    (death,) = kb.statements(KAMENEV, "P570")
    assert death.value.iso == "1936-08-25" and death.source_url == "https://en.wikipedia.org/wiki/Lev_Kamenev"
    assert kb.is_human(KAMENEV)
    assert [c.qid for c in kb.candidates("Kámenev")] == [KAMENEV]
    assert kb.entity_url(KAMENEV) == "urn:cronica:entity:lev-kamenev"


def test_statements_point_at_provisional_items_and_back(kb):
    chairs = [s for s in kb.statements(KAMENEV, "P39") if s.qualifier("P1366") == "cronica:yakov-sverdlov"]
    assert chairs and chairs[0].value == "cronica:chairman-of-the-all-russian-central-executive-committee"
    assert KAMENEV in kb.values("Q452517", "P26")  # Olga Kameneva's spouse, mirrored from his statement


def test_a_web_page_is_a_reference_of_its_own(kb):
    (birth,) = kb.statements(KAMENEV, "P569")
    assert birth.value.iso == "1883-07-18"  # 6 July O.S.; Oxford Reference's 22 July is no Old Style reading
    assert birth.references[0].stated_in is None and "spartacus-educational.com" in birth.source_url


def test_linked_mentions_keep_kb_id_null_and_carry_the_provisional_id(pipeline_en):
    analysis = pipeline_en.analyze_text("Lev Kamenev was arrested in Moscow in December 1934.")
    (kamenev,) = [e for e in analysis.entities if e.text == "Lev Kamenev"]
    assert kamenev.kb_id is None and kamenev.provisional_id == KAMENEV
    assert kamenev.canonical == "Lev Kamenev" and kamenev.label == "PER" and kamenev.item_id == KAMENEV
    assert all(e.provisional_id is None for e in analysis.entities if e.kb_id)
    data = to_dict(analysis)
    check_contract(data)
    assert data["entities"][0]["provisional_id"] == KAMENEV


def test_the_verifier_checks_claims_about_a_provisional_item(pipeline_es):
    analysis = pipeline_es.analyze_text("Kámenev fue fusilado en Moscú en 1937.")
    (claim,) = analysis.claims
    assert claim.verdict == "contradicted" and "1936" in (claim.correction or "")
    assert {evidence.subject for evidence in claim.evidence} == {KAMENEV}


def test_the_report_says_not_yet_matched_to_wikidata(pipeline_en, pipeline_es):
    english = render_html([pipeline_en.analyze_text("Lev Kamenev lived in Moscow.")])
    assert "not yet matched to Wikidata" in english and "urn:cronica" not in english.split("<table")[0]
    spanish = render_html([pipeline_es.analyze_text("Lev Kámenev vivió en Moscú.")])
    assert "aún sin enlazar con Wikidata" in spanish


def test_the_rdf_export_names_a_provisional_item_by_its_project_iri(pipeline_en):
    turtle = render_rdf([pipeline_en.analyze_text("Lev Kamenev was executed in Moscow in 1936.")])
    assert "urn:cronica:entity:lev-kamenev" in turtle


def test_every_former_pending_entry_is_in_the_pack_as_a_provisional_item():
    ids = {entity["id"] for entity in load_source()["entities"]}
    former = ["lev-kamenev", "alexei-rykov", "mikhail-tomsky", "karl-radek", "christian-rakovsky", "adolph-joffe",
              "georgy-pyatakov", "felix-dzerzhinsky", "yakov-sverdlov", "mikhail-frunze", "communist-international",
              "fourth-international", "cheka", "buyukada"]  # fmt: skip
    assert {f"cronica:{slug}" for slug in former} <= ids
    assert not source_path().with_name("pending.yaml").exists()


# --- resolving provisional ids online: recorded Query Service answers, never the network --------------------


class Recorded:
    """Answers SPARQL from tests/data/kb/resolve_recorded.json: the first entry whose fragments all occur."""

    def __init__(self) -> None:
        self.responses = json.loads(RECORDED.read_text(encoding="utf-8"))["responses"]
        self.queries: list[str] = []

    def __call__(self, url: str, data: bytes, headers: dict[str, str], timeout: float) -> HttpResponse:
        query = urllib.parse.parse_qs(data.decode("utf-8"))["query"][0]
        self.queries.append(query)
        for recorded in self.responses:
            if all(fragment in query for fragment in recorded["match"]):
                return HttpResponse(200, json.dumps(recorded["body"]).encode(), {})
        return HttpResponse(200, b'{"head": {"vars": []}, "results": {"bindings": []}}', {})


def recorded_wikidata(tmp_path) -> WikidataKB:
    return WikidataKB(SparqlClient(transport=Recorded(), cache_dir=tmp_path / "wdqs", sleep=lambda s: None))


SMALL_PACK = """\
sources:
  enwiki: {title: English Wikipedia, stated_in: Q328, url: "https://en.wikipedia.org/wiki/{page}"}
entities:
  - {id: Q5, source: {ref: enwiki, page: Human}, label: {en: human, es: ser humano}}
  - id: cronica:lev-kamenev
    source: {ref: enwiki, page: Lev_Kamenev}
    label: {en: Lev Kamenev, es: Lev Kámenev}
    claims: {P31: Q5, P569: 1883-07, P26: cronica:olga-kameneva}
  - id: cronica:olga-kameneva
    source: {ref: enwiki, page: Olga_Kameneva}
    label: {en: Olga Kameneva, es: Olga Kámeneva}
    claims: {P31: Q5, P569: 1883}
  - id: cronica:karl-radek
    source: {ref: enwiki, page: Karl_Radek}
    label: {en: Karl Radek, es: Karl Rádek}
    claims: {P31: Q5}
"""


def test_resolve_keeps_a_qid_only_for_a_unique_candidate_born_in_the_year(tmp_path):
    online = recorded_wikidata(tmp_path)
    source = tmp_path / "entities.yaml"
    source.write_text(SMALL_PACK, encoding="utf-8")
    results = {r.key: r for r in resolve_pending(provisional_entities(load_source(source)), online)}
    assert results["cronica:lev-kamenev"].qid == "Q900000001"  # the other "Lev Kamenev" was born in 1910
    assert results["cronica:olga-kameneva"].qid is None and "ambiguous" in results["cronica:olga-kameneva"].reason
    assert results["cronica:karl-radek"].qid is None and "no birth" in results["cronica:karl-radek"].reason


def test_refresh_script_swaps_resolved_qids_into_the_source_and_rebuilds(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "refresh_pack", Path(__file__).parents[2] / "scripts" / "refresh_pack.py"
    )
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    source = tmp_path / "entities.yaml"
    source.write_text(SMALL_PACK, encoding="utf-8")
    assert (
        script.main(["--resolve-pending", "--write", "--source", str(source)], online=recorded_wikidata(tmp_path)) == 0
    )
    text = source.read_text(encoding="utf-8")
    assert "id: Q900000001  # was cronica:lev-kamenev" in text
    assert "cronica:lev-kamenev" not in text.replace("# was cronica:lev-kamenev", "")
    assert "cronica:olga-kameneva" in text  # unresolved: untouched
    entities = {e["id"]: e for e in load_source(source)["entities"]}
    assert entities["Q900000001"]["claims"]["P26"] == "cronica:olga-kameneva"
    assert (tmp_path / "pack.nt.gz").exists()
    build_pack(source, tmp_path / "again.nt.gz")  # the swapped source is still a valid pack


def test_swap_ids_replaces_every_use_and_only_whole_ids():
    text = "  - id: cronica:lev-kamenev\n    claims: {P26: cronica:lev-kamenev-junior, P40: cronica:lev-kamenev}\n"
    swapped = swap_ids(text, {"cronica:lev-kamenev": "Q42"})
    assert (
        swapped == "  - id: Q42  # was cronica:lev-kamenev\n    claims: {P26: cronica:lev-kamenev-junior, P40: Q42}\n"
    )
    with pytest.raises(ValueError):
        swap_ids(text, {"cronica:lev-kamenev": "not-a-qid"})


def test_the_corpus_store_keeps_and_finds_provisional_ids(pipeline_en, tmp_path):
    from cronica.store.db import connect
    from cronica.store.load import load_analysis
    from cronica.store.queries import events_of_entity

    conn = connect(tmp_path / "corpus")
    load_analysis(conn, to_dict(pipeline_en.analyze_text("Lev Kamenev was executed in Moscow on 25 August 1936.")))
    stored = conn.execute("SELECT kb_id, provisional_id FROM entities WHERE text = 'Lev Kamenev'").fetchall()
    assert stored == [(None, KAMENEV)]
    load_analysis(conn, to_dict(pipeline_en.analyze_text("In 1927 Kamenev was expelled from the party.")))
    assert len(events_of_entity(conn, KAMENEV).rows) == 2
    # a name finds its own mentions and, through the provisional id, those of the same item
    assert len(events_of_entity(conn, "Kamenev").rows) == 2


def test_kinship_is_mirrored_by_the_pack_builder(kb):
    # entered once (Stalin's P40), read from both sides: his children's P22 names him
    assert "Q855" in kb.values("Q163816", "P22") and "Q855" in kb.values("Q228584", "P22")
    # a mother's P40 gives the child a P25 (Kato Svanidze → Yakov), spouses mirror each other
    assert "Q254673" in kb.values("Q163816", "P25") and "Q855" in kb.values("Q254673", "P26")
