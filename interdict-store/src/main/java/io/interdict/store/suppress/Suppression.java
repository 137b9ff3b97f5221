package io.interdict.store.suppress;

import java.time.LocalDate;

/**
 * A reviewed false positive: hits of the party identified by {@code partyKey} on {@code entity} are
 * shown as suppressed (effect ALLOW) until {@code expires} (exclusive) unless revoked.
 */
public record Suppression(long id, String partyKey, String partyName, String entity, String reason, String owner,
                          String createdBy, String createdAt, LocalDate expires, Long alertId, String revokedAt,
                          String revokedBy) {
    public boolean activeOn(LocalDate today) {
        return revokedAt == null && today.isBefore(expires);
    }
}
