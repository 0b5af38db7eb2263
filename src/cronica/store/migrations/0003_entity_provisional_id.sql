-- A mention linked to a KB item whose Wikidata QID is not confirmed yet keeps kb_id NULL and
-- carries the project's provisional id ("cronica:lev-kamenev"; docs/kb.md, docs/output.md).
ALTER TABLE entities ADD COLUMN provisional_id TEXT;
CREATE INDEX entities_provisional_id ON entities (provisional_id);
