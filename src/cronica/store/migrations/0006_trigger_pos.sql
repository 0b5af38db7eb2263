-- The trigger's part of speech (Trigger.pos, an optional addition to the contract: the TimeML
-- export reads it instead of reloading the event lexicon). Rows loaded before this migration
-- hold NULL: unknown.
ALTER TABLE events ADD COLUMN trigger_pos TEXT;         -- VERB | NOUN
