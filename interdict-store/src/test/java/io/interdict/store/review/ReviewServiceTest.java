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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewServiceTest {
    @TempDir
    Path tmp;

    private ReviewService seeded(String kind) {
        Database db = TestDatabases.open(kind, tmp);
        var s = Fixtures.screener(Fixtures.small());
        try (Recorder r = new Recorder(new AuditLog(db, Fixtures.CLOCK), new AuditLog.Context("sys", "cli-batch", "e", "x"), 10)) {
            r.add(Fixtures.tx("block-1", "Acme Trading"), s.screen(Fixtures.tx("block-1", "Acme Trading")));
            r.add(Fixtures.tx("review-1", "Vanya"), s.screen(Fixtures.tx("review-1", "Vanya")));
        }
        return new ReviewService(db, Fixtures.CLOCK);
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void analystsAssignCommentAndResolveWithAReason(String kind) {
        ReviewService review = seeded(kind);
        long id = review.list(new ReviewService.Filter(null, null, "REVIEW", 10)).get(0).id();
        review.assign(id, "lead", "bob");
        review.comment(id, "bob", "weak alias only; DOB differs");
        assertThatThrownBy(() -> review.resolve(id, "bob", Resolution.FALSE_POSITIVE, " "))
                .isInstanceOf(StoreException.class).hasMessageContaining("reason");
        Alert a = review.resolve(id, "bob", Resolution.FALSE_POSITIVE, "different person");
        // A REVIEW cleared as false positive needs no second person.
        assertThat(a.state()).isEqualTo(State.CLOSED);
        assertThat(a.assignee()).isEqualTo("bob");
        assertThat(review.show(id).orElseThrow().events()).extracting(Alert.Event::kind)
                .containsExactly("open", "assign", "comment", "resolve");
        assertThat(review.list(new ReviewService.Filter(State.OPEN, null, null, 10))).hasSize(1);
        assertThatThrownBy(() -> review.comment(999, "bob", "x")).hasMessageContaining("no alert 999");
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void aFalsePositiveOnABlockNeedsASecondPerson(String kind) {
        ReviewService review = seeded(kind);
        long id = review.list(new ReviewService.Filter(null, null, "BLOCK", 10)).get(0).id();
        Alert proposed = review.resolve(id, "bob", Resolution.FALSE_POSITIVE, "registered in another country");
        assertThat(proposed.state()).isEqualTo(State.PENDING_APPROVAL);
        assertThatThrownBy(() -> review.approve(id, "bob", "ok")).hasMessageContaining("four-eyes");
        Alert done = review.approve(id, "carol", "checked the registry");
        assertThat(done.state()).isEqualTo(State.CLOSED);
        assertThat(done.resolvedBy()).isEqualTo("bob");
        assertThat(done.approvedBy()).isEqualTo("carol");
        assertThatThrownBy(() -> review.resolve(id, "dave", Resolution.TRUE_MATCH, "x")).hasMessageContaining("CLOSED");
    }

    @ParameterizedTest
    @MethodSource("io.interdict.store.testkit.TestDatabases#kinds")
    void escalationKeepsTheAlertOpenAndATrueMatchClosesIt(String kind) {
        ReviewService review = seeded(kind);
        long id = review.list(new ReviewService.Filter(null, null, "BLOCK", 10)).get(0).id();
        assertThat(review.resolve(id, "bob", Resolution.ESCALATE, "needs legal").state()).isEqualTo(State.ESCALATED);
        Alert a = review.resolve(id, "carol", Resolution.TRUE_MATCH, "same company, same address");
        assertThat(a.state()).isEqualTo(State.CLOSED);
        assertThat(a.resolution()).isEqualTo(Resolution.TRUE_MATCH);
    }
}
