package io.interdict.core.match.fuzzy;

/**
 * A name from Cyrillic written in German or French transliteration against its English spelling (interdict-v2). Each
 * language writes the Russian letters its own way: "Воронин" is English "Voronin", German "Woronin", French "Voronine"
 * (Romanization of Russian, netipedia.com and opentopia.com copies of the Wikipedia article); German writes ж and ш
 * "sch", ч "tsch", х "ch", ц "z", з "s", й "j"; French writes ж "j", ш "ch", ч "tch", щ "chtch", у "ou", and "-ine"
 * for "-in" (the usual English, French and German tables, learn-russian.dreamwidth.org/928560.html). So
 * "Chruschtschow", "Khrouchtchev" and "Khrushchev", "Breschnew" and "Brezhnev", "Prigojine" and "Prigozhin" are one
 * name, which the edit distance calls three or four edits apart.
 *
 * <p>A word that carries a letter group only German writes ("sch", "w") is read back to the English spelling by the
 * German table; one that carries a group only French writes ("ou", "tch", a final "-ine") by the French table. Then both
 * words are folded ({@link RomanisationFold}) and brought to a key of letters and Cyrillic sounds. German "sch" stands
 * for both ж (English "zh") and ш ("sh"), German "s" for both з ("z") and с ("s"): the read-back writes a symbol that
 * matches either. After a hushing consonant ё is written "o" in German and French and "e" in English ("Gorbatschow" ~
 * "Gorbachev"). Two words whose keys agree are one name in two habits.
 *
 * <p>Ukrainian and Belarusian write г "h" where Russian writes "g" (Ukraine's national romanisation of 2010, which
 * UNGEGN and BGN/PCGN adopted: "Г г | H h | in most cases", "Gh" only in зг, "И и | Y y"; en.wikipedia.org/wiki/
 * Wikipedia:UKRTABLE; Russian's Г is g), so one family is "Hryhorenko" in Ukrainian and
 * "Grigorenko" in Russian, "Horbenko" and "Gorbenko", "Hnatenko" and "Gnatenko" (the Cyrillic spelling of a Ukrainian
 * name in Russian writes the same г). A family name of an East Slavic ending ({@link #ukrainian}) is read back with each
 * such "h" as "g"; the fold then takes its "y" (и) as the Russian "i".
 *
 * <p>An Arabic name's qaf, written "q" (or "k") in the lists, is "g" in the spelling of the countries that say it so
 * ("Gaddafi", "Qadhafi": {@link #qaf}); such a word is read back with its "q" a "g".
 *
 * <p>Only words of {@link #MIN_LENGTH} letters or more (an Arabic qaf's, of one letter less): the short syllables of
 * Korean and Chinese names hold the letters the tables exchange as different names ("jang" is not "yang").
 */
final class TransliterationHabits {
    /** The shortest word read back: a family name or a long given name, no East Asian syllable. */
    static final int MIN_LENGTH = 6;
    /** Letters the read-back may add or drop: "chruschtschow" (13) ~ "khrushchev" (10). */
    static final int MAX_LENGTH_GAP = 4;

    private TransliterationHabits() {
    }

    /** Whether two different lower-case Latin words are one name, one of them in German or French transliteration. */
    static boolean variants(String x, String y) {
        // Only a marked word is read back: between two unmarked words (nearly every pair a search asks) no key is needed.
        if (x.equals(y) || !lengthsMayPair(x.length(), y.length()) || !marked(x) && !marked(y)) {
            return false;
        }
        Keys keys = KEYS.get();
        Keyed kx = keys.of(x);
        Keyed ky = keys.of(y);
        return kx.read != null && kx.read.length >= MIN_LENGTH - 1 && spells(kx.read, ky.plain)
                || ky.read != null && ky.read.length >= MIN_LENGTH - 1 && spells(ky.read, kx.plain);
    }

    /**
     * A hash of the word's key as written ({@code readBack} false) or read back to English from German or French (true;
     * 0 for a word that carries no group of theirs), with the letters a German read-back cannot tell apart written
     * alike (ш, ж; s, z): when {@link #variants} finds two words one name, the one's key read back hashes as the
     * other's as written ({@link CoverageBound}'s summaries keep both).
     */
    static int keyHash(String w, boolean readBack) {
        if (!readBack) {
            return foldKeyHash(RomanisationFold.folded(w));   // every listed word's: no key is written out
        }
        String back = readBack(w);
        return back == null ? 0 : foldKeyHash(RomanisationFold.of(back).toCharArray());
    }

    /** The hash {@link #keyHash} gives of {@link #key}'s key of a word whose fold is {@code f}: its symbols hashed, no
     *  string made. */
    private static int foldKeyHash(char[] f) {
        char[] key = new char[f.length];
        int n = keySymbols(f, key);
        int h = 1;
        for (int k = 0; k < n; k++) {
            char c = key[k];
            h = 31 * h + (c == SH || c == ZH ? SH_OR_ZH : c == 's' || c == 'z' ? S_OR_Z : c);
        }
        return h ^ h >>> 16;
    }

    /** Whether words of these lengths may be one name in two habits ({@link #variants} asks it first). */
    static boolean lengthsMayPair(int x, int y) {
        // every marked word has MIN_LENGTH letters or more but an Arabic qaf's, of one less (qaf)
        return Math.min(x, y) >= MIN_LENGTH - 1 && Math.abs(x - y) <= MAX_LENGTH_GAP;
    }

    /** Whether a word carries a group only German or French writes, is a Ukrainian family name with its "h" for г, or
     *  an Arabic word with a qaf ({@link #variants} reads it back). */
    static boolean marked(String w) {
        return german(w) || french(w) || ukrainian(w) || qaf(w);
    }

    /** A marked word read back to the English spelling of Russian, or an Arabic word's qaf to the "g" it is also written
     *  ({@link #qaf}); null for a word not {@link #marked}. */
    private static String readBack(String w) {
        return german(w) ? fromGerman(w) : french(w) ? fromFrench(w) : ukrainian(w) ? fromUkrainian(w)
                : qaf(w) ? fromQaf(w) : null;
    }

    /**
     * A word of {@link #MIN_LENGTH} - 1 letters or more with a "q" that writes the Arabic qaf ({@link #qafQ}), no word
     * of Mandarin syllables (Pinyin's "q" is another sound). Where the spoken Arabic of Libya, the Gulf, Upper Egypt and
     * Sudan says qaf as a "g", names are written so: "Gaddafi" for "Qadhafi" (the Associated Press, "In Libya, it's
     * often pronounced as a G", theblaze.com, 2011-03-10), "Sagar" for "Saqar". Read back with each such "q" a "g", the
     * word meets its "g" spelling by the key as any marked word does; as the fold writes "q" as "k", the "k" spelling
     * ("Kadhafi") it already met.
     */
    static boolean qaf(String w) {
        if (w.length() < MIN_LENGTH - 1) {
            return false;
        }
        for (int i = w.indexOf('q'); i >= 0; i = w.indexOf('q', i + 1)) {
            if (qafQ(w, i)) {
                return !ChineseGivenName.oneOrTwoSyllables(w);
            }
        }
        return false;
    }

    /** Whether the word's "q" at {@code i} may write qaf: not the "qu" before a vowel of the European languages
     *  ("Quentin", "Vasquez"). */
    private static boolean qafQ(String w, int i) {
        return !(i + 2 < w.length() && w.charAt(i + 1) == 'u' && "aeiouy".indexOf(w.charAt(i + 2)) >= 0);
    }

    /** An Arabic word read with each qaf's "q" a "g" ({@link #qaf}). */
    static String fromQaf(String w) {
        return asG(w, 'q', i -> qafQ(w, i));
    }

    /** The word with each {@code letter} at a place {@code where} accepts written "g". */
    private static String asG(String w, char letter, java.util.function.IntPredicate where) {
        char[] c = w.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] == letter && where.test(i)) {
                c[i] = 'g';
            }
        }
        return new String(c);
    }

    /** East Slavic family names' endings: -enko, -chuk, -iuk/-yuk, -uk, -yk, -ets, -ych, -ovych, -sky, -skyi, -ska,
     *  -ov(a), -ev(a), -yn(a) (derived, unconfirmed by a source: the usual endings of Ukrainian, Belarusian and Russian
     *  family names, -in written -yn as the table above writes и; a narrowing, so that an Arabic or East Asian word with
     *  an "h" is never read so). */
    private static final String[] SLAVIC_ENDINGS = {"enko", "uk", "yk", "ets", "ych", "sky", "skyi", "skyy", "ska", "ov",
        "ova", "ev", "eva", "yn", "yna"};

    /** A family name written from Ukrainian or Belarusian: {@link #MIN_LENGTH} letters or more, an East Slavic ending
     *  ({@link #SLAVIC_ENDINGS}), and an "h" that is no digraph's second letter (kh, zh, sh, ch, gh, th, dh, ph) and
     *  stands before a vowel or r, l, n, v: г. */
    static boolean ukrainian(String w) {
        if (w.length() < MIN_LENGTH) {
            return false;
        }
        // most words have no such h: the endings are read only for those that do
        for (int i = w.indexOf('h'); i >= 0; i = w.indexOf('h', i + 1)) {
            if (ukrainianH(w, i)) {
                return slavicEnding(w);
            }
        }
        return false;
    }

    private static boolean slavicEnding(String w) {
        for (String e : SLAVIC_ENDINGS) {
            if (w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word's "h" at {@code i} writes г: not after k, z, s, c, g, t, d or p, and before a vowel or r, l, n,
     *  v. */
    private static boolean ukrainianH(String w, int i) {
        if (i > 0 && "kzscgtdp".indexOf(w.charAt(i - 1)) >= 0 || i + 1 >= w.length()) {
            return false;
        }
        return "aeiouyrlnv".indexOf(w.charAt(i + 1)) >= 0;
    }

    /** A Ukrainian family name read back to its Russian spelling: each "h" for г as "g". */
    static String fromUkrainian(String w) {
        return asG(w, 'h', i -> ukrainianH(w, i));
    }

    /** A word's key as written (English habit) and, when it carries a German or French group, as read back. */
    private record Keyed(char[] plain, char[] read) {
    }

    private static final PerThread<Keys> KEYS = PerThread.withInitial(Keys::new);

    /** One thread's recent keys, direct-mapped by the word's hash (as {@link RomanisationFold}'s folds). */
    private static final class Keys {
        private static final int SLOTS = 1 << 9;
        private final String[] word = new String[SLOTS];
        private final Keyed[] keyed = new Keyed[SLOTS];

        Keyed of(String w) {
            int h = w.hashCode();
            int slot = (h ^ h >>> 16) & (SLOTS - 1);
            String kept = word[slot];
            if (kept == w || kept != null && kept.equals(w)) {
                return keyed[slot];
            }
            String back = readBack(w);
            Keyed k = new Keyed(key(w).toCharArray(), back == null ? null : key(back).toCharArray());
            word[slot] = w;
            keyed[slot] = k;
            return k;
        }
    }

    /** A group English never writes for a Cyrillic letter and German does: "sch" (ш, ж), "w" (в) before a consonant or at
     *  the end ("Lawrow", "Jewgeni"), a final "-ij" (-ий). Not "w" before a vowel, which romanised Korean and Chinese
     *  syllables begin with ("jangwon", "yangwon"). */
    static boolean german(String w) {
        if (w.length() < MIN_LENGTH) {
            return false;
        }
        if (w.contains("sch") || w.endsWith("ij") || w.endsWith("yj")) {
            return true;
        }
        for (int i = w.indexOf('w'); i >= 0; i = w.indexOf('w', i + 1)) {
            if (i + 1 == w.length() || "aeiouy".indexOf(w.charAt(i + 1)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** A group English never writes for a Cyrillic letter and French does: "ou" (у), "tch" (ч), a final "-ine" (-ин).
     *  (Not "gu" before e or i, which French writes for г: Spanish writes it too, "Rodriguez" ~ "Rodrigez".) */
    static boolean french(String w) {
        return w.length() >= MIN_LENGTH && (w.contains("ou") || w.contains("tch") || w.endsWith("ine"));
    }

    /** German transliteration read back to English: schtsch, tsch, dsch, ch, z, j, w, ss; "sch" as {@link #SH_OR_ZH} and
     *  "s" as {@link #S_OR_Z}, which the key matches either way. */
    static String fromGerman(String w) {
        StringBuilder out = new StringBuilder(w.length() + 4);
        int n = w.length();
        for (int i = 0; i < n; ) {
            if (w.startsWith("schtsch", i)) {
                out.append("shch");
                i += 7;
            } else if (w.startsWith("tsch", i)) {
                out.append("ch");
                i += 4;
            } else if (w.startsWith("dsch", i)) {
                out.append('j');
                i += 4;
            } else if (w.startsWith("sch", i)) {
                out.append(SH_OR_ZH);
                i += 3;
            } else if (w.startsWith("ch", i)) {
                out.append("kh");
                i += 2;
            } else if (w.startsWith("ss", i)) {
                out.append('s');   // с between vowels
                i += 2;
            } else {
                char c = w.charAt(i++);
                switch (c) {
                    case 'z' -> out.append("ts");
                    case 's' -> out.append(S_OR_Z);
                    case 'j' -> out.append('y');
                    case 'w' -> out.append('v');
                    default -> out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** French transliteration read back to English: chtch, tch, ch, ou, j, gu before e or i, ss, an initial i before a
     *  vowel (я "ia", ю "iou"), a final "-ine". */
    static String fromFrench(String w) {
        String s = w.endsWith("ine") ? w.substring(0, w.length() - 1) : w;
        StringBuilder out = new StringBuilder(s.length() + 4);
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (s.startsWith("chtch", i)) {
                out.append("shch");
                i += 5;
            } else if (s.startsWith("tch", i)) {
                out.append("ch");
                i += 3;
            } else if (s.startsWith("ch", i)) {
                out.append("sh");
                i += 2;
            } else if (s.startsWith("ou", i)) {
                out.append('u');
                i += 2;
            } else if (s.startsWith("ss", i)) {
                out.append('s');
                i += 2;
            } else if (s.startsWith("gu", i) && i + 2 < n && (s.charAt(i + 2) == 'e' || s.charAt(i + 2) == 'i')) {
                out.append('g');
                i += 2;
            } else if (i == 0 && s.charAt(0) == 'i' && n > 1 && "aeou".indexOf(s.charAt(1)) >= 0) {
                out.append('y');
                i++;
            } else {
                char c = s.charAt(i++);
                if (c == 'j') {
                    out.append("zh");
                } else {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** Symbols of the key: щ, ш, ж, ч, ц; and two a German read-back writes for a letter it cannot tell: ш or ж (German
     *  "sch"), с or з (German "s"). */
    private static final char SHCH = '\u0449';
    private static final char SH = '\u0448';
    private static final char ZH = '\u0436';
    private static final char CH = '\u0447';
    private static final char TS = '\u0446';
    static final char SH_OR_ZH = '\u2460';
    static final char S_OR_Z = '\u2461';

    /** Whether a read-back's key spells a plain key, its two-way symbols matching either letter. */
    static boolean spells(char[] read, char[] plain) {
        if (read.length != plain.length) {
            return false;
        }
        for (int i = 0; i < read.length; i++) {
            char r = read[i];
            char p = plain[i];
            if (r != p && !(r == SH_OR_ZH && (p == SH || p == ZH)) && !(r == S_OR_Z && (p == 's' || p == 'z'))) {
                return false;
            }
        }
        return true;
    }

    /** The key of a spelling in the English habit (or read back to it): its {@link RomanisationFold}, with "shch", "sh",
     *  "zh", "ch", "ts" one symbol each, an "o" after a hushing consonant as "e", and an initial "ye" as "e". */
    static String key(String english) {
        char[] f = RomanisationFold.of(english).toCharArray();
        char[] key = new char[f.length];
        return new String(key, 0, keySymbols(f, key));
    }

    /** The key's symbols of a word whose fold is {@code f} into {@code out} (as long as {@code f}: a symbol reads one
     *  letter or more); their number. */
    private static int keySymbols(char[] f, char[] out) {
        int n = f.length;
        // An initial е is "ye" in English, "je" in German (read back "ye") and "e" in French ("Yevgeny", "Evgueni").
        int i = n >= 2 && (f[0] == 'y' || f[0] == 'i') && f[1] == 'e' ? 1 : 0;
        int len = 0;
        while (i < n) {
            char c;
            if (at(f, i, "shch")) {
                c = SHCH;
                i += 4;
            } else if (at(f, i, "sh")) {
                c = SH;
                i += 2;
            } else if (at(f, i, "zh")) {
                c = ZH;
                i += 2;
            } else if (at(f, i, "ch")) {
                c = CH;
                i += 2;
            } else if (at(f, i, "ts")) {
                c = TS;
                i += 2;
            } else {
                c = f[i++];
                if (c == 'o' && len > 0) {
                    char before = out[len - 1];
                    c = before == SH || before == ZH || before == SH_OR_ZH || before == CH || before == SHCH ? 'e' : 'o';
                }
            }
            if (len == 0 || out[len - 1] != c) {
                out[len++] = c;
            }
        }
        return len;
    }

    /** Whether {@code f} holds {@code group} from {@code i}. */
    private static boolean at(char[] f, int i, String group) {
        if (i + group.length() > f.length) {
            return false;
        }
        for (int k = 0; k < group.length(); k++) {
            if (f[i + k] != group.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
