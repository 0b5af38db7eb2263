"""Claim verification against the knowledge base."""
