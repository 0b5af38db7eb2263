-- Partitions a batch run is about to write, recorded (and committed) before the file is.
-- A name here that batch_partitions does not hold is the leftover of a killed run: the
-- only files a resume ever deletes are those named here, so files the batch did not
-- write (anything else in the output folder) are never touched.
CREATE TABLE batch_pending (
    name TEXT PRIMARY KEY,             -- file name under the output folder
    run INTEGER NOT NULL REFERENCES batch_runs (run),
    started_at TEXT NOT NULL
);
