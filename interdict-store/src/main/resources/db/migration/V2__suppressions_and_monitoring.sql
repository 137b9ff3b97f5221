-- Interdict store, schema version 2: suppressions, monitored counterparties, rescreening state.

-- Where an alert came from: 'screen' (a recorded decision) or 'rescreen' (a changed outcome).
ALTER TABLE alerts ADD COLUMN origin TEXT NOT NULL DEFAULT 'screen';

INSERT INTO counters (name, value) VALUES ('suppression', 0);

-- A reviewed false positive: this party is not this entity. Matched on (party_key, entity) only, so
-- it can never hide a hit on another entity.
CREATE TABLE suppressions (
    id         BIGINT PRIMARY KEY,
    party_key  TEXT NOT NULL,
    party_name TEXT,
    entity     TEXT NOT NULL,
    reason     TEXT NOT NULL,
    owner      TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires    TEXT NOT NULL,
    alert_id   BIGINT,
    revoked_at TEXT,
    revoked_by TEXT
);
CREATE INDEX suppressions_pair ON suppressions (party_key, entity);

-- Counterparties rescreened when lists or measure statuses change.
CREATE TABLE monitored (
    id            TEXT PRIMARY KEY,
    name          TEXT,
    country       TEXT,
    ids           TEXT NOT NULL,
    kind          TEXT NOT NULL,
    jurisdiction  TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    last_outcome  TEXT,
    last_snapshot TEXT,
    last_date     TEXT
);

-- The hits of each monitored party's last screening, indexed both ways so a list delta (entities) or
-- a status change (measures) finds the parties it can affect without a full rescreen.
CREATE TABLE monitor_hits (
    party_id TEXT NOT NULL,
    entity   TEXT NOT NULL,
    measure  TEXT NOT NULL,
    status   TEXT NOT NULL,
    effect   TEXT NOT NULL
);
CREATE INDEX monitor_hits_party ON monitor_hits (party_id);
CREATE INDEX monitor_hits_entity ON monitor_hits (entity);
CREATE INDEX monitor_hits_measure ON monitor_hits (measure);

-- The snapshot and date the monitored set was last rescreened against.
CREATE TABLE rescreen_state (
    id       INTEGER PRIMARY KEY,
    snapshot TEXT NOT NULL,
    as_of    TEXT NOT NULL,
    at       TEXT NOT NULL
);
