package io.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import io.interdict.core.match.fuzzy.SearchHit;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.lists.Embedded;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Entities of every bundled list are found by their primary name and by an alias (name search, as
 * {@code interdict match} does), and by an identifier through {@code interdict check --id}.
 */
class EveryListIsSearchableTest {
    static Snapshot snapshot;
    static FuzzyMatcher matcher;
    static io.interdict.core.screen.Screener screener;
    /** Per source, the first few entities (in list order) that have both a primary name and an alias. */
    static Map<String, List<Entity>> samples = new TreeMap<>();

    @BeforeAll
    static void load() {
        snapshot = Embedded.snapshot();
        matcher = new FuzzyMatcher(snapshot.entities(), MatchSettings.DEFAULTS);
        screener = Embedded.screener(snapshot, io.interdict.config.Config.defaults());
        for (Entity e : snapshot.entities()) {
            List<Entity> s = samples.computeIfAbsent(e.source(), k -> new ArrayList<>());
            if (s.size() < 5) {
                s.add(e);
            }
        }
    }

    static Stream<String> sources() {
        return Stream.of("ofac-sdn", "ofac-cons", "un-sc", "uk-hmt", "us-bis-entity-list", "us-bis-dpl", "interdict");
    }

    /** Found by name search ({@code interdict match}) or, where a name is shared by many entities, by screening. */
    static boolean found(String query, String entity) {
        return matcher.search(query, null, 50).stream().anyMatch(h -> h.entityId().equals(entity) && h.match())
                || screener.matcher().match(new io.interdict.core.tx.Party("counterparty", query, null, List.of())).stream()
                .anyMatch(m -> m.entityId().equals(entity));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void byPrimaryNameAndByAlias(String source) {
        List<Entity> sample = samples.getOrDefault(source, List.of());
        assertThat(sample).as("entities of " + source).isNotEmpty();
        int aliases = 0;
        for (Entity e : sample) {
            Name primary = e.names().stream().filter(n -> n.strength() == NameStrength.PRIMARY).findFirst().orElseThrow();
            assertThat(found(primary.value(), e.id())).as(e.id() + " by " + primary.value()).isTrue();
            Optional<Name> alias = e.names().stream().filter(n -> n.strength() == NameStrength.ALIAS).findFirst();
            if (alias.isPresent()) {
                aliases++;
                assertThat(found(alias.get().value(), e.id())).as(e.id() + " by alias " + alias.get().value()).isTrue();
            }
        }
        // The BIS Denied Persons List carries no aliases; every other list's sample has some.
        assertThat(aliases > 0 || source.equals("us-bis-dpl")).as("aliases tested in " + source).isTrue();
    }

    @Test
    void byImoNumberThroughCheck() {
        Optional<Entity> vessel = snapshot.entities().stream()
                .filter(e -> e.source().equals("ofac-sdn"))     // a US list, as check's default jurisdiction is US
                .filter(e -> e.identifiers().stream().anyMatch(i -> i.scheme().equals("imo"))).findFirst();
        assertThat(vessel).isPresent();
        Identifier imo = vessel.get().identifiers().stream().filter(i -> i.scheme().equals("imo")).findFirst().orElseThrow();
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertThat(cl.execute("check", "--id", imo.toString(), "--date", "2024-06-01", "--json")).isZero();
        // The same vessel may be listed by several sources: a hit on the IMO number is what matters.
        assertThat(out.toString()).contains("\"matched_on\":\"identifier\"").contains("\"query\":\"" + imo + "\"");
    }
}
