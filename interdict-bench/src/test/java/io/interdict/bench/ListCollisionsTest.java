package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListCollisionsTest {
    @Test
    void namesOfOnePersonAreNeverComparedAndTheSameNameOfTwoPeopleMeets() {
        Map<String, Set<String>> people = new LinkedHashMap<>();
        people.put("1", Set.of("PAK Chol Su", "PARK Chul Soo"));
        people.put("2", Set.of("PAK Chol Su"));
        people.put("3", Set.of("Anton Berg"));
        java.util.List<String> seen = new java.util.ArrayList<>();
        ListCollisions.Tally t = ListCollisions.count(people, 0.8, (v, a, b) -> seen.add(a + " ~ " + b));
        assertThat(t.names()).isEqualTo(4);
        assertThat(t.pairs()).isEqualTo(5);                        // 6 name pairs less the one within person 1
        assertThat(t.peopleMet()).containsExactly("1|2");          // at least "PAK Chol Su" twice; Anton meets no one
        assertThat(t.met()).isEqualTo(seen.size()).isGreaterThanOrEqualTo(1);
        assertThat(seen).contains("PAK Chol Su ~ PAK Chol Su");
    }

    @Test
    void theTuningListReadsOfacsDprkIndividualsWithTheirAliases() throws Exception {
        Map<String, Set<String>> people = ListCollisions.ofac(lists());
        assertThat(people).hasSizeGreaterThan(100);
        assertThat(people.values()).allMatch(names -> !names.isEmpty());
        assertThat(people.values().stream().mapToInt(Set::size).sum()).isGreaterThan(people.size());   // aliases too
    }

    @Test
    void theHeldOutListGroupsTheUkRowsOfOnePerson() throws Exception {
        Map<String, Set<String>> people = ListCollisions.uk(lists());
        assertThat(people).hasSizeGreaterThan(100);
        assertThat(people.values()).anyMatch(names -> names.size() > 1);
        assertThat(people.values().stream().flatMap(Set::stream).toList()).allMatch(n -> !n.isBlank());
    }

    /** The shared lists from the module's directory (Maven's) or the repository root; a clone without them skips. */
    private static java.nio.file.Path lists() {
        java.nio.file.Path p = List.of(java.nio.file.Path.of("../../shared/data/lists"), java.nio.file.Path.of("../shared/data/lists"))
                .stream().filter(java.nio.file.Files::isDirectory).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(p != null, "no ../shared lists beside the repository");
        return p;
    }
}
