-- The corpus: one row per analyzed document and one table per layer of the
-- cronica/analysis@1 contract. Offsets are character offsets into documents.text.
CREATE TABLE documents (
    doc INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    lang TEXT NOT NULL,
    dct TEXT,
    title TEXT,
    source TEXT,
    chars INTEGER NOT NULL,
    text TEXT NOT NULL,
    stages TEXT NOT NULL,              -- JSON object: stage name -> status
    warnings TEXT NOT NULL DEFAULT '[]',
    conspiracy_probability REAL,
    techniques TEXT NOT NULL DEFAULT '{}',
    UNIQUE (id, sha256)
);
CREATE INDEX documents_dct ON documents (dct);

CREATE TABLE entities (
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    norm TEXT NOT NULL,                -- case- and accent-folded text, for lookups by name
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    label TEXT NOT NULL,
    kb_id TEXT,
    canonical TEXT,
    canonical_norm TEXT,
    score REAL,
    PRIMARY KEY (doc, id)
);
CREATE INDEX entities_kb_id ON entities (kb_id);
CREATE INDEX entities_norm ON entities (norm);
CREATE INDEX entities_canonical_norm ON entities (canonical_norm);

CREATE TABLE timexes (
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    id TEXT NOT NULL,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    mod TEXT,
    anchor TEXT,
    day_from INTEGER,                  -- yyyymmdd of the first day the value covers (NULL: not a calendar date)
    day_to INTEGER,                    -- yyyymmdd of the last day it covers
    PRIMARY KEY (doc, id)
);

CREATE TABLE events (
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    trigger TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    sentence TEXT,
    time TEXT,
    time_value TEXT,
    day_from INTEGER,
    day_to INTEGER,
    month TEXT,                        -- YYYY-MM when the date is at least month-precise
    place TEXT,
    modality TEXT NOT NULL,
    PRIMARY KEY (doc, id)
);
CREATE INDEX events_days ON events (day_from, day_to);
CREATE INDEX events_month ON events (month);

CREATE TABLE participants (
    doc INTEGER NOT NULL,
    event TEXT NOT NULL,
    role TEXT NOT NULL,
    entity TEXT,
    text TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    FOREIGN KEY (doc, event) REFERENCES events (doc, id) ON DELETE CASCADE
);
CREATE INDEX participants_entity ON participants (doc, entity);

CREATE TABLE claims (
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    id TEXT NOT NULL,
    event TEXT,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    verdict TEXT NOT NULL,
    correction TEXT,
    explanation TEXT NOT NULL DEFAULT '',
    confidence REAL,
    PRIMARY KEY (doc, id)
);
CREATE INDEX claims_verdict ON claims (verdict);

CREATE TABLE evidence (
    doc INTEGER NOT NULL,
    claim TEXT NOT NULL,
    kb TEXT NOT NULL,
    subject TEXT NOT NULL,
    property TEXT NOT NULL,
    value TEXT,                        -- JSON
    qualifiers TEXT NOT NULL DEFAULT '{}',
    source TEXT,
    url TEXT,
    FOREIGN KEY (doc, claim) REFERENCES claims (doc, id) ON DELETE CASCADE
);
CREATE INDEX evidence_claim ON evidence (doc, claim);

CREATE TABLE flags (
    doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
    id TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    technique TEXT NOT NULL,
    explanation TEXT NOT NULL,
    confidence REAL NOT NULL,
    voice TEXT NOT NULL,
    speaker TEXT,
    PRIMARY KEY (doc, id)
);
CREATE INDEX flags_doc ON flags (doc);

-- Full-text search over titles and texts; accents folded so "revolucion" finds "Revolución".
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text, content = 'documents', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2'
);
