package io.interdict.store.review;

import java.util.List;

/**
 * An alert on a REVIEW or BLOCK decision and what analysts did with it.
 *
 * @param resolvedBy the analyst who resolved (or proposed the resolution awaiting approval)
 * @param approvedBy the second analyst who approved a false positive on a BLOCK (four-eyes)
 * @param origin     {@code screen} (a recorded decision) or {@code rescreen} (a monitored party's changed outcome)
 */
public record Alert(long id, long decisionSeq, String txKey, String outcome, State state, String assignee,
                    Resolution resolution, String resolutionReason, String resolvedBy, String approvedBy,
                    String createdAt, String updatedAt, String origin) {

    public enum State {
        /** Waiting for an analyst. */
        OPEN,
        /** Sent up for a senior decision; can still be resolved. */
        ESCALATED,
        /** A BLOCK resolved as false positive, waiting for a second analyst's approval. */
        PENDING_APPROVAL,
        /** Resolved. */
        CLOSED
    }

    public enum Resolution {
        TRUE_MATCH, FALSE_POSITIVE, ESCALATE;

        public static Resolution of(String s) {
            String k = s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (k.equals("ESCALATED")) {
                return ESCALATE;
            }
            try {
                return valueOf(k);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("resolution '" + s + "' is not one of true_match, false_positive, escalate");
            }
        }

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One thing done to an alert. */
    public record Event(long id, String at, String actor, String kind, String detail) {
    }

    /** An alert with its history. */
    public record Detail(Alert alert, List<Event> events) {
    }
}
