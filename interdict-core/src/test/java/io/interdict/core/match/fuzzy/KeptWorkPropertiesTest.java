package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Work the search keeps from pair to pair and from query to query (the words' romanisation folds, the similarities of
 * pairs and the opinions on them read across scripts, the names a recent query word reached, the facts of query words
 * the lists do not hold, the query repair's splits of words, the words' consonants, the abjad reading's table) gives exactly what working it out again gives.
 */
class KeptWorkPropertiesTest {
    /** Letters the folds rewrite, and a few they keep: words made of them fold alike often enough to matter. */
    private static final String LETTERS = "aeiouyhkgtdsjcpqwxfnmrlb";

    private static String word(Random r) {
        int n = 2 + r.nextInt(8);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        return r.nextInt(8) == 0 ? sb + "off" : sb.toString();
    }

    @Property(tries = 20)
    void theFoldsKeptAreTheFoldsOfTheWordsAsked(@ForAll long seed) {
        Random r = new Random(seed);
        // More words than the kept folds' slots, so that words evict each other; each asked again as another string.
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            words.add(word(r));
        }
        for (int k = 0; k < 20_000; k++) {
            String x = words.get(r.nextInt(words.size()));
            String y = r.nextInt(4) == 0 ? x.replace("u", "oo") : words.get(r.nextInt(words.size()));
            if (r.nextBoolean()) {
                x = new String(x.toCharArray());
            }
            boolean expected = !x.equals(y) && Math.min(x.length(), y.length()) >= 2
                    && RomanisationFold.of(x).equals(RomanisationFold.of(y));
            assertThat(RomanisationFold.variants(x, y)).as("%s ~ %s", x, y).isEqualTo(expected);
        }
    }

    @Property(tries = 20)
    void theFoldHashKeptIsTheHashOfTheFoldWrittenOut(@ForAll long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 5_000; k++) {
            String w = word(r);
            assertThat(RomanisationFold.foldStringHash(w)).as(w).isEqualTo(RomanisationFold.of(w).hashCode());
        }
    }

    @Example
    void foldsKeptStillTellVariantsApart() {
        assertThat(RomanisationFold.variants("dawud", "dawood")).isTrue();
        assertThat(RomanisationFold.variants("dawood", "dawud")).isTrue();
        assertThat(RomanisationFold.variants("dawood", "david")).isFalse();
        assertThat(RomanisationFold.variants("dawud", "dawood")).isTrue();
    }

    private static final List<String> SCRIPT_NAMES = List.of("محمد علي", "علي حسن", "عبد الله محمد", "حسن", "Иван Петров",
            "Пётр Иванов", "Мария Иванова", "李 秀英", "王 秀英", "秀英 李", "김 민수", "Ελένη Παπαδοπούλου");
    private static final List<String> LATIN_NAMES = List.of("Mohammad Ali", "ALI, Hassan", "Abdullah Mohamed",
            "Hasan Ali", "Ivan Petrov", "PETROV, Ivan", "Mariya Ivanova", "Li Xiuying", "WANG Xiuying", "Kim Minsu",
            "Eleni Papadopoulou", "Mohamed Abdallah", "Petr Ivanov");

    @Property(tries = 10)
    void pairsKeptAcrossScriptsHaveTheSimilarityWorkedOut(@ForAll long seed) {
        Random r = new Random(seed);
        PairMemo memo = new PairMemo(4);   // few slots: pairs collide and evict each other, in the query's memo and across queries
        int across = 0;
        for (int k = 0; k < 60; k++) {
            // Either side may be the name in another script; each name prepared anew (its words other strings).
            boolean foreignQuery = r.nextBoolean();
            ScoringName q = ScoringName.of(pick(r, foreignQuery ? SCRIPT_NAMES : LATIN_NAMES), Schema.UNKNOWN);
            memo.start(q);
            for (int n = 0; n < 6; n++) {
                ScoringName c = ScoringName.of(pick(r, foreignQuery || r.nextInt(3) == 0 ? LATIN_NAMES : SCRIPT_NAMES),
                        Schema.PERSON);
                TokenAlignment.Side a = TokenAlignment.Side.of(q);
                TokenAlignment.Side b = TokenAlignment.Side.of(c);
                a.opinion = memo.opinion(q, c);
                across += a.opinion != WordOpinions.SHORT ? 1 : 0;
                for (int i = 0; i < a.size(); i++) {
                    for (int j = 0; j < b.size(); j++) {
                        assertThat(memo.similarity(a, i, b, j)).as("%s ~ %s", a.text[i], b.text[j])
                                .isEqualTo(a.similarity(i, b, j));
                        // The opinion alone (as a glueing asks it), kept in the same table as the similarities.
                        assertThat(memo.opinion(a.opinion, a.text[i], a.kind[i], b.text[j], b.kind[j]))
                                .as("%s ~ %s", a.text[i], b.text[j])
                                .isEqualTo(a.opinion.similarity(a.text[i], a.kind[i], b.text[j], b.kind[j], 0.0));
                    }
                }
                TokenAlignment.PairOpinion o = a.opinion;
                TokenAlignment.PairOpinion glue = WordOpinions.abjad(o) ? o : null;
                TokenAlignment.Alignment plain = TokenAlignment.align(q, c, true, o, glue, null);
                TokenAlignment.Alignment kept = TokenAlignment.align(q, c, true, o, glue, memo);
                assertThat(kept.ma).containsExactly(plain.ma);
                assertThat(kept.pairOf).containsExactly(plain.pairOf);
            }
        }
        assertThat(across).as("pairs read across scripts").isPositive();
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }

    private static final List<String> WORDS = List.of("john", "jon", "smith", "smyth", "maria", "mariya", "garcia",
            "garsia", "ali", "mohammad", "muhammad", "hassan", "hasan", "ivan", "petrov", "petrova", "li", "wang", "kim",
            "trading", "company", "abdullah", "abdallah", "rezaei", "rezai");

    @Property(tries = 20)
    void theSplitsKeptAreTheSplitsOfTheWordsAsked(@ForAll long seed) {
        Random r = new Random(seed);
        // Two word tables ("known"), one after the other, and more words than the kept splits' slots.
        java.util.Set<String> first = new java.util.HashSet<>();
        java.util.Set<String> second = new java.util.HashSet<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String w = word(r);
            (r.nextBoolean() ? first : second).add(w);
            words.add(w);
        }
        java.util.function.Predicate<String> a = first::contains;
        java.util.function.Predicate<String> b = second::contains;
        for (int k = 0; k < 20_000; k++) {
            String t = words.get(r.nextInt(words.size())) + words.get(r.nextInt(words.size()));
            java.util.function.Predicate<String> known = k % 5000 < 2500 ? a : b;
            boolean last = r.nextBoolean();
            assertThat(QueryRepair.keptSplit(new String(t.toCharArray()), known, last)).as(t)
                    .isEqualTo(QueryRepair.split(t, known, last));
        }
    }

    @Property(tries = 20)
    void theFactsKeptOfUnlistedWordsAreTheFactsOfTheWordsAsked(@ForAll long seed) {
        Random r = new Random(seed);
        // More words than the kept facts' slots, so that words evict each other; each asked again as another string.
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2 * UnlistedWords.SLOTS; i++) {
            words.add(word(r));
        }
        for (int k = 0; k < 20_000; k++) {
            String w = new String(words.get(r.nextInt(words.size())).toCharArray());
            assertThat(UnlistedWords.facts(w)).as(w).isEqualTo(ScoringName.TokenFacts.of(w));
        }
    }

    /** One table for all threads: threads asking words that evict each other's at once each get their own word's facts. */
    @Example
    void theFactsKeptForAllThreadsAreTheFactsOfTheWordEachThreadAsked() throws Exception {
        Random r = new Random(11);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 2 * UnlistedWords.SLOTS; i++) {
            words.add(word(r));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> asked = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                asked.add(pool.submit(() -> {
                    Random own = new Random(seed);
                    int wrong = 0;
                    for (int k = 0; k < 50_000; k++) {
                        String w = new String(words.get(own.nextInt(words.size())).toCharArray());
                        ScoringName.TokenFacts f = UnlistedWords.facts(w);
                        wrong += f.text().equals(w) && f.equals(ScoringName.TokenFacts.of(w)) ? 0 : 1;
                    }
                    return wrong;
                }));
            }
            for (java.util.concurrent.Future<Integer> a : asked) {
                assertThat(a.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Words whose summaries read much: given names with hypocorisms, German and French spellings, Korean, Japanese and
     *  Mandarin syllables, countries (a code, words of a longer name, an adjective), an initial and a number. */
    private static final String[] NAME_WORDS = {"kim", "jong", "un", "park", "yamada", "taro", "zhang", "wei", "schmidt",
        "mueller", "muller", "robert", "bob", "william", "bill", "chtchoukine", "shchukin", "iran", "j", "7", "al",
        "mohammed", "ahmad", "li", "xiaoming", "ryuuichi", "united", "kingdom", "states", "hk", "germany", "german"};

    @Property(tries = 30)
    void aQuerysSummaryReadFromItsWordsFactsIsTheSummaryWorkedOutAnew(@ForAll long seed) {
        Random r = new Random(seed);
        // Listed words (the memo), and unlisted ones (UnlistedWords): each query is asked twice, the second time from the
        // facts the first worked out.
        java.util.Map<String, ScoringName.TokenFacts> listed = new java.util.HashMap<>();
        ScoringName.of(io.interdict.core.names.NamePipeline.standard().prepare("Kim Jong Un Robert Mueller",
                Schema.PERSON), listed);
        for (int k = 0; k < 200; k++) {
            int n = 1 + r.nextInt(4);
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < n; i++) {
                name.append(i == 0 ? "" : " ").append(r.nextInt(3) == 0 ? word(r) : NAME_WORDS[r.nextInt(NAME_WORDS.length)]);
            }
            io.interdict.core.names.PreparedName p = io.interdict.core.names.NamePipeline.standard().prepare(name.toString(),
                    Schema.UNKNOWN);
            long[] anew = CoverageBound.summary(ScoringName.of(p));
            for (int again = 0; again < 2; again++) {
                ScoringName q = ScoringName.known(p, listed);
                assertThat(q.facts).as(name.toString()).isNotNull();
                assertThat(CoverageBound.summary(q)).as(name.toString()).containsExactly(anew);
                assertThat(WordOpinions.koreanSyllables(q)).as(name.toString())
                        .isEqualTo(WordOpinions.koreanSyllables(ScoringName.of(p)));
                assertThat(WordOpinions.mandarinSyllables(q)).as(name.toString())
                        .isEqualTo(WordOpinions.mandarinSyllables(ScoringName.of(p)));
            }
        }
    }

    @Example
    void aQueryOfUnlistedWordsIsPreparedAsWithoutTheKeptFacts() {
        java.util.Map<String, ScoringName.TokenFacts> listed = new java.util.HashMap<>();
        ScoringName.of(io.interdict.core.names.NamePipeline.standard().prepare("Ingeborg Hansen", Schema.PERSON), listed);
        for (int k = 0; k < 2; k++) {   // the second time from the kept facts
            ScoringName q = ScoringName.known(io.interdict.core.names.NamePipeline.standard().prepare("Ingeborg Abrahamsen",
                    Schema.UNKNOWN), listed);
            ScoringName fresh = ScoringName.of("Ingeborg Abrahamsen", Schema.UNKNOWN);
            assertThat(q.text).containsExactly(fresh.text);
            assertThat(q.phonetic).containsExactly(fresh.phonetic);
            assertThat(q.skeleton).containsExactly(fresh.skeleton);
            assertThat(q.letters).containsExactly(fresh.letters);
            assertThat(q.skeletonLetters).containsExactly(fresh.skeletonLetters);
        }
    }

    @Property(tries = 20)
    void theConsonantsKeptAreTheConsonantsOfTheWordsAsked(@ForAll long seed) {
        Random r = new Random(seed);
        // More words than the kept consonants' slots, so that words evict each other; each asked again as another string.
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            words.add(word(r));
        }
        for (int k = 0; k < 20_000; k++) {
            String w = new String(words.get(r.nextInt(words.size())).toCharArray());
            boolean semivowels = r.nextBoolean();
            assertThat(CrossScript.consonants(w, semivowels)).as("%s %s", w, semivowels)
                    .isEqualTo(CrossScript.consonantsOf(w, semivowels));
        }
    }

    /** Letters of words read from an abjad ("mhmd", "bdallh", "ywsp"). */
    private static final String ABJAD_LETTERS = "bdhjklmnqrstwyzafgpaly";

    @Property(tries = 20)
    void readingsInTheTableKeptFromPairToPairAreTheReadingsWorkedOutAnew(@ForAll long seed) {
        Random r = new Random(seed);
        // Words of every length up to past the longest read, in turn: the kept table holds the last pair's cells.
        for (int k = 0; k < 3000; k++) {
            StringBuilder x = new StringBuilder();
            for (int i = 0, n = 1 + r.nextInt(r.nextInt(10) == 0 ? 26 : 8); i < n; i++) {
                x.append(ABJAD_LETTERS.charAt(r.nextInt(ABJAD_LETTERS.length())));
            }
            String y = r.nextInt(3) == 0 ? x.toString().replace("w", "ou").replace("y", "i") + "a" : word(r);
            assertThat(ConsonantReading.cost(x.toString(), y)).as("%s ~ %s", x, y)
                    .isEqualTo(ConsonantReading.read(x.toString(), y));
        }
    }

    @Property(tries = 10)
    void anIndexThatKeptRecentWordsFindsWhatAFreshOneFinds(@ForAll long seed) {
        Random r = new Random(seed);
        List<ScoringName> names = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            names.add(ScoringName.of(phrase(r), i % 3 == 0 ? Schema.ORGANIZATION : Schema.PERSON));
        }
        CandidateIndex warm = CandidateIndex.build(names, true);
        for (int k = 0; k < 40; k++) {
            ScoringName q = ScoringName.of(phrase(r), Schema.UNKNOWN);
            int limit = 1 + r.nextInt(20);
            // Ranked by summed rarity, ties in the order first reached: the kept words' names must sum and order alike.
            int[] fresh = CandidateIndex.build(names, true).candidates(q, limit, id -> true);
            assertThat(warm.candidates(q, limit, id -> true)).as("%s", q.prepared.original()).containsExactly(fresh);
            assertThat(warm.candidates(q, limit, id -> true)).as("%s again", q.prepared.original()).containsExactly(fresh);
        }
    }

    private static String phrase(Random r) {
        int n = 1 + r.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS.get(r.nextInt(WORDS.size())));
        }
        return sb.toString();
    }
}
