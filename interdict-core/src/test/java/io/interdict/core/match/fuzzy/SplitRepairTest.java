package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The query repair splits a word the lists do not know into two listed words only where some listed name may hold both
 * ({@link CandidateIndex#mayHoldBoth}): a word run together from one name's words is read apart, a name cut into two
 * unrelated listed words is not.
 */
class SplitRepairTest {
    private static final String[] SYLLABLES = {"ka", "ve", "ro", "mi", "sa", "lu", "den", "tor", "ali", "han", "be", "ko"};

    private static String word(Random r) {
        int n = 1 + r.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    @Property(tries = 30)
    void twoWordsOfOneListedNameAreAlwaysHeldTogether(@ForAll long seed) {
        Random r = new Random(seed);
        List<ScoringName> names = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = 1 + r.nextInt(4);
            List<String> words = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                words.add(word(r));
            }
            names.add(ScoringName.of(String.join(" ", words), i % 3 == 0 ? Schema.ORGANIZATION : Schema.PERSON));
        }
        CandidateIndex index = CandidateIndex.build(names, true);
        int provedApart = 0;
        for (int k = 0; k < 400; k++) {
            ScoringName a = names.get(r.nextInt(names.size()));
            ScoringName b = names.get(r.nextInt(names.size()));
            String x = a.text[r.nextInt(a.size())];
            String y = b.text[r.nextInt(b.size())];
            boolean together = false;
            for (ScoringName n : names) {
                together |= holds(n, x) && holds(n, y);
            }
            if (together) {
                assertThat(index.mayHoldBoth(x, y)).as("%s + %s", x, y).isTrue();
                assertThat(index.mayHoldBoth(y, x)).as("%s + %s", y, x).isTrue();
            } else if (!index.mayHoldBoth(x, y)) {
                provedApart++;
            }
        }
        // Not a test that can pass by answering true always: most random pairs of words share no name.
        assertThat(provedApart).isPositive();
    }

    private static boolean holds(ScoringName n, String w) {
        for (int i = 0; i < n.size(); i++) {
            if (n.text[i].equals(w) && (n.kind[i] == TokenKind.WORD || n.kind[i] == TokenKind.GENERIC)) {
                return true;
            }
        }
        return false;
    }

    @Example
    void wordsOfTwoDifferentNamesAreProvedApartAndUnindexedWordsAreNot() {
        CandidateIndex index = CandidateIndex.build(List.of(
                ScoringName.of("Nick Stevens", Schema.PERSON),
                ScoringName.of("Nic Ross", Schema.PERSON),
                ScoringName.of("Ole Hansen", Schema.PERSON),
                ScoringName.of("Hans van Dijk", Schema.PERSON)), true);
        assertThat(index.mayHoldBoth("nic", "ross")).isTrue();
        assertThat(index.mayHoldBoth("nic", "ole")).isFalse();
        assertThat(index.mayHoldBoth("ole", "stevens")).isFalse();
        // A word without a key of its own (a particle), or one no name holds, proves nothing.
        assertThat(index.mayHoldBoth("van", "ole")).isTrue();
        assertThat(index.mayHoldBoth("zzz", "ole")).isTrue();
    }

    @Example
    void aWordIsSplitOnlyIntoWordsSomeNameMayHoldTogether() {
        Predicate<String> known = Set.of("ali", "hassan", "nic", "ole", "aden")::contains;
        BiPredicate<String, String> apart = (a, b) -> false;
        BiPredicate<String, String> together = (a, b) -> true;
        assertThat(QueryRepair.split("alihassan", known, together, false)).isEqualTo("ali hassan");
        assertThat(QueryRepair.split("alihassan", known, apart, false)).isNull();
        assertThat(QueryRepair.split("nicole", known, apart, true)).isNull();
        // A half that is a word of the word lists (a stopword here) is read whatever name it stands in.
        assertThat(QueryRepair.split("ofaden", known, apart, false)).isEqualTo("of aden");
    }

    @Example
    void theLastWordIsNotSplitBeforeAParticleOrAStopword() {
        // Particles of three letters or more are listed words too ("der", "ter" and "and" stand in listed names); a
        // particle stands before the name it belongs to and a stopword never ends one.
        Predicate<String> known = Set.of("fos", "ter", "rid", "der", "march", "and", "abu", "bakar", "van", "dam")::contains;
        BiPredicate<String, String> together = (a, b) -> true;
        assertThat(QueryRepair.split("foster", known, together, true)).isNull();
        assertThat(QueryRepair.split("ridder", known, together, true)).isNull();
        assertThat(QueryRepair.split("marchand", known, together, true)).isNull();
        // Not the last word: the particle may stand before the next one ("RIDDER VAN" read "rid der van" is left as
        // the repair found it before); a particle that begins the word is read as ever.
        assertThat(QueryRepair.split("foster", known, together, false)).isEqualTo("fos ter");
        assertThat(QueryRepair.split("abubakar", known, together, true)).isEqualTo("abu bakar");
        assertThat(QueryRepair.split("vandam", known, together, true)).isEqualTo("van dam");
    }

    @Example
    void aLegalFormHalfOnlyEndsTheName() {
        Predicate<String> known = Set.of("nesa", "mati", "kari", "trading", "smith", "ela")::contains;
        BiPredicate<String, String> together = (a, b) -> true;
        // "co", "as", "sa" and "est" are legal forms: one before a word, or inside the name, is no legal form's place.
        assertThat(QueryRepair.split("conesa", known, together, true)).isNull();
        assertThat(QueryRepair.split("matias", known, together, false)).isNull();
        assertThat(QueryRepair.split("sakari", known, together, true)).isNull();
        assertThat(QueryRepair.split("estela", known, together, false)).isNull();
        // At the end of the name, and a legal form before another, it stands where legal forms do.
        assertThat(QueryRepair.split("smithco", known, together, true)).isEqualTo("smith co");
        assertThat(QueryRepair.split("companylimited", known, together, true)).isEqualTo("company limited");
    }

    @Example
    void aNameCutIntoTwoUnrelatedListedWordsFindsNothingThroughThem() {
        // "Nicole" cut "nic ole" reads the first word of one listed name and the first of another: "nic" ~ "nick" and
        // "ole" as a misspelt small word that weighs nothing made "Nicole Stevens" a match for NICK STEVENS (0.95).
        List<Entity> list = List.of(
                QueryRepairTest.entity("p:1", EntityKind.PERSON, "NICK STEVENS"),
                QueryRepairTest.entity("p:2", EntityKind.PERSON, "NIC ROSS"),
                QueryRepairTest.entity("p:3", EntityKind.PERSON, "OLE HANSEN"));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Nicole Stevens", null, 3)).noneMatch(SearchHit::match);
        // Run together from one listed name's words (in another order than the list writes them), the word is split.
        List<Entity> one = List.of(
                QueryRepairTest.entity("p:4", EntityKind.PERSON, "HASSAN MAJID ALI"),
                QueryRepairTest.entity("p:5", EntityKind.PERSON, "ROSS KHAN"));
        FuzzyMatcher n = new FuzzyMatcher(one, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(n.search("ALIHASSAN MAJID", null, 3)).anyMatch(h -> h.entityId().equals("p:4") && h.match());
    }
}
