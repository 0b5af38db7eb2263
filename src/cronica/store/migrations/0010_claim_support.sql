-- What a supported claim was checked on (Claim.support, an optional addition to the contract made by issue-13p,
-- docs/verify.md "What a support checked"): full or partial, the precision of the text's date against the one the
-- reference confirmed, the reading it holds under. JSON, read whole. Rows loaded before this migration hold NULL.
ALTER TABLE claims ADD COLUMN support TEXT;
