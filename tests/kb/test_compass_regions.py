"""A region named with its compass point's initial, as reference works write it ("exiled to C Asia (1927)"):
the link stage widens the place mention over the initial and the linker reads the spelled-out name (#13,
blind set tests/data/verify/blind_compass_regions.yaml)."""

from __future__ import annotations


def test_an_initial_before_a_region_links_to_the_spelled_out_region(pipeline_en):
    analysis = pipeline_en.analyze_text("Trotsky was exiled to C Asia in 1928.", lang="en")
    (place,) = [e for e in analysis.entities if e.text == "C Asia"]
    assert place.provisional_id == "cronica:central-asia"  # not yet matched to Wikidata


def test_a_wrong_year_for_the_exile_to_c_asia_is_refuted(pipeline_en):
    analysis = pipeline_en.analyze_text("Trotsky was exiled to C Asia (1927).", lang="en")
    (claim,) = [c for c in analysis.claims if c.verdict == "contradicted"]
    assert claim.proof is not None and "1928" in claim.correction


def test_spanish_names_the_region_in_full(pipeline_es):
    analysis = pipeline_es.analyze_text("En 1926 Trotski fue deportado a Asia Central.", lang="es")
    assert [c.verdict for c in analysis.claims] == ["contradicted"]


def test_an_initial_before_a_person_is_no_compass_point(pipeline_en):
    analysis = pipeline_en.analyze_text("S. Kirov was born in 1886.", lang="en")
    assert [c.verdict for c in analysis.claims] == ["supported"]
