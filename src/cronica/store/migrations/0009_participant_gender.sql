-- The grammatical gender a sentence gives a participant by agreement (Participant.gender, an optional
-- addition to the contract made by issue-13g, docs/verify.md: "fue detenida", "she"): Masc or Fem. Rows
-- loaded before this migration hold NULL: no gender recorded.
ALTER TABLE participants ADD COLUMN gender TEXT;
