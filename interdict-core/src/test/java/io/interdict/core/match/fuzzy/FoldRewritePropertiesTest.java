package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The folds scoring asks for on most word pairs are written without building strings letter by letter;
 * they give what the released forms gave, kept here verbatim as the reference, for any word: a score
 * never changes with them. A skeleton equal to its word is that word's own string (a cheaper equality), and
 * the memo of consonant readings answers what reading the pair gives.
 */
class FoldRewritePropertiesTest {

    @Property(tries = 5000)
    void romanisationFoldIsTheReleasedFold(@ForAll("words") String w) {
        assertThat(RomanisationFold.of(w)).isEqualTo(releasedFold(w));
    }

    @Property(tries = 5000)
    void variantsAreWordsOfOneReleasedFold(@ForAll("words") String x, @ForAll("words") String y) {
        boolean released = !x.equals(y) && Math.min(x.length(), y.length()) >= 2 && releasedFold(x).equals(releasedFold(y));
        assertThat(RomanisationFold.variants(x, y)).isEqualTo(released);
    }

    @Property(tries = 3000)
    void variantsOfWordsMadeAlikeAgree(@ForAll("words") String x) {
        // Random pairs seldom fold alike: spell x in the other habit too, so that "true" is tested as often as "false".
        String y = x.replace("u", "oo").replace("k", "q").replace("f", "ph").replace("i", "ee");
        boolean released = !x.equals(y) && Math.min(x.length(), y.length()) >= 2 && releasedFold(x).equals(releasedFold(y));
        assertThat(RomanisationFold.variants(x, y)).isEqualTo(released);
    }

    @Property(tries = 5000)
    void consonantsAreTheReleasedConsonants(@ForAll("words") String w) {
        assertThat(CrossScript.consonants(w, false)).isEqualTo(releasedConsonants(w, false));
        assertThat(CrossScript.consonants(w, true)).isEqualTo(releasedConsonants(w, true));
    }

    @Property(tries = 3000)
    void aWordItsOwnSkeletonIsReturnedItself(@ForAll("words") String w) {
        String skeleton = Skeleton.of(w);
        if (skeleton.equals(w)) {
            assertThat(skeleton).isSameAs(w);
        } else {
            assertThat(skeleton).isNotSameAs(w);
        }
    }

    @Property(tries = 3000)
    void theConsonantReadingMemoGivesTheReading(@ForAll("abjadWords") String x, @ForAll("words") String y) {
        // Pairs collide in the memo's slots as the tries go on; each answer is the reading itself, asked once or twice.
        int read = ConsonantReading.read(x, y);
        assertThat(ConsonantReading.cost(x, y)).isEqualTo(read);
        assertThat(ConsonantReading.cost(x, y)).isEqualTo(read);
    }

    @Provide
    Arbitrary<String> abjadWords() {
        return Arbitraries.strings().withChars("mhdbsltrnwyakq").ofMinLength(1).ofMaxLength(7);
    }

    @Property(tries = 2000)
    void floorToIntIsFloor(@ForAll double x) {
        if (Math.abs(x) < 1e9) {
            assertThat(TokenSimilarity.floorToInt(x)).isEqualTo((int) Math.floor(x));
        }
    }

    @Provide
    Arbitrary<String> words() {
        // The letters the folds treat specially, often, and a few others.
        return Arbitraries.strings().withChars("abcdeghijkopqstuwxyzfhhoe").ofMinLength(0).ofMaxLength(12)
                .edgeCases(e -> e.add("smirnoff")).injectDuplicates(0.05);
    }

    /** RomanisationFold.of as released (2026-11), the reference. */
    /** The fold: the rules below, on a frequent given name's first spelling ({@code given-name-spellings.tsv}); a word the
     *  rules fold as one listed spelling (of one line only) folds as that line's first. */
    private static String releasedFold(String word) {
        String given = io.interdict.core.names.NameVariants.givenName(word);
        String f = releasedRules(given != null ? given : word);
        if (given != null) {
            return f;
        }
        java.util.Set<String> firsts = new java.util.HashSet<>();
        io.interdict.core.names.NameVariants.givenNames().forEach((spelling, first) -> {
            if (releasedRules(spelling).equals(f)) {
                firsts.add(first);
            }
        });
        return firsts.size() == 1 ? releasedRules(firsts.iterator().next()) : f;
    }

    private static String releasedRules(String word) {
        String w = word.endsWith("off") && word.length() > 4 ? word.substring(0, word.length() - 3) + "ov" : word;
        StringBuilder sb = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            char after = i + 2 < n ? w.charAt(i + 2) : 0;
            switch (c) {
                case 't' -> {
                    if (next == 'c' && after == 'h') {
                        i++;
                    } else if (next == 'h') {
                        i++;
                        sb.append('t');
                    } else {
                        sb.append('t');
                    }
                }
                case 's' -> {
                    if (next == 'c' && after == 'h') {
                        i++;
                    }
                    sb.append('s');
                }
                case 'd' -> {
                    if (next == 'j') {
                        continue;
                    }
                    if (next == 'z' && after == 'h') {   // since 2026-12-04: Cyrillic дж as "dzh" (and "dsch") is j
                        i += 2;
                        sb.append('j');
                        continue;
                    }
                    if (next == 's' && after == 'c' && i + 3 < n && w.charAt(i + 3) == 'h') {
                        i += 3;
                        sb.append('j');
                        continue;
                    }
                    if (next == 'h') {
                        i++;
                    }
                    sb.append('d');
                }
                case 'k', 'g' -> {
                    if (next == 'h') {
                        i++;
                        sb.append(c == 'k' ? 'h' : 'g');
                    } else {
                        sb.append(c == 'g' ? 'g' : 'k');
                    }
                }
                case 'p' -> {
                    if (next == 'h') {
                        i++;
                        sb.append('f');
                    } else {
                        sb.append('p');
                    }
                }
                case 'c' -> sb.append(next == 'h' ? 'c' : 'k');
                case 'q' -> sb.append('k');
                case 'w' -> sb.append('v');
                case 'x' -> sb.append("ks");
                case 'o' -> {
                    if (next == 'o' || next == 'u') {
                        i++;
                        sb.append('u');
                    } else {
                        sb.append('o');
                    }
                }
                case 'e', 'i', 'y' -> {
                    char nx = next == 'y' ? 'i' : next;
                    if (c == 'e' && next == 'e' || c != 'e' && nx == 'e' && (c == 'i' || c == 'y') && after == 0) {
                        i++;
                        sb.append('i');
                    } else {
                        sb.append(c == 'e' ? 'e' : 'i');
                    }
                }
                default -> sb.append(c);
            }
        }
        StringBuilder out = new StringBuilder(sb.length());
        for (int i = 0; i < sb.length(); i++) {
            if (i == 0 || sb.charAt(i) != sb.charAt(i - 1)) {
                out.append(sb.charAt(i));
            }
        }
        return out.toString();
    }

    /** CrossScript.consonants as released (2026-11), the reference. */
    private static String releasedConsonants(String t, boolean semivowels) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            if ((c == 'k' || c == 'p') && next == 'h') {
                c = c == 'k' ? 'h' : 'f';
                i++;
            } else if (c == 'c' && next == 'k') {
                c = 'k';
                i++;
            }
            String add = switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> "";
                case 'w' -> semivowels ? "" : "v";
                case 'y' -> semivowels ? "" : "y";
                case 'q', 'c' -> "k";
                case 'x' -> "ks";
                default -> String.valueOf(c);
            };
            for (int k = 0; k < add.length(); k++) {
                char a = add.charAt(k);
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != a) {
                    sb.append(a);
                }
            }
        }
        return sb.toString();
    }
}
