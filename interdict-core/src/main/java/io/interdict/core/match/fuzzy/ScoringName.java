package io.interdict.core.match.fuzzy;

import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.PreparedName;
import io.interdict.core.names.Schema;
import io.interdict.core.names.Token;
import io.interdict.core.names.TokenKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * A name prepared for scoring, once: the pipeline's tokens split into content tokens (with their
 * phonetic keys) and legal forms. Immutable.
 */
public final class ScoringName {
    private static final DoubleMetaphone METAPHONE = metaphone();

    // Full-length codes: the default 4 letters make "subandrio" ~ "subianto" sound alike.
    private static DoubleMetaphone metaphone() {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(16);
        return m;
    }

    final PreparedName prepared;
    final String[] text;
    final TokenKind[] kind;
    final String[] phonetic;
    final String[] skeleton;
    final String[] legal;
    /** {@link TokenSimilarity#letters} of each token and of each skeleton. */
    final long[] letters;
    final long[] skeletonLetters;
    /** A query's token facts, by token (the memo's or {@link UnlistedWords}'), whose {@link TokenFacts#wordFacts} its
     *  summaries read; null for a listed name, whose summary is made once. */
    final TokenFacts[] facts;
    /** A reading of a name written in Han characters ({@link ScriptReadings}, {@link FittedReading}): its words are the
     *  characters' readings, each exactly as some system spells it. */
    final boolean hanReading;
    /** A reading of a person's name written in Han or Hangul in one word ({@link FittedReading#appliesToListed}), whose
     *  first word is its family name, as Chinese, Korean and Japanese write their names ({@link #readFrom}). */
    final boolean familyFirst;
    /** For a reading of a name written in Han or Hangul that reads each character as one token ("文雄 明德 謝" read "wen
     *  xiong ming de xie"), the written word each token reads (0, 0, 1, 1, 2); null for any other name. The reading sets
     *  the syllables apart, and this keeps which of them make one written name ({@link #readFrom}). */
    final int[] parts;
    /** For a reading of a name written in Hangul, the written name's syllables in order ({@link #readFrom}), which a Latin
     *  word paired with the reading must spell ({@link HangulSyllables}); null for any other name. */
    final int[] hangul;
    /** For a reading of a person's name written wholly in Han, the written name's characters in order ({@link #readFrom}),
     *  some run of which a Latin word paired with the reading must spell ({@link HanSyllables}); null for any other name. */
    final int[] han;
    /** {@link FamilyName#words} once asked, or -1: a listed name meets many queries, and the answer depends on its text
     *  alone. Written racily, as {@code String}'s hash is: every thread works out the same value. */
    int familyWords = -1;
    /** Which syllables every word of the name is written in ({@code WordOpinions#syllableKinds}: Korean, Hepburn), once
     *  asked, or -1: asked of a listed name against each query. Written racily, as {@link #familyWords} is. */
    int syllableKinds = -1;
    /** How many syllables of one system this Latin name's words may be read as ({@link HanSyllables#syllableCounts}),
     *  once asked, or -1. Written racily, as {@link #familyWords} is. */
    int hanSyllableCounts = -1;
    /** For a reading of a name written in Han ({@link #han}), whether each Latin word met spells a run of its
     *  characters ({@link HanSyllables#spellsARun}), once asked; null until then. A query's reading meets the same
     *  words in candidate after candidate, a listed name's in query after query. */
    volatile HanSyllables.Spelt hanSpelt;
    /** A listed organisation's name in interdict-v2: bit t (t below 64) when word t names a place its body's own address
     *  names ({@link OwnPlaces}: "Beijing" in "Beijing Sensetime Technology Development Co., Ltd.", at "…, Haidian
     *  District, Beijing, CN"); 0 for any other name. Set once when the index is built or read, before the name is
     *  searched. */
    long ownPlaces;
    /** Runs of two and three adjacent tokens written as one word ({@link #glued}), once asked; null until then. A listed
     *  name is glued against query after query ({@code TokenAlignment.Side#mergeAgainst}). Written racily: an entry is
     *  null or a whole string, and every thread makes the same one. */
    private String[] gluedRuns;

    /** The {@link CrossScript.Facts} of each token, once asked: a bound across scripts reads a listed name's against
     *  query after query. Written racily, as {@link #gluedRuns} is: an entry is null or a whole record, and every thread
     *  makes the same one. */
    private CrossScript.Facts[] crossFacts;

    /** Token {@code t}'s {@link CrossScript.Facts}, made once per name. */
    CrossScript.Facts crossFacts(int t) {
        CrossScript.Facts[] kept = crossFacts;
        if (kept == null) {
            kept = new CrossScript.Facts[text.length];
            crossFacts = kept;
        }
        CrossScript.Facts f = kept[t];
        if (f == null) {
            f = CrossScript.Facts.of(text[t]);
            kept[t] = f;
        }
        return f;
    }

    /** Tokens {@code from} to {@code from + len - 1} (len 2 or 3) written as one word, made once per name. */
    String glued(int from, int len) {
        if (len < 2 || len > 3) {
            return TokenAlignment.Side.concatenated(text, from, len);
        }
        String[] runs = gluedRuns;
        if (runs == null) {
            runs = new String[2 * text.length];
            gluedRuns = runs;
        }
        int at = (len - 2) * text.length + from;
        String glued = runs[at];
        if (glued == null) {
            glued = TokenAlignment.Side.concatenated(text, from, len);
            runs[at] = glued;
        }
        return glued;
    }

    /**
     * What a token's text alone determines, computed once per distinct word when a list is indexed; and what a query's
     * summary reads of the word ({@link #wordFacts}), worked out the first time a query writes it.
     */
    static final class TokenFacts {
        private final String text;
        private final String metaphone;
        private final String skeleton;
        private final long letters;
        private final long skeletonLetters;
        /** {@link CoverageBound.WordFacts#of} the text once asked, else null. Written racily, as {@link
         *  ScoringName#syllableKinds} is: the record's fields are final, so a thread that sees it sees them, and every
         *  thread makes an equal one. */
        private CoverageBound.WordFacts wordFacts;

        TokenFacts(String text, String metaphone, String skeleton, long letters, long skeletonLetters) {
            this.text = text;
            this.metaphone = metaphone;
            this.skeleton = skeleton;
            this.letters = letters;
            this.skeletonLetters = skeletonLetters;
        }

        static TokenFacts of(String text) {
            String sk = Skeleton.of(text);
            return new TokenFacts(text, phoneticKey(text, TokenKind.WORD), sk, TokenSimilarity.letters(text),
                    TokenSimilarity.letters(sk));
        }

        String text() {
            return text;
        }

        String metaphone() {
            return metaphone;
        }

        String skeleton() {
            return skeleton;
        }

        long letters() {
            return letters;
        }

        long skeletonLetters() {
            return skeletonLetters;
        }

        /** Equal when their five facts are (the word facts worked out or not: they follow from the text). */
        @Override
        public boolean equals(Object o) {
            return o instanceof TokenFacts f && text.equals(f.text) && java.util.Objects.equals(metaphone, f.metaphone)
                    && skeleton.equals(f.skeleton) && letters == f.letters && skeletonLetters == f.skeletonLetters;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(text, metaphone, skeleton, letters, skeletonLetters);
        }

        @Override
        public String toString() {
            return "TokenFacts[" + text + ", " + metaphone + ", " + skeleton + "]";
        }

        /** What a summary reads of the word's text ({@link CoverageBound.WordFacts#of}), worked out once. */
        CoverageBound.WordFacts wordFacts() {
            CoverageBound.WordFacts f = wordFacts;
            if (f == null) {
                f = CoverageBound.WordFacts.of(text);
                wordFacts = f;
            }
            return f;
        }
    }

    private ScoringName(PreparedName prepared) {
        this(prepared, null, false, false);
    }

    /** With {@code memo}, tokens seen before share their text and facts (one string per distinct word);
     *  with {@code grow}, tokens not seen before are added to it. */
    private ScoringName(PreparedName prepared, java.util.Map<String, TokenFacts> memo, boolean grow, boolean hanReading) {
        this.prepared = prepared;
        this.hanReading = hanReading;
        this.familyFirst = false;
        this.parts = null;
        this.hangul = null;
        this.han = null;
        List<Token> content = new ArrayList<>();
        List<String> legalForms = new ArrayList<>();
        for (Token t : prepared.tokens()) {
            if (t.kind() == TokenKind.LEGAL) {
                legalForms.add(t.text());
            } else {
                content.add(t);
            }
        }
        int n = content.size();
        text = new String[n];
        kind = new TokenKind[n];
        phonetic = new String[n];
        skeleton = new String[n];
        letters = new long[n];
        skeletonLetters = new long[n];
        facts = memo != null && !grow ? new TokenFacts[n] : null;
        for (int i = 0; i < n; i++) {
            String t = content.get(i).text();
            TokenFacts f = memo == null ? null : grow ? memo.computeIfAbsent(t, TokenFacts::of) : memo.get(t);
            if (f == null) {
                // A query's word the lists do not hold: recent queries' such words are kept (UnlistedWords).
                f = memo != null ? UnlistedWords.facts(t) : TokenFacts.of(t);
            }
            text[i] = f.text();
            kind[i] = content.get(i).kind();
            phonetic[i] = kind[i] == TokenKind.NUMBER || kind[i] == TokenKind.INITIAL ? null : f.metaphone();
            skeleton[i] = f.skeleton();
            letters[i] = f.letters();
            skeletonLetters[i] = f.skeletonLetters();
            if (facts != null) {
                facts[i] = f;
            }
        }
        legal = legalForms.toArray(new String[0]);
    }

    /** Whether one of the name's words is of {@code k}. */
    boolean holds(TokenKind k) {
        for (TokenKind x : kind) {
            if (x == k) {
                return true;
            }
        }
        return false;
    }

    /** A name read back from a compiled index, exactly as it was prepared. */
    ScoringName(PreparedName prepared, String[] text, TokenKind[] kind, String[] phonetic, String[] skeleton,
                String[] legal, long[] letters, long[] skeletonLetters) {
        this.prepared = prepared;
        this.text = text;
        this.kind = kind;
        this.phonetic = phonetic;
        this.skeleton = skeleton;
        this.legal = legal;
        this.letters = letters;
        this.skeletonLetters = skeletonLetters;
        this.facts = null;
        this.hanReading = false;
        this.familyFirst = false;
        this.parts = null;
        this.hangul = null;
        this.han = null;
    }

    /** The same name, with other flags: every array shared. */
    private ScoringName(ScoringName s, boolean hanReading, boolean familyFirst, int[] parts, int[] hangul, int[] han) {
        this.prepared = s.prepared;
        this.text = s.text;
        this.kind = s.kind;
        this.phonetic = s.phonetic;
        this.skeleton = s.skeleton;
        this.legal = s.legal;
        this.letters = s.letters;
        this.skeletonLetters = s.skeletonLetters;
        this.facts = s.facts;
        this.hanReading = hanReading;
        this.familyFirst = familyFirst;
        this.parts = parts;
        this.hangul = hangul;
        this.han = han;
    }

    /** This reading, as one of {@code written}: of a name written in Han or Hangul in one word ({@link #familyFirst}),
     *  of a name written in Han ({@link #hanReading}; wholly in Han, {@link #han}), of one written in Hangul ({@link #hangul}). Written in words apart, a name may follow the Latin order
     *  ("雷 张", Lei Zhang). */
    ScoringName readFrom(String written) {
        boolean first = familyFirst || FittedReading.appliesToListed(written) && written.strip().indexOf(' ') < 0;
        boolean han = hanReading || prepared.transliterated() && CrossScript.han(written);
        int[] p = parts != null || !prepared.transliterated() ? parts : WrittenParts.of(written, kind);
        int[] h = hangul != null || !prepared.transliterated() ? hangul : HangulSyllables.written(written);
        int[] c = this.han != null || !han ? this.han : HanSyllables.written(written);
        return first == familyFirst && han == hanReading && p == parts && h == hangul && c == this.han ? this
                : new ScoringName(this, han, first, p, h, c);
    }

    public static ScoringName of(String name, Schema schema) {
        return new ScoringName(NamePipeline.standard().prepare(name, schema));
    }

    public static ScoringName of(PreparedName prepared) {
        return new ScoringName(prepared);
    }

    /** A reading of a name written in Han characters ({@link #hanReading}). */
    static ScoringName hanReading(PreparedName prepared) {
        return new ScoringName(prepared, null, false, true);
    }

    static ScoringName of(PreparedName prepared, java.util.Map<String, TokenFacts> memo) {
        return new ScoringName(prepared, memo, true, false);
    }

    /** A query's name: facts of words the memo knows are reused, the memo itself is left as it is. */
    static ScoringName known(PreparedName prepared, java.util.Map<String, TokenFacts> memo) {
        return new ScoringName(prepared, memo, false, false);
    }

    public PreparedName prepared() {
        return prepared;
    }

    public Schema schema() {
        return prepared.schema();
    }

    public int size() {
        return text.length;
    }

    /**
     * Double Metaphone primary code of an alphabetic word of 5+ letters, else null. Shorter words sound
     * alike too easily: "olga" and "oleg" share "ALK".
     */
    static String phoneticKey(String t, TokenKind k) {
        if (k == TokenKind.NUMBER || k == TokenKind.INITIAL || t.length() < 5) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 'a' || c > 'z') {
                return null;
            }
        }
        String code = METAPHONE.doubleMetaphone(t);
        return code == null || code.length() < 2 ? null : code;
    }
}
