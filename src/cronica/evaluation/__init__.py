"""Evaluators share one small scoring core (`scoring.py`); each stage has its own module here."""
