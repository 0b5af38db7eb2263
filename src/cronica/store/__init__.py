"""The corpus store: analyses in SQLite (WAL), one table per layer, full-text search over texts.

`db` opens and migrates the database, `load` puts analyses in it, `queries` answers
what users ask of a corpus (`cronica query`).
"""
