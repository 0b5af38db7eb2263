"""The knowledge base (Wikidata-shaped reference facts) and the link stage."""
