package io.interdict.regime;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.measure.Event;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.screen.ClauseStatus;
import io.interdict.core.screen.Timeline;
import io.interdict.core.snapshot.SourcePart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every legal boundary of the built-in regime, checked the day before, of and after. The cases are
 * generated from the loaded events, so a new event cannot go untested; the expected statuses come from
 * {@code regime/boundaries.csv}, written by hand from the fact sheet, so the test is not the Timeline
 * rules restated.
 */
class RegimeBoundaryTest {
    private static final String TABLE = "regime/boundaries.csv";
    private static final SourcePart REGIME = RegimeLoader.load();
    private static final Map<Key, String> EXPECTED = readTable();

    /** A row of the table: {@code knownAt} null = everything the regime knows. */
    record Key(String measure, String clause, LocalDate date, LocalDate knownAt) {
    }

    private static Map<Key, String> readTable() {
        Map<Key, String> rows = new LinkedHashMap<>();
        try (InputStream in = RegimeBoundaryTest.class.getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE + " on the test classpath").isNotNull();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("measure,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                assertThat(f).as(TABLE + ":" + n + " has 5 columns").hasSize(5);
                Key k = new Key(f[0], f[1], LocalDate.parse(f[2]), f[3].isEmpty() ? null : LocalDate.parse(f[3]));
                String previous = rows.put(k, f[4].trim());
                assertThat(previous).as(TABLE + ":" + n + " duplicates an earlier row").isNull();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Measure measure(String id) {
        return REGIME.measures().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no built-in measure " + id));
    }

    /** The status Timeline gives, as written in the table: a status's wire name or "none". */
    private static String actual(Key k) {
        Measure m = measure(k.measure());
        Optional<Prohibition> p = m.prohibition(k.clause());
        Optional<ClauseStatus> s;
        if (p.isPresent()) {
            s = Timeline.prohibition(m, p.get(), k.date(), k.knownAt());
        } else {
            Obligation o = m.obligations().stream().filter(x -> x.id().equals(k.clause())).findFirst()
                    .orElseThrow(() -> new AssertionError(k.measure() + " has no clause or obligation " + k.clause()));
            s = Timeline.obligation(m, o, k.date(), k.knownAt());
        }
        return s.map(cs -> cs.status().wire()).orElse("none");
    }

    private static List<String> clauses(Measure m) {
        List<String> ids = new ArrayList<>();
        m.prohibitions().forEach(p -> ids.add(p.clause()));
        m.obligations().forEach(o -> ids.add(o.id()));
        return ids;
    }

    /** The days on which an event can change a clause's status. */
    private static Set<LocalDate> boundaries(Event e) {
        Set<LocalDate> days = new LinkedHashSet<>();
        switch (e.type()) {
            case ENJOINED, NON_ENFORCEMENT, SUSPENDED -> {
                days.add(e.coversFrom());
                if (e.coversTo() != null) {
                    days.add(e.coversTo());
                }
            }
            default -> days.add(e.effective());
        }
        return days;
    }

    static Stream<Arguments> everyBoundary() {
        Map<Key, String> cases = new LinkedHashMap<>();
        for (Measure m : REGIME.measures()) {
            for (Event e : m.events()) {
                if (!e.type().changesStatus()) {
                    continue;
                }
                List<String> affected = e.clauses().isEmpty() ? clauses(m) : e.clauses();
                for (LocalDate day : boundaries(e)) {
                    for (String clause : affected) {
                        for (int k = -1; k <= 1; k++) {
                            Key key = new Key(m.id(), clause, day.plusDays(k), null);
                            cases.putIfAbsent(key, e.type().wire() + " " + day);
                        }
                    }
                }
            }
        }
        return cases.entrySet().stream().map(c -> Arguments.of(c.getKey(), c.getValue()));
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("everyBoundary")
    void everyEventBoundaryHasAHandWrittenExpectationThatTimelineMeets(Key key, String event) {
        String expected = EXPECTED.get(key);
        assertThat(expected).as("%s has no row for %s %s %s (day around %s)", TABLE, key.measure(), key.clause(),
                key.date(), event).isNotNull();
        assertThat(actual(key)).as("%s %s on %s", key.measure(), key.clause(), key.date()).isEqualTo(expected);
    }

    static Stream<Arguments> everyRow() {
        return EXPECTED.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyRow")
    void everyTableRowMatchesTimeline(Key key, String expected) {
        assertThat(actual(key)).as("%s %s on %s known at %s", key.measure(), key.clause(), key.date(), key.knownAt())
                .isEqualTo(expected);
    }

    @Test
    void everyStatusChangingEventTypeOfTheRegimeIsExercised() {
        // Guards the generator: if the regime has an event type, the table must have met it.
        Set<EventType> seen = new LinkedHashSet<>();
        REGIME.measures().forEach(m -> m.events().forEach(e -> {
            if (e.type().changesStatus()) {
                seen.add(e.type());
            }
        }));
        assertThat(seen).contains(EventType.SIGNED, EventType.EFFECTIVE, EventType.IDENTIFIED, EventType.ENJOINED,
                EventType.NON_ENFORCEMENT, EventType.SUSPENDED, EventType.REVOKED, EventType.DEADLINE);
        assertThat(everyBoundary().count()).isGreaterThanOrEqualTo(3L * seen.size());
    }
}
