-- Interdict store, schema version 1: the audit trail and alerts.
-- Portable SQL (SQLite and PostgreSQL): TEXT, BIGINT, INTEGER only; times are ISO-8601 UTC text so the
-- canonical record hashed into the audit chain is byte-identical on both databases.

-- Snapshots referenced by stored decisions: identity and per-source checksums always; a copy of the
-- content (gzip + base64 JSON) when retention is on, so replay can pin the exact lists.
CREATE TABLE snapshots (
    hash          TEXT PRIMARY KEY,
    sources       TEXT NOT NULL,
    first_used_at TEXT NOT NULL,
    content       TEXT
);

-- Append-only decisions. seq is assigned under the audit_head lock, so the chain has no gaps;
-- tx_key is unique so a transaction screened twice (a resumed batch) is stored once.
CREATE TABLE decisions (
    seq            BIGINT PRIMARY KEY,
    tx_key         TEXT NOT NULL UNIQUE,
    recorded_at    TEXT NOT NULL,
    caller         TEXT NOT NULL,
    channel        TEXT NOT NULL,
    outcome        TEXT NOT NULL,
    snapshot       TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    algorithm      TEXT NOT NULL,
    input          TEXT NOT NULL,
    decision       TEXT NOT NULL,
    prev_hash      TEXT NOT NULL,
    hash           TEXT NOT NULL
);
CREATE INDEX decisions_snapshot ON decisions (snapshot);

-- The chain's head: the last seq and hash. Appenders update this row first, which takes the write
-- lock (SQLite) or the row lock (PostgreSQL) and so serialises appends; it also lets verify notice
-- records deleted from the end of the chain.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY,
    seq  BIGINT NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, 'sha256:genesis');

-- Named counters for alert and event ids (portable: no SERIAL/AUTOINCREMENT dialects).
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('alert', 0);
INSERT INTO counters (name, value) VALUES ('alert_event', 0);

-- One alert per REVIEW or BLOCK decision.
CREATE TABLE alerts (
    id                BIGINT PRIMARY KEY,
    decision_seq      BIGINT NOT NULL UNIQUE,
    tx_key            TEXT NOT NULL,
    outcome           TEXT NOT NULL,
    state             TEXT NOT NULL,
    assignee          TEXT,
    resolution        TEXT,
    resolution_reason TEXT,
    resolved_by       TEXT,
    approved_by       TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX alerts_state ON alerts (state);

-- Everything done to an alert, in order (assign, comment, resolve, approve).
CREATE TABLE alert_events (
    id       BIGINT PRIMARY KEY,
    alert_id BIGINT NOT NULL,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    kind     TEXT NOT NULL,
    detail   TEXT
);
CREATE INDEX alert_events_alert ON alert_events (alert_id);
