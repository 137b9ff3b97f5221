-- Interdict store, schema version 3.14 (issue 14): alerts and their review inside a hash chain.
-- Each alert event (its opening, then every assign, comment, resolve, approve, reject) is chained:
-- hash = sha256(prev_hash || canonical event), where the canonical event includes the alert's fields
-- after the change (alert_state). Verify recomputes the chain and checks every alert row against its
-- last event, and every REVIEW or BLOCK decision against its alert. Events stored before this version
-- keep NULL hashes and stay outside the chain.
ALTER TABLE alert_events ADD COLUMN alert_state TEXT;
ALTER TABLE alert_events ADD COLUMN prev_hash TEXT;
ALTER TABLE alert_events ADD COLUMN hash TEXT;

-- The review chain's head (id 2): the id and hash of its last event. Row 1 stays the decisions' head.
INSERT INTO audit_head (id, seq, hash) VALUES (2, 0, 'sha256:genesis');
