-- confed schema, version 2: one table of record versions for every record type. One dialect: every statement here
-- runs unchanged on H2 2.x and PostgreSQL 15. V1's tables (a table per type, list tables, change_log) are moved into
-- these by the Java migration V3 (org.confed.persistence.RecordsFromV1), which then drops them.
--
-- Conventions
--   change_set    one row per write (transaction). Ids grow by one; committed_at grows strictly (the store takes
--                 max(now, previous + 1 microsecond) while it holds the write turn), so "the registry as recorded at
--                 instant T" is the greatest change set N with committed_at <= T, and its records are the versions
--                 with change_set <= N AND (retired_by IS NULL OR retired_by > N).
--   record_version
--                 one row per version of a record; it is also the change log, in seq order. A record's live version
--                 is its row with retired_by IS NULL (unless that row's change is 'retract'); writing a new version
--                 sets retired_by of the old row to the new version's change set. Rows are never deleted.
--   record_type   the type's name in the interchange format (person, office_term, ...).
--   natural_key   the record's key (org.confed.domain.model.RecordKey) as bytes: each key part in UTF-16BE followed
--                 by 0x0000. Byte order is then exactly RecordKey.compareTo within a type, whatever the database's
--                 text collation, so lists page and order by it.
--   change        insert, update, retract or merge (org.confed.domain.port.ChangeKind).
--   content       the record as the store's RecordEncoding writes it (the interchange format's JSON). A write whose
--                 text equals the live row's content changes nothing.
--   sort_day      the first day of the record's main date (its valid-from date, else its event date), for date order.
--   record_term   what a version is found by, as UTF-8 bytes compared bytewise (no collation), so that a word prefix
--                 is a range: "<type>|<target type>:<target id>" for each reference it makes
--                 (membership|confederation:AES), "<type>#<word>" for each folded word of its searchable fields
--                 (meeting#koulouba). Written with the version, never changed.

CREATE TABLE change_set (
    id            BIGINT                    NOT NULL PRIMARY KEY,
    committed_at  TIMESTAMP WITH TIME ZONE  NOT NULL,
    actor         VARCHAR(100)              NOT NULL
);

-- "as recorded at": the greatest change set committed by an instant
CREATE INDEX change_set_by_instant ON change_set (committed_at);

CREATE TABLE record_version (
    seq          BIGINT       NOT NULL PRIMARY KEY,
    change_set   BIGINT       NOT NULL,
    retired_by   BIGINT,
    record_type  VARCHAR(32)  NOT NULL,
    natural_key  BYTEA        NOT NULL,
    version      BIGINT       NOT NULL,
    change       VARCHAR(8)   NOT NULL,
    content      VARCHAR      NOT NULL,
    sort_day     DATE
);

-- find, list, existing and a record's history: WHERE record_type = ? AND natural_key ... AND retired_by IS NULL
CREATE INDEX record_version_by_key ON record_version (record_type, natural_key, retired_by);
-- meetings by date, then id: keyset pages walk this index
CREATE INDEX record_version_by_day ON record_version (record_type, sort_day, natural_key);

CREATE TABLE record_term (
    term  BYTEA   NOT NULL,
    seq   BIGINT  NOT NULL,
    PRIMARY KEY (term, seq)
);
