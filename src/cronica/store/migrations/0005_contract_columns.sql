-- The contract's optional additions the store had not kept (tables.py derives every column
-- from cronica/model.py now, and a test compares them with this schema). Rows loaded before
-- this migration hold NULL in the new columns: unknown, not "none".
ALTER TABLE documents ADD COLUMN timings TEXT;          -- JSON {stage: seconds}; {} when not asked for
ALTER TABLE timexes ADD COLUMN calendar TEXT;           -- julian | gregorian when the text names it
ALTER TABLE events ADD COLUMN manner TEXT;              -- DEATH/EXECUTION manner
ALTER TABLE events ADD COLUMN time_source TEXT;         -- how the date was found
ALTER TABLE events ADD COLUMN repeated INTEGER;         -- 1 when the text says it happened again
ALTER TABLE participants ADD COLUMN kin TEXT;           -- the relation the words name ("el padre de ...")
ALTER TABLE participants ADD COLUMN kin_of TEXT;        -- ... and whose relative (an entity id)
ALTER TABLE participants ADD COLUMN alternatives TEXT;  -- JSON list of the other entity ids a pronoun may name
ALTER TABLE claims ADD COLUMN proof TEXT;               -- JSON: why a contradicted claim is contradicted

CREATE TABLE intervals (
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    id TEXT NOT NULL,
    start_timex TEXT NOT NULL,
    end_timex TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    PRIMARY KEY (doc, id)
);
