-- The age the text gives an event's main participant (Event.age, an optional addition to the
-- contract: "murió a los 53 años"), as JSON {years, text, start, end}: read whole, with its words
-- and offsets. Rows loaded before this migration hold NULL: unknown.
ALTER TABLE events ADD COLUMN age TEXT;
