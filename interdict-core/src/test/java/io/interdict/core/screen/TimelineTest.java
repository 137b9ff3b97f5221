package io.interdict.core.screen;

import static io.interdict.core.testkit.Kit.covering;
import static io.interdict.core.testkit.Kit.d;
import static io.interdict.core.testkit.Kit.event;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.testkit.Kit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineTest {
    // A synthetic measure exercising every status-changing event type, with both clause-wide and
    // clause-specific events, a revision issued later than the original, and retroactive coverage.
    static final Prohibition A = Kit.clause("a", List.of("x:1"), Set.of(), Conditions.NONE, false);
    static final Prohibition B = Kit.clause("b", List.of("x:1"), Set.of(), Conditions.NONE, false);
    static final Prohibition SCOPE = Kit.clause("scope", List.of("x:1"), Set.of(), Conditions.NONE, true);
    static final Prohibition LATE = Kit.clause("late", List.of("x:1"), Set.of(), Conditions.NONE, false);
    static final Obligation DUTY = Kit.obligation("duty", List.of("x:1"), Set.of(), Conditions.NONE, "2020-04-01");
    static final Measure M = Kit.measure("m", "US", List.of(
            event(EventType.SIGNED, "2020-01-10"),
            event(EventType.EFFECTIVE, "2020-01-10", "2020-02-01"),
            event(EventType.EFFECTIVE, "2020-01-20", "2020-02-15", "a"),
            covering(EventType.ENJOINED, "2020-03-01", null, "2020-03-31", "b"),
            covering(EventType.NON_ENFORCEMENT, "2020-05-05", "2020-05-01", "2020-05-31"),
            event(EventType.IDENTIFIED, "2020-06-01", "2020-06-10", "scope"),
            event(EventType.DEADLINE, "2020-03-20", "2020-04-15", "duty"),
            event(EventType.REVOKED, "2020-07-01")), List.of(A, B, SCOPE), List.of(DUTY));
    // A measure whose second clause was announced after signing, with a date of its own.
    static final Measure M2 = Kit.measure("m2", "GB", List.of(
            event(EventType.SIGNED, "2020-01-10"),
            event(EventType.EFFECTIVE, "2020-01-10", "2020-02-01", "a"),
            event(EventType.EFFECTIVE, "2020-04-20", "2020-06-01", "late")), List.of(A, LATE), List.of());

    @ParameterizedTest(name = "{0} on {1} known at {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // signing
            "a,     2020-01-09, -,          none",
            "a,     2020-01-10, -,          pending",
            // clause a's effective date was revised on 2020-01-20 from 02-01 to 02-15
            "a,     2020-02-01, -,          pending",
            "a,     2020-02-01, 2020-01-19, in_force",
            "a,     2020-02-14, -,          pending",
            "a,     2020-02-15, -,          in_force",
            "b,     2020-01-31, -,          pending",
            "b,     2020-02-01, -,          in_force",
            // injunction on b from 03-01 to 03-31 inclusive
            "b,     2020-02-29, -,          in_force",
            "b,     2020-03-01, -,          enjoined",
            "b,     2020-03-31, -,          enjoined",
            "b,     2020-04-01, -,          in_force",
            "a,     2020-03-15, -,          in_force",
            // non-enforcement issued 05-05 covering conduct from 05-01: retroactive, but not known before issue
            "a,     2020-04-30, -,          in_force",
            "a,     2020-05-01, -,          not_enforced",
            "a,     2020-05-01, 2020-05-04, in_force",
            "a,     2020-05-31, -,          not_enforced",
            "a,     2020-06-01, -,          in_force",
            // awaiting scope until identified (effective 06-10)
            "scope, 2020-02-01, -,          awaiting_scope",
            "scope, 2020-06-09, -,          awaiting_scope",
            "scope, 2020-06-10, -,          in_force",
            "scope, 2020-06-10, 2020-05-31, awaiting_scope",
            // revocation effective 07-01: the day itself no longer applies
            "a,     2020-06-30, -,          in_force",
            "a,     2020-07-01, -,          none",
            "a,     2020-07-01, 2020-06-30, in_force",
            // obligation: deadline 04-01 moved to 04-15 by an event issued 03-20
            "duty,  2020-01-09, -,          none",
            "duty,  2020-03-31, 2020-03-19, deadline_pending",
            "duty,  2020-04-01, 2020-03-19, deadline_passed",
            "duty,  2020-04-01, -,          deadline_pending",
            "duty,  2020-04-14, -,          deadline_pending",
            "duty,  2020-04-15, -,          deadline_passed",
            "duty,  2020-07-01, -,          none",
            // a clause announced later (its own effective event issued 04-20) is unknown before that
            "late,  2020-03-01, 2020-04-19, none",
            "late,  2020-03-01, -,          pending",
            "late,  2020-06-01, -,          in_force",
    })
    void statusOnDate(String clause, String date, String knownAt, String expected) {
        Measure m = clause.equals("late") ? M2 : M;
        var status = clause.equals("duty")
                ? Timeline.obligation(M, DUTY, d(date), knownAt == null ? null : d(knownAt))
                : Timeline.prohibition(m, m.prohibition(clause).orElseThrow(), d(date), knownAt == null ? null : d(knownAt));
        assertThat(status.map(s -> s.status().wire()).orElse("none")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2020-01-09, true", "2020-01-10, false"})
    void unknownBeforeItsSigningIsKnown(String knownAt, boolean empty) {
        assertThat(Timeline.signed(M, d(knownAt)).isEmpty()).isEqualTo(empty);
    }
}
