"""`--kb wikidata`: the same verifier over the online backend, fed recorded WDQS responses (no network)."""

from __future__ import annotations

import json
import urllib.parse
from pathlib import Path

from builder import analysis_with_event

from cronica.kb.wikidata import HttpResponse, SparqlClient, WikidataKB
from cronica.verify.reference import ReferenceView
from cronica.verify.verifier import Verifier

RECORDED = Path(__file__).resolve().parents[1] / "data" / "kb" / "wdqs_recorded.json"
EMPTY = b'{"head": {"vars": []}, "results": {"bindings": []}}'


def recorded_transport(url: str, data: bytes, headers: dict[str, str], timeout: float) -> HttpResponse:
    query = urllib.parse.parse_qs(data.decode("utf-8"))["query"][0]
    for recorded in json.loads(RECORDED.read_text(encoding="utf-8"))["responses"]:
        if all(fragment in query for fragment in recorded["match"]):
            return HttpResponse(200, json.dumps(recorded["body"]).encode(), {})
    return HttpResponse(200, EMPTY, {})


def test_a_wrong_death_date_is_contradicted_with_wikidata_evidence(tmp_path):
    client = SparqlClient(transport=recorded_transport, cache_dir=tmp_path / "wdqs", sleep=lambda s: None)
    verifier = Verifier(ReferenceView(WikidataKB(client)))
    analysis = analysis_with_event("Trotsky died on 23 August 1940.", "en", "DEATH", "died",
                                   {"patient": ("Trotsky", "Q33391")},
                                   time=("23 August 1940", "1940-08-23"))  # fmt: skip
    (claim,) = verifier.claims_of(analysis)
    assert claim.verdict == "contradicted"
    assert claim.correction == "Leon Trotsky died on 21 August 1940, not on 23 August 1940."
    (evidence,) = claim.evidence
    assert (evidence.kb, evidence.property, evidence.value) == ("wikidata", "P570", "1940-08-21")
    assert "Wikidata" in claim.explanation
