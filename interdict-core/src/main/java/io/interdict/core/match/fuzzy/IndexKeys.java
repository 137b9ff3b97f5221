package io.interdict.core.match.fuzzy;

import io.interdict.core.names.TokenKind;
import java.util.Arrays;

/**
 * The keys a name's words are posted under in the {@link CandidateIndex}, and looked up by: a word's own spelling and
 * its one-letter deletions, its skeleton and phonetic code, and for interdict-v2 its romanisation fold, its consonants
 * and their classes, a German or French transliteration read back; two adjacent words glued; the whole name. Each key
 * is a 64-bit hash of its key space's mark and its text ({@link #hash}). A listed name and a query make their keys
 * alike, so a query word meets the names that hold it, or a word like it.
 */
final class IndexKeys {
    /** Tokens shorter than this are posted exactly, without deletion variants ("al", "li" would match everything). */
    static final int MIN_DELETE_LENGTH = 4;
    static final char EXACT = '-';
    static final char SKELETON = '~';
    static final char PHONETIC = '#';
    /** interdict-v2: a word's consonants ("hussein", "hsyn" -> "hsn"), their classes ({@link ConsonantReading#key}: "sn") and two words' classes, for names written in other scripts. */
    static final char CONSONANTS = '%';
    /** interdict-v2: a listed word written in German or French transliteration of Russian, by the hash of its key read
     *  back to English ({@link TransliterationHabits#keyHash}: "Schukow", "Saizew", "Chruschtschow"), which a word read
     *  from Cyrillic looks up by its own key ("zhukov", "zaytsev", "khrushchev"). */
    static final char HABIT = '&';
    /** The key of a whole name: its words, and its legal forms ({@link #wholeName}). */
    static final char WHOLE = '=';
    /** interdict-v2: the key of a whole name by the sound of its words ({@link #wholeSoundKey}). */
    static final char WHOLE_SOUND = '*';

    private IndexKeys() {
    }

    /** Number of key groups of a name: its indexed tokens, then its glued adjacent pairs. */
    static int tokenCount(ScoringName n) {
        return n.size() + Math.max(0, n.size() - 1);
    }

    /** The keys of key group g (token g, or glued pair g - size) into out; nothing if not indexed. */
    static void tokenKeys(ScoringName n, int g, KeyBuffer out) {
        tokenKeys(n, g, out, false, false);
    }

    /**
     * @param consonants also the word's consonant keys (interdict-v2: every listed name; a query written in another script)
     * @param folds      also the word's {@link RomanisationFold} (interdict-v2), as an exact key: "mahmud", "mahmood"
     *                   and "mahmoud" meet at "mahmud", two edits apart and no skeleton's alike ("AQSA MAHMUD" ~ "AQSA
     *                   MAHMOOD" among dozens of names with "aqsa")
     */
    static void tokenKeys(ScoringName n, int g, KeyBuffer out, boolean consonants, boolean folds) {
        tokenKeys(n, g, out, consonants, folds, false);
    }

    /**
     * {@link #tokenKeys(ScoringName, int, KeyBuffer, boolean, boolean)}; {@code gluedFolds} (a listed name's keys,
     * interdict-v2): a glued pair of words is also posted by its {@link RomanisationFold}, as an exact key, which a
     * query's word looks up by its own fold: a Korean given name written in two syllables ("Dong-hoon", "Moo-hyun",
     * "Jung-sook") and read as one word from Hangul ("donghun", "muhyun", "jungsuk") meet at "dongun", "muhiun",
     * "jungsuk". A query's own glued pairs look up no fold (a Latin query's words already do).
     */
    static void tokenKeys(ScoringName n, int g, KeyBuffer out, boolean consonants, boolean folds, boolean gluedFolds) {
        int size = n.size();
        if (!postsGroup(n, g)) {
            return;
        }
        if (g < size) {
            deletions(n.text[g], out);
            if (folds && n.kind[g] == TokenKind.WORD && n.text[g].length() >= MIN_DELETE_LENGTH) {
                String f = RomanisationFold.of(n.text[g]);
                if (!f.equals(n.text[g])) {
                    out.add(hash(EXACT, f, -1));
                }
            }
            if (gluedFolds && n.kind[g] == TokenKind.WORD && TransliterationHabits.marked(n.text[g])) {
                int habit = TransliterationHabits.keyHash(n.text[g], true);
                if (habit != 0) {
                    out.add(habitKey(habit));
                }
            }
            if (consonants && n.kind[g] == TokenKind.WORD) {
                // The consonants as written (rare: they rank), and their classes (found when a letter is read another way).
                String c = CrossScript.consonants(n.text[g], true);
                if (c.length() >= 2) {
                    out.add(hash(CONSONANTS, c, -1));
                }
                String k = ConsonantReading.key(n.text[g]);
                if (k.length() >= 2 && !k.equals(c)) {
                    out.add(hash(CONSONANTS, k, -1));
                }
            }
            out.add(hash(SKELETON, n.skeleton[g], -1));
            // Short phonetic codes ("JN": john, jean, juan, jin...) select nothing: only 4+ letters.
            if (n.phonetic[g] != null && n.phonetic[g].length() >= 4) {
                out.add(hash(PHONETIC, n.phonetic[g], -1));
            }
            return;
        }
        String pair = n.text[g - size] + n.text[g - size + 1];
        deletions(pair, out);
        if (gluedFolds && n.kind[g - size] == TokenKind.WORD && n.kind[g - size + 1] == TokenKind.WORD
                && pair.length() >= MIN_DELETE_LENGTH) {
            String f = RomanisationFold.of(pair);
            if (!f.equals(pair)) {
                out.add(hash(EXACT, f, -1));
            }
        }
        if (consonants && n.kind[g - size] != TokenKind.INITIAL && n.kind[g - size + 1] != TokenKind.INITIAL) {
            // Two words read as one ("qdrt allh" ~ "qudratullah", "shms aldyn" ~ "shamsuddin").
            String c = ConsonantReading.key(pair);
            if (c.length() >= 3) {
                out.add(hash(CONSONANTS, c, -1));
            }
        }
    }

    /**
     * A word read from Hebrew, also by the consonant classes of its h inside the word read as kh: the reading writes ח
     * h, as it writes ה, and its key drops h as it drops vowels, where Latin spellings mostly write ח ch or kh
     * (Wikipedia, "Romanization of Hebrew": ח ḥ, ch, kh): "mzrhy" ~ "Mizrachi". Not a word's first h: tried there too
     * ("hyym" ~ "Chaim"), it reached more other names than it found (tuning `world` seeds 7 and 9: "חיים אריאל" ~
     * "Riol-Chemie", "חננאל בן שחר" ~ "ZORAH CHANNEL" flagged, one pair found).
     */
    static void hebrewKh(String word, KeyBuffer out) {
        if (word.indexOf('h', 1) > 0) {
            consonantKeyOf(word.charAt(0) + word.substring(1).replace("h", "kh"), out);
        }
    }

    /** The consonant classes ({@link ConsonantReading#key}) of a word read another way, as a key, when two or more. */
    static void consonantKeyOf(String reading, KeyBuffer out) {
        String key = ConsonantReading.key(reading);
        if (key.length() >= 2) {
            out.add(hash(CONSONANTS, key, -1));
        }
    }

    /**
     * A word read from the Arabic script, also by the consonant classes of its "sh" (ش) written "ch", as French writes
     * the sound (babelstreet.com, "You Say Jamāl, He Writes Djamel: Influences on Western Transliteration of Arabic
     * Names": "In French the English 'sh' sound is written as 'ch'"), where the key reads a Latin "ch" as k: الحراشي
     * "alhrashy" ~ "El Harrachi", الشريعة ~ "Al Charia". The pair's score reads a Latin "ch" as sh already
     * ({@link ConsonantReading}); only the lookup lacked it.
     */
    static void frenchCh(String word, KeyBuffer out) {
        if (word.contains("sh")) {
            consonantKeyOf(word.replace("sh", "ch"), out);
        }
    }

    /** The key of a word's {@link TransliterationHabits#keyHash}. */
    static long habitKey(int keyHash) {
        return hash(HABIT, Integer.toString(keyHash), -1);
    }

    /** A word's consonant classes with its r and l read either way (at most the first three: eight keys). */
    static void liquidVariants(String key, KeyBuffer out) {
        if (key.length() < 2) {
            return;
        }
        int[] at = new int[3];
        int n = 0;
        for (int i = 0; i < key.length() && n < at.length; i++) {
            if (key.charAt(i) == 'r' || key.charAt(i) == 'l') {
                at[n++] = i;
            }
        }
        char[] c = key.toCharArray();
        for (int mask = 0; mask < 1 << n; mask++) {
            for (int j = 0; j < n; j++) {
                c[at[j]] = (mask >> j & 1) == 1 ? 'l' : 'r';
            }
            out.add(hash(CONSONANTS, new String(c), -1));
        }
    }

    /** Whether key group g of the name has keys: an indexed token, or a pair of non-numbers. */
    static boolean postsGroup(ScoringName n, int g) {
        int size = n.size();
        if (g >= size) {
            return n.kind[g - size] != TokenKind.NUMBER && n.kind[g - size + 1] != TokenKind.NUMBER;
        }
        boolean any = false;
        for (int i = 0; i < size; i++) {
            any |= indexed(n.kind[i]);
        }
        // Names of only particles, initials or numbers are posted by those tokens.
        return any ? indexed(n.kind[g]) : !(n.kind[g] == TokenKind.INITIAL && size > 1);
    }

    private static boolean indexed(TokenKind k) {
        return k == TokenKind.WORD || k == TokenKind.GENERIC;
    }

    /**
     * The token itself and, for tokens of MIN_DELETE_LENGTH+, each one-character deletion: the keys of
     * {@link #hash}, worked out from the hash of the letters before the one deleted, so each deletion
     * hashes only the letters after it.
     */
    private static void deletions(String t, KeyBuffer out) {
        out.add(hash(EXACT, t, -1));
        int n = t.length();
        if (n < MIN_DELETE_LENGTH) {
            return;
        }
        char[] c = out.chars(n);
        t.getChars(0, n, c, 0);
        long before = (FNV_OFFSET ^ EXACT) * FNV_PRIME;   // the hash of the key space and letters 0..i-1
        for (int i = 0; i < n; i++) {
            if (i == 0 || c[i] != c[i - 1]) {   // deleting either letter of a double gives the same variant
                long h = before;
                for (int k = i + 1; k < n; k++) {
                    h = (h ^ c[k]) * FNV_PRIME;
                }
                out.add(mix(h));
            }
            before = (before ^ c[i]) * FNV_PRIME;
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** 64-bit FNV-1a of the key space and the text without character {@code skip}, then mixed. */
    static long hash(char space, String t, int skip) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ space) * 0x100000001b3L;
        for (int i = 0; i < t.length(); i++) {
            if (i != skip) {
                h = (h ^ t.charAt(i)) * 0x100000001b3L;
            }
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /**
     * A name's words in any order (sorted: "AHMED, A." and "A Ahmed" are one), then its legal forms, as one key's text
     * (the text {@link #wholeNameKey} hashes, without building it); null for a name of no words. The candidates rank
     * names by the rarity of the query's words, and a query of common words only ("Hassan", "Abdul Rahman") reaches
     * thousands of names alike by it: the names that are the query word for word must still make the cut.
     */
    static String wholeName(ScoringName n) {
        if (n.size() == 0) {
            return null;
        }
        String[] words = n.size() == 1 ? n.text : n.text.clone();
        Arrays.sort(words);
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(w).append(' ');
        }
        for (String l : n.legal) {
            sb.append('|').append(l);
        }
        return sb.toString();
    }

    /**
     * The key of {@link #wholeName} ({@code hash(WHOLE, wholeName(n), -1)}), hashed word by word with no string built:
     * a search makes one per query form.
     */
    static long wholeNameKey(ScoringName n) {
        return sortedWordsKey(WHOLE, n.size() == 1 ? n.text : n.text.clone(), n.legal);
    }

    /** The hash of {@code marker}, then {@code words} sorted (in place) each followed by a space, then each legal form
     *  after a bar: {@code hash(marker, text, -1)} of that text, with no string built. */
    private static long sortedWordsKey(char marker, String[] words, String[] legal) {
        Arrays.sort(words);
        long h = (FNV_OFFSET ^ marker) * FNV_PRIME;
        for (String w : words) {
            h = fnv(h, w);
            h = (h ^ ' ') * FNV_PRIME;
        }
        for (String l : legal) {
            h = (h ^ '|') * FNV_PRIME;
            h = fnv(h, l);
        }
        return mix(h);
    }

    /**
     * interdict-v2: the key of a name's words in any order, each by its sound (its phonetic code, or for a word that has
     * none, its skeleton; an initial by its letter), then its legal forms; 0 for a name of no words or of more than
     * {@link #MAX_SOUND_WORDS}. A query of few words whose spelling many listed names share, or resemble alike ("Hezbollah":
     * dozens of names hold "hezbollah", "hizballah" or "hizbollah", most with other words), reaches them all by the same
     * rarity; the names that sound as the whole query ("HIZBALLAH") go before those that only hold a word like it.
     */
    static long wholeSoundKey(ScoringName n) {
        int size = n.size();
        if (size == 0 || size > MAX_SOUND_WORDS) {
            return 0;
        }
        String[] codes = new String[size];
        for (int i = 0; i < size; i++) {
            String p = n.phonetic[i];
            codes[i] = p != null && !p.isEmpty() ? p : n.skeleton[i] != null ? n.skeleton[i] : n.text[i];
        }
        long key = sortedWordsKey(WHOLE_SOUND, codes, n.legal);
        return key == 0 ? 1 : key;
    }

    /** Names of more words than this have no {@link #wholeSoundKey}: their words' rarities already tell them apart. */
    static final int MAX_SOUND_WORDS = 3;

    private static long fnv(long h, String t) {
        for (int i = 0; i < t.length(); i++) {
            h = (h ^ t.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    static final class KeyBuffer {
        long[] keys = new long[32];
        int size;

        void add(long k) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = k;
        }

        void clear() {
            size = 0;
        }

        private char[] chars = new char[32];

        /** Scratch space for a token's letters. */
        char[] chars(int n) {
            if (chars.length < n) {
                chars = new char[Math.max(n, 2 * chars.length)];
            }
            return chars;
        }
    }
}
