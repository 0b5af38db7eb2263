"""Temporal expressions: find them and normalize them to TIMEX3."""
