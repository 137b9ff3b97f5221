package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.AttributeScore;
import io.interdict.core.match.Feature;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import io.interdict.core.tx.Traits;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of interdict-v2: a listed name with one typo is still found; attribute conflicts only
 * lower a score; an explanation's features add up to the score.
 */
class InterdictV2PropertiesTest {
    /** A small list of invented names: words of 4 to 9 letters, so no word is a particle or an initial. */
    private static final List<List<String>> LISTED = listed();
    private static final FuzzyMatcher MATCHER = new FuzzyMatcher(entities(), MatchSettings.DEFAULTS, InterdictV2.NAME);

    private static List<List<String>> listed() {
        java.util.Random r = new java.util.Random(11);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 3 + i % 2; w++) {
                StringBuilder sb = new StringBuilder();
                int len = 4 + r.nextInt(6);
                for (int k = 0; k < len; k++) {
                    // Alternate consonants and vowels: pronounceable, as names are.
                    sb.append(k % 2 == 0 ? "bdfgklmnprstvz".charAt(r.nextInt(14)) : "aeiou".charAt(r.nextInt(5)));
                }
                words.add(sb.toString());
            }
            out.add(words);
        }
        return out;
    }

    private static List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        for (int i = 0; i < LISTED.size(); i++) {
            out.add(new Entity("test:" + i, EntityKind.PERSON, List.of(Name.primary(String.join(" ", LISTED.get(i)).toUpperCase())),
                    List.of(), List.of("IR"), Map.of("birth_date", List.of("1970-05-01"), "gender", List.of("male")), false, null));
        }
        return out;
    }

    @Property(tries = 200)
    void aListedNameWithOneEditInOneWordIsFound(@ForAll @IntRange(min = 0, max = 59) int entity,
                                               @ForAll @IntRange(min = 0, max = 3) int word,
                                               @ForAll @IntRange(min = 0, max = 20) int position,
                                               @ForAll @IntRange(min = 0, max = 3) int edit,
                                               @ForAll @IntRange(min = 0, max = 25) int letter) {
        List<String> words = new ArrayList<>(LISTED.get(entity));
        int w = word % words.size();
        String t = words.get(w);
        int p = position % t.length();
        char c = (char) ('a' + letter);
        String changed = switch (edit) {
            case 0 -> t.substring(0, p) + (t.charAt(p) == c ? (char) ('a' + (letter + 1) % 26) : c) + t.substring(p + 1);
            case 1 -> t.substring(0, p) + t.substring(p + 1);
            case 2 -> t.substring(0, p) + c + t.substring(p);
            default -> p + 1 < t.length() && t.charAt(p) != t.charAt(p + 1)
                    ? t.substring(0, p) + t.charAt(p + 1) + t.charAt(p) + t.substring(p + 2) : t.substring(0, p) + t.substring(p + 1);
        };
        words.set(w, changed);
        List<SearchHit> hits = MATCHER.search(String.join(" ", words), null, 5);
        assertThat(hits).as(String.join(" ", words) + " for " + LISTED.get(entity))
                .anyMatch(h -> h.entityId().equals("test:" + entity) && h.match());
    }

    @Property(tries = 100)
    void aListedNameWithOneWordSplitOrTwoWordsJoinedIsFound(@ForAll @IntRange(min = 0, max = 59) int entity,
                                                           @ForAll @IntRange(min = 0, max = 3) int word,
                                                           @ForAll @IntRange(min = 0, max = 20) int position,
                                                           @ForAll boolean split) {
        List<String> words = new ArrayList<>(LISTED.get(entity));
        int w = word % words.size();
        String t = words.get(w);
        if (split) {
            // Both pieces of three letters or more: a piece of two may read as a particle or a Roman numeral ("vidi" split
            // "vi di"), a limitation the single-edit figures show.
            if (t.length() < 6) {
                t = words.stream().filter(x -> x.length() >= 6).findFirst().orElse(null);
                if (t == null) {
                    return;
                }
                w = words.indexOf(t);
            }
            int p = 3 + position % (t.length() - 5);
            words.set(w, t.substring(0, p) + " " + t.substring(p));
        } else {
            int next = (w + 1) % words.size();
            int first = Math.min(w, next);
            words.set(first, words.get(first) + words.get(first + 1));
            words.remove(first + 1);
        }
        List<SearchHit> hits = MATCHER.search(String.join(" ", words), null, 5);
        assertThat(hits).as(String.join(" ", words) + " for " + LISTED.get(entity))
                .anyMatch(h -> h.entityId().equals("test:" + entity) && h.match());
    }

    @Property(tries = 200)
    void attributeConflictsOnlyEverLowerAScore(@ForAll("traits") Traits traits, @ForAll @IntRange(min = 1900, max = 2010) int year,
                                               @ForAll("countries") String nationality) {
        AttributeScore.EntityFacts facts = AttributeScore.EntityFacts.of(new Entity("test:x", EntityKind.PERSON, List.of(),
                List.of(), List.of("IR"), Map.of("birth_date", List.of("1970-05-01"), "nationality", List.of("Iran"),
                "gender", List.of("male")), false, null));
        double before = AttributeScore.total(AttributeScore.features(traits, facts));
        for (Feature f : AttributeScore.features(traits, facts)) {
            if (f.name().endsWith("_mismatch") || f.name().endsWith("_near")) {
                assertThat(f.value()).as(f.name()).isNegative();
            }
        }
        // A conflicting birth date or nationality added to the query: the score can only go down.
        List<String> dates = new ArrayList<>(traits.birthDates());
        dates.add(String.valueOf(Math.abs(year - 1970) < 2 ? 1960 : year));
        Traits conflicting = new Traits(traits.birthDates().isEmpty() ? dates : traits.birthDates(),
                traits.nationalities().isEmpty() && !"IR".equals(io.interdict.core.match.CountryCodes.code(nationality))
                        ? List.of(nationality) : traits.nationalities(),
                traits.countries(), traits.gender(), traits.identifiers());
        double after = AttributeScore.total(AttributeScore.features(conflicting, facts));
        assertThat(after).isLessThanOrEqualTo(before + 1e-12);
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.of("IR", "FR", "CN", "KP", "US", "Germany", "Iran");
    }

    @Provide
    Arbitrary<Traits> traits() {
        Arbitrary<List<String>> dob = Arbitraries.of(List.of(), List.of("1970"), List.of("1970-05-01"), List.of("1971-02-03"),
                List.of("1985"), List.of("1969..1972"));
        Arbitrary<List<String>> nat = Arbitraries.of(List.of(), List.of("IR"), List.of("FR"), List.of("Iran"));
        Arbitrary<String> gender = Arbitraries.of("male", "female").injectNull(0.4);
        return Combinators.combine(dob, nat, gender).as((d, n, g) -> new Traits(d, n, List.of(), g, List.of()));
    }

    @Property(tries = 200)
    void anExplanationNamesEveryFeatureThatMovedTheScore(@ForAll @StringLength(max = 30) String a,
                                                         @ForAll @IntRange(min = 0, max = 59) int entity,
                                                         @ForAll("traits") Traits traits) {
        NameScore pair = InterdictV2.compare(a, String.join(" ", LISTED.get(entity)), Schema.PERSON);
        assertThat(clamp(pair.features().stream().mapToDouble(Feature::value).sum())).isCloseTo(pair.score(), within());
        String query = a.isBlank() ? String.join(" ", LISTED.get(entity)) : a + " " + LISTED.get(entity).get(0);
        for (SearchHit h : MATCHER.search(query, traits, null, 5)) {
            double sum = h.explanation().features().stream().mapToDouble(Feature::value).sum();
            assertThat(clamp(sum)).as(h.explanation().features().toString()).isCloseTo(h.score(), within());
        }
    }

    private static double clamp(double d) {
        return Math.max(0.0, Math.min(1.0, d));
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Property(tries = 200)
    void scoresStayInUnitIntervalAndANameMatchesItself(@ForAll @StringLength(max = 40) String a, @ForAll Schema schema) {
        assertThat(InterdictV2.compare(a, a, schema).score()).isEqualTo(1.0);
    }

    /** The shortcut of a search (stop once the score cannot reach the floor) never changes a score that reaches it. */
    @Property(tries = 300)
    void aFlooredValueIsTheValueOrBelowTheFloor(@ForAll @IntRange(min = 0, max = 59) int i, @ForAll @IntRange(min = 0, max = 59) int j,
                                                @ForAll @IntRange(min = 0, max = 3) int drop, @ForAll @IntRange(min = 0, max = 10) int tenths) {
        List<String> words = new ArrayList<>(LISTED.get(i));
        words.remove(drop % words.size());
        ScoringName q = ScoringName.of(String.join(" ", words), Schema.UNKNOWN);
        ScoringName c = ScoringName.of(String.join(" ", LISTED.get(j)), Schema.PERSON);
        InterdictV2.ListContext list = new InterdictV2.ListContext(new boolean[q.size()], null, new boolean[q.size()]);
        double floor = tenths / 10.0;
        double full = InterdictV2.value(q, c, list);
        double floored = InterdictV2.value(q, c, list, floor);
        if (full >= floor) {
            assertThat(floored).isEqualTo(full);
        } else {
            assertThat(floored).isLessThan(floor).isGreaterThanOrEqualTo(full);
        }
        assertThat(InterdictV2.score(q, c, list).score()).isEqualTo(full);
    }
}
