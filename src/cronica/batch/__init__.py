"""Corpora at scale: `cronica batch`, resumable, exactly once, on local processes or Dask.

inputs → plan (keys, skip what the ledger has) → engine (local processes or Dask
workers run `analyze_unit`) → commit (partition file + store + ledger, atomically)
→ report.
"""
