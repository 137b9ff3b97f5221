package io.interdict.store.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.interdict.store.audit.AuditLog;
import io.interdict.store.audit.Recorder;
import io.interdict.store.db.Database;
import io.interdict.store.db.StoreException;
import io.interdict.store.review.Alert.Resolution;
import io.interdict.store.review.Alert.State;
import io.interdict.store.testkit.Fixtures;
import io.interdict.store.testkit.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AlertQueueTest {
    @TempDir
    Path tmp;

    /** 25 BLOCK alerts (Acme), 10 REVIEW (Vanya, a weak alias), in that order of id. */
    private Database seeded(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        var s = Fixtures.screener(Fixtures.small());
        try (Recorder r = new Recorder(new AuditLog(db, Fixtures.CLOCK), new AuditLog.Context("sys", "cli-batch", "e", "x"), 7)) {
            for (int i = 0; i < 25; i++) {
                r.add(Fixtures.tx("b-" + i, "Acme Trading"), s.screen(Fixtures.tx("b-" + i, "Acme Trading")));
            }
            for (int i = 0; i < 10; i++) {
                r.add(Fixtures.tx("r-" + i, "Vanya"), s.screen(Fixtures.tx("r-" + i, "Vanya")));
            }
            r.add(Fixtures.tx("allow", "Nobody Listed"), s.screen(Fixtures.tx("allow", "Nobody Listed")));
        }
        return db;
    }

    private static AlertQueue.Query q(State state, String outcome, String measure, String assignee, Long before, int limit) {
        return new AlertQueue.Query(state, outcome, measure, assignee, null, null, before, limit);
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void keysetPagesWalkTheQueueNewestFirstWithoutGapsOrRepeats(String kind) {
        AlertQueue queue = new AlertQueue(seeded(kind), Fixtures.CLOCK);
        List<Long> seen = new ArrayList<>();
        Long before = null;
        int pages = 0;
        do {
            AlertQueue.Page p = queue.page(q(null, null, null, null, before, 10));
            p.rows().forEach(r -> seen.add(r.alert().id()));
            before = p.next();
            pages++;
        } while (before != null);
        assertThat(pages).isEqualTo(4);
        assertThat(seen).hasSize(35).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void filtersByOutcomeMeasureStateAssigneeAndAge(String kind) {
        Database db = seeded(kind);
        AlertQueue queue = new AlertQueue(db, Fixtures.CLOCK);
        assertThat(queue.page(q(null, "REVIEW", null, null, null, 50)).rows()).hasSize(10)
                .allSatisfy(r -> assertThat(r.alert().outcome()).isEqualTo("REVIEW"));
        // Every hit of the small snapshot is on its list measure, indexed from the decisions.
        String measure = queue.page(q(null, null, null, null, null, 1)).rows().get(0).measures().get(0);
        assertThat(queue.page(q(null, null, measure, null, null, 50)).rows()).hasSize(35)
                .allSatisfy(r -> assertThat(r.measures()).containsExactly(measure));
        assertThat(queue.page(q(null, null, "no-such-measure", null, null, 50)).rows()).isEmpty();

        ReviewService review = new ReviewService(db, Fixtures.CLOCK);
        long first = queue.page(q(null, "BLOCK", null, null, null, 1)).rows().get(0).alert().id();
        review.assign(first, "lead", "bob");
        review.propose(first, "bob", Resolution.TRUE_MATCH, "same registry number");
        assertThat(queue.page(q(null, null, null, "bob", null, 50)).rows()).extracting(r -> r.alert().id()).containsExactly(first);
        assertThat(queue.page(q(State.PENDING_APPROVAL, null, null, null, null, 50)).rows()).hasSize(1);
        assertThat(queue.assignees()).containsExactly("bob");

        // Age: every alert was opened at Fixtures.CLOCK; eight days later they are all older than 7 days, none from this week.
        AlertQueue later = new AlertQueue(db, Clock.offset(Fixtures.CLOCK, Duration.ofDays(8)));
        assertThat(later.page(new AlertQueue.Query(null, null, null, null, 7, null, null, 50)).rows()).hasSize(35);
        assertThat(later.page(new AlertQueue.Query(null, null, null, null, null, 7, null, 50)).rows()).isEmpty();
        assertThat(queue.page(new AlertQueue.Query(null, null, null, null, null, 7, null, 50)).rows()).hasSize(35);
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void alertsOpenedAfterTheFirstIndexingAreIndexedOnTheNextRead(String kind) {
        Database db = seeded(kind);
        AlertQueue queue = new AlertQueue(db, Fixtures.CLOCK);
        assertThat(queue.index()).isEqualTo(35);
        assertThat(queue.index()).isZero();
        var s = Fixtures.screener(Fixtures.small());
        new AuditLog(db, Fixtures.CLOCK).append(List.of(AuditLog.Entry.of(Fixtures.tx("late", "Blue Ocean Shipping"),
                s.screen(Fixtures.tx("late", "Blue Ocean Shipping")))), new AuditLog.Context("sys", "http", "e", "x"));
        String measure = queue.page(q(null, null, null, null, null, 1)).rows().get(0).measures().get(0);
        assertThat(queue.page(q(null, null, measure, null, null, 50)).rows()).hasSize(36);
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void fourEyesOnEveryProposalTheProposerCannotApprove(String kind) {
        Database db = seeded(kind);
        ReviewService review = new ReviewService(db, Fixtures.CLOCK);
        AlertQueue queue = new AlertQueue(db, Fixtures.CLOCK);
        long reviewAlert = queue.page(q(null, "REVIEW", null, null, null, 1)).rows().get(0).alert().id();
        Alert proposed = review.propose(reviewAlert, "alice", Resolution.TRUE_MATCH, "same person");
        // Unlike resolve, a proposal on a REVIEW alert waits for a second person too.
        assertThat(proposed.state()).isEqualTo(State.PENDING_APPROVAL);
        assertThat(proposed.resolvedBy()).isEqualTo("alice");
        assertThatThrownBy(() -> review.approve(reviewAlert, "alice", "")).isInstanceOf(StoreException.class)
                .hasMessageContaining("four-eyes");
        assertThatThrownBy(() -> review.propose(reviewAlert, "bob", Resolution.FALSE_POSITIVE, "x"))
                .hasMessageContaining("only OPEN or ESCALATED");
        Alert approved = review.approve(reviewAlert, "bob", "agreed");
        assertThat(approved.state()).isEqualTo(State.CLOSED);
        assertThat(approved.approvedBy()).isEqualTo("bob");
        assertThat(review.show(reviewAlert).orElseThrow().events()).extracting(Alert.Event::kind, Alert.Event::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("open", "interdict"), org.assertj.core.groups.Tuple.tuple("propose", "alice"), org.assertj.core.groups.Tuple.tuple("approve", "bob"));
        assertThatThrownBy(() -> review.propose(reviewAlert, "bob", Resolution.TRUE_MATCH, " ")).hasMessageContaining("reason");
        // Escalation is not a resolution: it takes effect at once.
        long other = queue.page(q(State.OPEN, "REVIEW", null, null, null, 1)).rows().get(0).alert().id();
        assertThat(review.propose(other, "alice", Resolution.ESCALATE, "needs legal").state()).isEqualTo(State.ESCALATED);
    }
}
