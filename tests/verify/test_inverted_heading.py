"""An entry headed by an inverted name (#13, helper 13o; blind set tests/data/verify/blind_office_heading.yaml):
its claims are the heading person's. A dropped subject whose only antecedent is the entry's description line
("Revolucionario ruso.", tagged PER by NER) is the heading person; a namesake heading stays itself."""

from __future__ import annotations


def test_a_dropped_subject_after_a_description_line_is_the_heading_person(pipeline_es):
    text = (
        "Zinóviev, Grigori Yevséyevich (1883-1936). Revolucionario ruso. "
        "Fue expulsado del partido en 1926 y fusilado en 1936."
    )
    analysis = pipeline_es.analyze_text(text, lang="es")
    verdicts = {claim.text: claim.verdict for claim in analysis.claims}
    assert verdicts["Fue expulsado del partido en 1926"] == "contradicted"
    assert verdicts["fusilado en 1936"] == "supported"


def test_an_inverted_heading_links_the_person_not_a_namesake(pipeline_en):
    analysis = pipeline_en.analyze_text(
        "SEDOV, LEV (1906-1938)\nTrotsky's elder son. He died in Paris in 1938.", lang="en"
    )
    heading = analysis.entities[0]
    assert heading.text == "SEDOV, LEV" and heading.kb_id == "Q543149"
    assert "contradicted" not in {claim.verdict for claim in analysis.claims}
