-- Interdict store, schema version 20 (the web console). Numbered well above the others so that
-- migrations added meanwhile on other branches keep their numbers.

-- Console user accounts. password is 'pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>'; roles is a
-- comma-separated list of the server's role names (screen, review, admin).
CREATE TABLE console_users (
    name        TEXT PRIMARY KEY,
    roles       TEXT NOT NULL,
    password    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    disabled_at TEXT
);

-- The measures each alert's decision hit, so the queue can filter by measure without reading every
-- decision's JSON. Filled from the decisions by AlertQueue.index (alerts above the counter's value).
CREATE TABLE alert_measures (
    alert_id BIGINT NOT NULL,
    measure  TEXT NOT NULL,
    PRIMARY KEY (alert_id, measure)
);
CREATE INDEX alert_measures_measure ON alert_measures (measure, alert_id);
INSERT INTO counters (name, value) VALUES ('alert_measures_indexed', 0);

-- The queue is read newest first in keyset pages (WHERE id < ? ORDER BY id DESC): one index per
-- filter, each ending in id, lets a filtered page stop after its rows instead of sorting the table.
CREATE INDEX alerts_state_id ON alerts (state, id);
CREATE INDEX alerts_outcome_id ON alerts (outcome, id);
CREATE INDEX alerts_assignee_id ON alerts (assignee, id);
-- The age filter is a range on created_at: without an index, a filter no alert passes reads them all.
CREATE INDEX alerts_created ON alerts (created_at);
