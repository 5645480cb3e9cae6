-- confed schema, version 1. One dialect: every statement here runs unchanged on H2 2.x and PostgreSQL 15.
--
-- Conventions
--   natural_key   the record's natural key (org.confed.domain.model.RecordKey) as bytes: each key part in
--                 UTF-16BE followed by 0x0000. Byte order is then exactly RecordKey.compareTo, whatever the
--                 database's text collation, so list() pages and orders by it. It is the primary key.
--   X_first, X_last, X_precision
--                 a partial date (org.confed.domain.model.PartialDate): its span's first and last days, for
--                 indexed "as of" questions, and its precision (day, month, year), so it reads back exactly.
--   version       1 on insert, one more with each change; unchanged writes keep it.
--   content_hash  SHA-256 of the record's canonical text: a write of equal content is left unchanged.
--   last_write    a random id of the write call that last changed the row, so that a long write can tell a
--                 key it wrote itself in an earlier chunk (the same record again is nothing; another is refused).
--   <type>_<list> the record's lists, one row per item, in order (item_index from 0). They belong to their
--                 record (deleted with it); an update replaces them.
-- Text that is searched is stored folded (org.confed.domain.query.TextFold) next to the original.

CREATE TABLE source (
    natural_key          BYTEA         NOT NULL PRIMARY KEY,
    id                   VARCHAR(120)  NOT NULL,
    publisher            VARCHAR(300),
    title                VARCHAR(1000),
    published_first      DATE,
    published_last       DATE,
    published_precision  VARCHAR(5),
    url                  VARCHAR(2000),
    language             VARCHAR(35),
    reference            VARCHAR(200),
    excerpt              VARCHAR(10000),
    version              BIGINT        NOT NULL,
    content_hash         BYTEA         NOT NULL,
    last_write           BIGINT        NOT NULL
);

CREATE TABLE state (
    natural_key   BYTEA         NOT NULL PRIMARY KEY,
    code          VARCHAR(3)    NOT NULL,
    name          VARCHAR(300)  NOT NULL,
    version       BIGINT        NOT NULL,
    content_hash  BYTEA         NOT NULL,
    last_write    BIGINT        NOT NULL
);

CREATE TABLE state_name (
    owner_key   BYTEA         NOT NULL REFERENCES state (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    language    VARCHAR(35)   NOT NULL,
    name        VARCHAR(500)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE state_source (
    owner_key   BYTEA         NOT NULL REFERENCES state (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE confederation (
    natural_key          BYTEA         NOT NULL PRIMARY KEY,
    code                 VARCHAR(16)   NOT NULL,
    name                 VARCHAR(300)  NOT NULL,
    founded_first        DATE,
    founded_last         DATE,
    founded_precision    VARCHAR(5),
    founding_instrument  VARCHAR(1000),
    headquarters         VARCHAR(300),
    presidency_term      VARCHAR(32),
    version              BIGINT        NOT NULL,
    content_hash         BYTEA         NOT NULL,
    last_write           BIGINT        NOT NULL
);

-- natural_key is the code as bytes; the code is unique too, for people and tools reading the table
CREATE UNIQUE INDEX confederation_code ON confederation (code);

CREATE TABLE confederation_name (
    owner_key   BYTEA         NOT NULL REFERENCES confederation (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    language    VARCHAR(35)   NOT NULL,
    name        VARCHAR(500)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE confederation_rotation (
    owner_key   BYTEA         NOT NULL REFERENCES confederation (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(3)    NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE confederation_pillar (
    owner_key   BYTEA         NOT NULL REFERENCES confederation (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE confederation_source (
    owner_key   BYTEA         NOT NULL REFERENCES confederation (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE membership (
    natural_key      BYTEA        NOT NULL PRIMARY KEY,
    confederation    VARCHAR(16)  NOT NULL,
    state            VARCHAR(3)   NOT NULL,
    start_first      DATE         NOT NULL,
    start_last       DATE         NOT NULL,
    start_precision  VARCHAR(5)   NOT NULL,
    end_first        DATE,
    end_last         DATE,
    end_precision    VARCHAR(5),
    version          BIGINT       NOT NULL,
    content_hash     BYTEA        NOT NULL,
    last_write       BIGINT       NOT NULL
);

-- members on a date: WHERE confederation = ? AND start_first <= ? AND (end_last IS NULL OR end_last >= ?);
-- the rules read a confederation's memberships by the same prefix
CREATE INDEX membership_on_date ON membership (confederation, start_first);

CREATE TABLE membership_source (
    owner_key   BYTEA         NOT NULL REFERENCES membership (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE person (
    natural_key   BYTEA         NOT NULL PRIMARY KEY,
    id            VARCHAR(120)  NOT NULL,
    name          VARCHAR(300)  NOT NULL,
    folded_name   VARCHAR       NOT NULL,
    honorific     VARCHAR(200),
    version       BIGINT        NOT NULL,
    content_hash  BYTEA         NOT NULL,
    last_write    BIGINT        NOT NULL
);

-- meeting search joins participants to their person by id, to match their current names
CREATE UNIQUE INDEX person_id ON person (id);

CREATE TABLE person_source (
    owner_key   BYTEA         NOT NULL REFERENCES person (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE office_term (
    natural_key      BYTEA         NOT NULL PRIMARY KEY,
    person_id        VARCHAR(120)  NOT NULL,
    office           VARCHAR(300)  NOT NULL,
    state            VARCHAR(3),
    start_first      DATE          NOT NULL,
    start_last       DATE          NOT NULL,
    start_precision  VARCHAR(5)    NOT NULL,
    end_first        DATE,
    end_last         DATE,
    end_precision    VARCHAR(5),
    version          BIGINT        NOT NULL,
    content_hash     BYTEA         NOT NULL,
    last_write       BIGINT        NOT NULL
);

-- office holders on a date, and a person's offices
CREATE INDEX office_term_on_date ON office_term (office, start_first);
CREATE INDEX office_term_person ON office_term (person_id);

CREATE TABLE office_term_source (
    owner_key   BYTEA         NOT NULL REFERENCES office_term (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE meeting (
    natural_key     BYTEA          NOT NULL PRIMARY KEY,
    id              VARCHAR(120)   NOT NULL,
    confederation   VARCHAR(16),
    kind            VARCHAR(20)    NOT NULL,
    date_first      DATE           NOT NULL,
    date_last       DATE           NOT NULL,
    date_precision  VARCHAR(5)     NOT NULL,
    place           VARCHAR(300),
    title           VARCHAR(1000),
    folded_text     VARCHAR        NOT NULL,
    version         BIGINT         NOT NULL,
    content_hash    BYTEA          NOT NULL,
    last_write      BIGINT         NOT NULL
);

-- search results come by date, then id (natural_key orders ids exactly): keyset pages walk this index
CREATE INDEX meeting_by_date ON meeting (date_first, natural_key);
CREATE INDEX meeting_by_confederation ON meeting (confederation, date_first);

CREATE TABLE meeting_participant (
    owner_key   BYTEA         NOT NULL REFERENCES meeting (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    person_id   VARCHAR(120)  NOT NULL,
    capacity    VARCHAR(300),
    PRIMARY KEY (owner_key, item_index)
);

-- which meetings a person attended
CREATE INDEX meeting_participant_person ON meeting_participant (person_id);

CREATE TABLE meeting_topic (
    owner_key   BYTEA         NOT NULL REFERENCES meeting (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(500)  NOT NULL,
    folded      VARCHAR       NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE meeting_source (
    owner_key   BYTEA         NOT NULL REFERENCES meeting (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE presidency (
    natural_key      BYTEA         NOT NULL PRIMARY KEY,
    confederation    VARCHAR(16)   NOT NULL,
    state            VARCHAR(3)    NOT NULL,
    holder           VARCHAR(120),
    start_first      DATE          NOT NULL,
    start_last       DATE          NOT NULL,
    start_precision  VARCHAR(5)    NOT NULL,
    end_first        DATE,
    end_last         DATE,
    end_precision    VARCHAR(5),
    designated_at    VARCHAR(120),
    version          BIGINT        NOT NULL,
    content_hash     BYTEA         NOT NULL,
    last_write       BIGINT        NOT NULL
);

-- presidency on a date: the latest term starting on or before it, and the one after
CREATE INDEX presidency_on_date ON presidency (confederation, start_first);
CREATE INDEX presidency_holder ON presidency (holder);

CREATE TABLE presidency_source (
    owner_key   BYTEA         NOT NULL REFERENCES presidency (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE action_plan (
    natural_key    BYTEA          NOT NULL PRIMARY KEY,
    id             VARCHAR(120)   NOT NULL,
    confederation  VARCHAR(16)    NOT NULL,
    pillar         VARCHAR(120)   NOT NULL,
    title          VARCHAR(1000)  NOT NULL,
    author         VARCHAR(300),
    version        BIGINT         NOT NULL,
    content_hash   BYTEA          NOT NULL,
    last_write     BIGINT         NOT NULL
);

-- natural_key is the id as bytes; the id is unique too, for people and tools reading the table
CREATE UNIQUE INDEX action_plan_id ON action_plan (id);
CREATE INDEX action_plan_by_pillar ON action_plan (confederation, pillar);

CREATE TABLE action_plan_objective (
    owner_key   BYTEA          NOT NULL REFERENCES action_plan (natural_key) ON DELETE CASCADE,
    item_index  INTEGER        NOT NULL,
    item        VARCHAR(2000)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE action_plan_source (
    owner_key   BYTEA         NOT NULL REFERENCES action_plan (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

CREATE TABLE plan_event (
    natural_key     BYTEA          NOT NULL PRIMARY KEY,
    plan_id         VARCHAR(120)   NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    date_first      DATE           NOT NULL,
    date_last       DATE           NOT NULL,
    date_precision  VARCHAR(5)     NOT NULL,
    meeting_id      VARCHAR(120),
    note            VARCHAR(2000),
    version         BIGINT         NOT NULL,
    content_hash    BYTEA          NOT NULL,
    last_write      BIGINT         NOT NULL
);

-- plan status on a date: the plan's events up to that date
CREATE INDEX plan_event_on_date ON plan_event (plan_id, date_first);

CREATE TABLE plan_event_source (
    owner_key   BYTEA         NOT NULL REFERENCES plan_event (natural_key) ON DELETE CASCADE,
    item_index  INTEGER       NOT NULL,
    item        VARCHAR(120)  NOT NULL,
    PRIMARY KEY (owner_key, item_index)
);

-- Append-only: rows are inserted with each change and never updated or deleted.
-- content is the record as written, in the interchange format's JSON shape (see RecordText).
CREATE TABLE change_log (
    sequence      BIGINT                    GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    committed_at  TIMESTAMP WITH TIME ZONE  NOT NULL,
    actor         VARCHAR(100)              NOT NULL,
    record_type   VARCHAR(40)               NOT NULL,
    natural_key   BYTEA                     NOT NULL,
    key_text      VARCHAR                   NOT NULL,
    old_version   BIGINT                    NOT NULL,
    new_version   BIGINT                    NOT NULL,
    content       VARCHAR                   NOT NULL
);

-- the history of one record (changesOf)
CREATE INDEX change_log_by_record ON change_log (record_type, natural_key, sequence);
