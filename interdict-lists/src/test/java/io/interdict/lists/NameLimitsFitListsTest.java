package io.interdict.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.NameLimits;
import org.junit.jupiter.api.Test;

/** The query name limits (issue 14, item 9) sit well above every name in the bundled lists. */
class NameLimitsFitListsTest {
    @Test
    void everyListedNameCouldBeScreenedAsAQuery() {
        int longest = 0;
        int mostWords = 0;
        for (Entity e : Embedded.snapshot().entities()) {
            for (Name n : e.names()) {
                assertThat(NameLimits.problem(n.value())).as(e.id() + ": " + n.value()).isNull();
                longest = Math.max(longest, n.value().length());
                mostWords = Math.max(mostWords, n.value().trim().split("\\s+").length);
            }
        }
        System.out.println("longest listed name: " + longest + " characters; most words: " + mostWords);
        assertThat(longest).isLessThan(NameLimits.MAX_CHARS / 2);
        assertThat(mostWords).isLessThan(NameLimits.MAX_TOKENS / 2);
    }
}
