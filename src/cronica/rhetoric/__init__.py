"""Loaded language, name-calling and conspiracy narratives."""
