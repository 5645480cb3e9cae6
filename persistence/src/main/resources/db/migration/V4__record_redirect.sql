-- confed schema, version 4: merges. When two records of one person become one, the one that goes is withdrawn by a
-- record_version row of change 'merge', and a row here says which record now stands for it, from that change set on.
-- "Merged into, as recorded at change set N" is the row with change_set <= N; a chain (A into B, then B into C) is
-- followed by whoever reads. IF NOT EXISTS: H2 commits a CREATE TABLE by itself, so an open killed after it and
-- before Flyway records this version runs it again.

CREATE TABLE IF NOT EXISTS record_redirect (
    record_type  VARCHAR(32)  NOT NULL,
    natural_key  BYTEA        NOT NULL,
    target_key   BYTEA        NOT NULL,
    change_set   BIGINT       NOT NULL,
    PRIMARY KEY (record_type, natural_key, change_set)
);
