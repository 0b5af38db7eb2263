"""User text never changes the shape of a SPARQL query: it is bound as an escaped literal."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cronica.errors import CronicaError
from cronica.kb import rdf

NASTY = [
    'Trotsky" } ; DROP ALL ; #',
    "Trotsky' } UNION { ?s ?p ?o }",
    "back\\slash\\",
    "new\nline\r\n",
    "{braces} and <angle> brackets",
    '"""triple"""',
    "\u0000 null and \t tab",
]


@pytest.mark.parametrize("text", NASTY)
def test_nasty_labels_search_safely(kb, text):
    assert kb.candidates(text) == [] or all(c.qid.startswith("Q") for c in kb.candidates(text))
    query = rdf.bind(rdf.load_query("candidates_exact"), ["text"], [[rdf.text(text, "en")]])
    assert kb.select(query) == []  # parsed fine, matched nothing, injected nothing


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_text_round_trips_through_a_values_block(kb, text):
    query = "SELECT ?text WHERE { #@bind\n }"
    rows = kb.select(rdf.bind(query, ["text"], [[rdf.text(text)]]))
    assert rows == [{"text": {"type": "literal", "value": text}}]


def test_ids_are_validated_before_they_reach_a_query():
    for bad in ("Q1> } ; <x", "Q", "q42", "Q42 ", "P31"):
        with pytest.raises(CronicaError):
            rdf.item(bad)
    with pytest.raises(CronicaError):
        rdf.prop(rdf.P, "P31> ?x <y")


def test_only_terms_can_be_bound():
    with pytest.raises(CronicaError):
        rdf.bind("SELECT * WHERE { #@bind\n }", ["text"], [['"raw" } text']])
    with pytest.raises(CronicaError):
        rdf.bind("SELECT * WHERE { #@bind\n }", ["bad name"], [[rdf.text("x")]])
    with pytest.raises(CronicaError):
        rdf.text("x", "en-GB } ")
