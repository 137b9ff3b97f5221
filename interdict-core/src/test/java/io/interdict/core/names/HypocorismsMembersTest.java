package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@link Hypocorisms#related} answers as the table does: its filter of the table's words turns away only words outside it. */
class HypocorismsMembersTest {
    @Example
    void everyPairOfTheTableIsStillRelated() {
        for (String w : Hypocorisms.words()) {
            for (String other : Hypocorisms.words()) {
                if (Hypocorisms.byTable(w, other)) {
                    assertThat(Hypocorisms.related(w, other)).as("%s ~ %s", w, other).isTrue();
                }
            }
        }
        assertThat(Hypocorisms.related("ted", "theodore")).isTrue();
        assertThat(Hypocorisms.related("bill", "william")).isTrue();
    }

    @Property(tries = 200)
    void randomWordsAndTableWordsAnswerAsTheTable(@ForAll long seed) {
        Random r = new Random(seed);
        List<String> table = new ArrayList<>(Hypocorisms.words());
        for (int k = 0; k < 500; k++) {
            String x = r.nextBoolean() ? table.get(r.nextInt(table.size())) : word(r);
            String y = r.nextBoolean() ? table.get(r.nextInt(table.size())) : word(r);
            assertThat(Hypocorisms.related(x, y)).as("%s ~ %s", x, y).isEqualTo(Hypocorisms.byTable(x, y));
            // A word of the table has its groups, one outside none; two related words share one.
            assertThat(Hypocorisms.groups(x) != 0).as(x).isEqualTo(Hypocorisms.words().contains(x));
            if (Hypocorisms.byTable(x, y)) {
                assertThat(Hypocorisms.groups(x) & Hypocorisms.groups(y)).as("%s ~ %s", x, y).isNotZero();
            }
        }
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 2 + r.nextInt(8); i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }
}
