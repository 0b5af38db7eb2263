"""The ontology file is well-formed and covers the types the issue asks for."""

from __future__ import annotations

import pytest

from cronica.errors import CronicaError
from cronica.events.ontology import load_ontology, parse_ontology

REQUIRED_TYPES = {
    "BIRTH", "DEATH", "EXPULSION", "APPOINTMENT", "DISMISSAL", "RESIGNATION", "SUCCESSION", "ELECTION",
    "ARREST", "TRIAL", "EXECUTION", "EXILE", "DEPORTATION", "RESIDENCE", "MOVE", "TRAVEL", "FOUNDING",
    "DISSOLUTION", "JOIN", "LEAVE", "MEETING", "STATEMENT", "ACCUSATION", "PUBLICATION", "BATTLE",
    "ATTACK", "TREATY", "MARRIAGE",
}  # fmt: skip


def test_every_required_type_is_declared():
    assert set(load_ontology().types) >= REQUIRED_TYPES


@pytest.mark.parametrize(
    ("type_name", "prop", "qualifier"),
    [("EXPULSION", "P102", "P582"), ("EXPULSION", "P39", "P582"), ("DISMISSAL", "P39", "P1366"),
     ("APPOINTMENT", "P39", "P580"), ("EXILE", "P551", "P580"), ("DEPORTATION", "P551", "P580")],
)  # fmt: skip
def test_kb_mappings_carry_their_qualifiers(type_name, prop, qualifier):
    mappings = [m for m in load_ontology().type(type_name).kb if m.property == prop]
    assert any(qualifier in m.qualifiers for m in mappings)


def test_death_and_founding_properties():
    ontology = load_ontology()
    assert {"P570", "P20", "P1196"} <= {m.property for m in ontology.type("DEATH").kb}
    assert {"P571", "P740"} <= {m.property for m in ontology.type("FOUNDING").kb}
    assert {"P569", "P19"} <= {m.property for m in ontology.type("BIRTH").kb}
    assert ontology.manner_qid("execution") == "Q8454"


def test_a_mapping_to_an_undeclared_role_is_rejected():
    data = {
        "version": 1,
        "roles": {"patient": "x"},
        "types": {"X": {"family": "f", "description": "d", "main_role": "patient", "roles": ["patient"],
                        "kb": [{"property": "P1", "subject": "patient", "value": "destination"}]}},
    }  # fmt: skip
    with pytest.raises(CronicaError, match="destination"):
        parse_ontology(data)
