package io.interdict.core.screen;

import io.interdict.core.measure.Event;
import java.time.LocalDate;

/**
 * The status of one clause on a date, with the facts that decided it.
 *
 * @param effective the clause's effective date in force (or the deadline, for obligations)
 * @param decisive  the event that set the status (injunction, non-enforcement order ...), or null
 */
public record ClauseStatus(Status status, LocalDate signed, LocalDate effective, Event decisive) {
}
