-- The ledger of `cronica batch`: which input items are done, in which output partition.
-- It lives in the same database as the corpus so that a partition's documents, its
-- ledger rows and its file name are committed in one transaction.
CREATE TABLE batch_runs (
    run INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    engine TEXT NOT NULL,
    workers INTEGER NOT NULL,
    options TEXT NOT NULL              -- JSON: what the run analyzed with
);

CREATE TABLE batch_partitions (
    name TEXT PRIMARY KEY,             -- file name under the output folder
    run INTEGER NOT NULL REFERENCES batch_runs (run),
    documents INTEGER NOT NULL,
    committed_at TEXT NOT NULL
);

CREATE TABLE batch_items (
    key TEXT PRIMARY KEY,              -- sha256 of the text + id (or the place of an unreadable item)
    doc_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
    error TEXT,
    partition TEXT REFERENCES batch_partitions (name),
    run INTEGER NOT NULL REFERENCES batch_runs (run)
);
CREATE INDEX batch_items_status ON batch_items (status);
