-- The sentence whose main subject a pronoun or a dropped subject continues (Participant.antecedent, an
-- optional addition to the contract made by topic continuity, docs/events.md: "s3"). Rows loaded before
-- this migration hold NULL: no antecedent recorded.
ALTER TABLE participants ADD COLUMN antecedent TEXT;
