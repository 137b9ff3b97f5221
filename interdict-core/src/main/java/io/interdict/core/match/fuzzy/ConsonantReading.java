package io.interdict.core.match.fuzzy;

/**
 * Whether a word of a vowelless script (Arabic, Persian, Urdu, Hebrew), as ICU transliterates it
 * ("mhmd", "bdallh", "ywsp", "khn"), can be read as a Latin spelling ("mohammed", "abdullah",
 * "yosef", "cohen"): an alignment of the two words' sounds in which
 * <ul>
 *   <li>vowels are free on both sides, and so is alef ("a"); waw and ya ("w", "y") read as o, u and i, e or as consonants,
 *   a final h or t (he, ta marbuta: "hmzt" ~ "hamza") and the Latin side's doubled letters, w and y after a vowel,
 *   and an h at the end ("sarah", "abdullah"); but in the Arabic script a Latin w needs a waw ({@link #glideUnwritten}:
 *   "fthy" is no "fitiwi");</li>
 *   <li>a letter matches the Latin letters it is written with ({@link #mask}: ق "q" ~ q, k, g; ث "th" ~ th,
 *   t, s; ב "b" ~ b, v; פ "p" ~ p, f; צ "z" ~ z, ts, tz; ج "j" ~ j, g, dj...);</li>
 *   <li>the article's l may be the sun letter it assimilates to ("bdalrhmn" ~ "abdurrahman",
 *   "nwraldyn" ~ "noureddine"), and inside a word of the Arabic script may be written away, the sun letter once
 *   ("bdalrhmn" ~ "abdirahman", "nwraldyn" ~ "nuradin": {@link #articleWrittenAway});</li>
 *   <li>a consonant may stand for a near one ({@link #near}: d/z, k/g, s/sh) at a cost of one, never the first.</li>
 * </ul>
 * In a word of the Arabic script, "kh" as one unit is kha (خ) alone, and qaf's "q" is never a Latin "ch": ICU writes kha
 * "kẖ" (ISO 233's ẖ) and kaf followed by ha (كهلان, مكه) "kh", and the ASCII reading drops the line below, so a "kh"
 * that is kaf and ha is read as two units, k and h, and the one unit keeps kha's sounds, x and h (Latin kh, x, ch, h),
 * not k: kha is written "kh" or "x", said as German "ch" (Wikipedia, "Ḫāʾ", ISO 233 and DIN 31635), and qaf "q", "k" or
 * "g" (Wikipedia, "Qaf", DMG and Duden; forum.wordreference.com, "Transliteration of ق": Gaddafi, Qadafi, Kadafy),
 * neither the other's letter, nor a near sound of it: الأخضر ("alakhdr", Al-Akhdar) is no "AL-QADRI",
 * القادري ("alqadry") no "CHAUDHRY". Hebrew's kaf, which ICU writes "kh" too, is said k or kh (כהן "Cohen", מרדכי
 * "Mordecai"): its "kh" keeps k.
 * The result is that cost (0 or 1), or {@link #NO} when the words cannot be read as each other.
 */
final class ConsonantReading {
    static final int NO = Integer.MAX_VALUE;

    // Sounds, as bits of a mask: what a letter (or two) may stand for.
    private static final int B = 1;
    private static final int P = 1 << 1;
    private static final int F = 1 << 2;
    private static final int V = 1 << 3;
    private static final int W = 1 << 4;
    private static final int T = 1 << 5;
    private static final int TH = 1 << 6;
    private static final int D = 1 << 7;
    private static final int DH = 1 << 8;
    private static final int S = 1 << 9;
    private static final int Z = 1 << 10;
    private static final int SH = 1 << 11;
    private static final int ZH = 1 << 12;
    private static final int TS = 1 << 13;
    private static final int K = 1 << 14;
    private static final int Q = 1 << 15;
    private static final int G = 1 << 16;
    private static final int GH = 1 << 17;
    private static final int X = 1 << 18;
    private static final int H = 1 << 19;
    private static final int CH = 1 << 20;
    private static final int J = 1 << 21;
    private static final int Y = 1 << 22;
    private static final int M = 1 << 23;
    private static final int N = 1 << 24;
    private static final int L = 1 << 25;
    private static final int R = 1 << 26;
    /** Letters the Arabic article assimilates to. */
    private static final int SUN = T | TH | D | DH | R | Z | S | SH | L | N | TS;
    /** Sounds a writer may put for one another, one per word at most. */
    private static final int[] NEAR = {K | Q | G | GH | X | H | CH, T | TH | D | DH, D | DH | Z, S | SH | TS | Z | ZH | TH,
        J | ZH | G | Y | CH, B | P | F | V | W, M | N, L | R};

    private static final int MAX_LENGTH = 24;

    private ConsonantReading() {
    }

    /**
     * Pairs read before: a list compares the same few query words with the same list words again and again
     * ("mhmd" with every Mohammed). Per thread, direct-mapped and bounded: a pair evicts the one in its slot
     * and is read again when asked again, so the memo changes no result; looking a pair up builds no key.
     */
    private static final int SLOTS = 1 << 13;
    private static final PerThread<Memo> READ = PerThread.withInitial(Memo::new);

    private static final class Memo {
        final String[] abjad = new String[SLOTS];
        final String[] latin = new String[SLOTS];
        /** The pair's hash before mixing: a slot held by another pair is told from it without reading its strings. */
        final int[] key = new int[SLOTS];
        final int[] cost = new int[SLOTS];
        /** The table of {@link #read}, reused from pair to pair. */
        final int[] table = new int[(MAX_LENGTH + 1) * (MAX_LENGTH + 1)];
    }

    /** The cost of reading the abjad word x as the Latin word y (0, 1), or {@link #NO}. */
    static int cost(String x, String y) {
        return cost(x, y, false);
    }

    /** {@link #cost(String, String)}; {@code arabicScript}: x is a word of the Arabic script (Arabic, Persian, Urdu,
     *  Pashto), whose final ya may write an alef maqsura ({@link #finalYaAsA}); not Hebrew's yod. */
    static int cost(String x, String y, boolean arabicScript) {
        Memo memo = READ.get();
        int key = (x.hashCode() * 31 + y.hashCode()) ^ (arabicScript ? 0x5bd1e995 : 0);
        int h = key;
        h ^= h >>> 15;
        h *= 0x2c1b3c6d;
        h ^= h >>> 12;
        int slot = h & (SLOTS - 1);
        String a = memo.abjad[slot];
        if (a != null && memo.key[slot] == key && (a == x || a.equals(x))) {
            String l = memo.latin[slot];
            if (l == y || l.equals(y)) {
                return memo.cost[slot];
            }
        }
        // Most pairs part at their first sounds, which a scan of each word tells without the table.
        int c = x.length() <= MAX_LENGTH && y.length() <= MAX_LENGTH && !mayRead(firstSounds(x, true), firstSounds(y, false))
                ? NO : read(x, y, memo.table, arabicScript);
        memo.abjad[slot] = x;
        memo.latin[slot] = y;
        memo.key[slot] = key;
        memo.cost[slot] = c;
        return c;
    }

    /** {@link #cost} without the memo (nor the first sounds' test). */
    static int read(String x, String y) {
        return read(x, y, new int[(MAX_LENGTH + 1) * (MAX_LENGTH + 1)], false);
    }

    /** {@link #read(String, String)} in {@code table} (at least {@code (MAX_LENGTH + 1)^2} long; what it holds is
     *  overwritten). */
    private static int read(String x, String y, int[] table, boolean arabicScript) {
        int nx = x.length();
        int ny = y.length();
        if (nx == 0 || ny == 0 || nx > MAX_LENGTH || ny > MAX_LENGTH || arabicScript && glideUnwritten(x, y)) {
            return NO;
        }
        // dp[i][j], at i * (ny + 1) + j: least cost of reading x[0, i) as y[0, j); 2 or more is NO.
        Table dp = new Table(table, ny + 1);
        java.util.Arrays.fill(table, 0, (nx + 1) * (ny + 1), NO);
        dp.set(0, 0, 0);
        for (int i = 0; i <= nx; i++) {
            boolean reached = false;
            for (int j = 0; j <= ny; j++) {
                int c = dp.get(i, j);
                if (c == NO) {
                    continue;
                }
                reached = true;
                boolean first = consonantsBefore(x, i) == 0;
                if (i < nx && (skippableAbjad(x, i) || arabicScript && articleWrittenAway(x, i))) {
                    relax(dp, i + 1, j, c);
                }
                if (j < ny && skippableLatin(y, j)) {
                    relax(dp, i, j + 1, c);
                }
                if (i < nx && j < ny && isVowel(x.charAt(i)) && isVowel(y.charAt(j))) {
                    relax(dp, i + 1, j + 1, c);
                }
                if (i < nx && j < ny && (readsAsVowel(x.charAt(i), y.charAt(j)) && (arabicScript || !doubledVav(x, i))
                        || arabicScript && finalYaAsA(x, i, y, j))) {
                    relax(dp, i + 1, j + 1, c);
                }
                for (int lx = 1; lx <= 2 && i + lx <= nx; lx++) {
                    int mx = mask(x, i, lx, true);
                    if (mx == 0) {
                        continue;
                    }
                    boolean kha = arabicScript && lx == 2 && x.charAt(i) == 'k' && x.charAt(i + 1) == 'h';
                    if (kha) {
                        mx &= ~K;   // kha (see the class comment): kaf and ha are read as two units
                    }
                    for (int ly = 1; ly <= 3 && j + ly <= ny; ly++) {
                        int my = mask(y, j, ly, false);
                        if (my == 0) {
                            continue;
                        }
                        boolean qafCh = arabicScript && lx == 1 && x.charAt(i) == 'q' && ly == 2 && y.charAt(j) == 'c'
                                && y.charAt(j + 1) == 'h';
                        if (qafCh) {
                            my &= ~K;   // qaf is never written "ch" (see the class comment)
                        }
                        boolean other = arabicScript && neverWrittenAs(x, i, lx, y, j, ly);
                        if (!other && ((mx & my) != 0 || assimilated(x, i, lx, my, j + ly == ny))) {
                            relax(dp, i + lx, j + ly, c);
                        } else if (!first && c == 0 && near(mx, my) && !(kha && y.charAt(j) == 'q') && !qafCh) {
                            relax(dp, i + lx, j + ly, 1);
                        }
                    }
                }
            }
            if (!reached && (i + 1 > nx || dp.emptyRow(i + 1))) {
                return NO;   // no reading of x[0, i) nor of x[0, i + 1) (a unit spans two letters at most): none further
            }
        }
        return dp.get(nx, ny) > 1 ? NO : dp.get(nx, ny);
    }

    /** The reading's table, rows of {@code width} side by side in one array. */
    private record Table(int[] cells, int width) {
        int get(int i, int j) {
            return cells[i * width + j];
        }

        void set(int i, int j, int c) {
            cells[i * width + j] = c;
        }

        boolean emptyRow(int i) {
            for (int k = i * width; k < (i + 1) * width; k++) {
                if (cells[k] != NO) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A bit of {@link #firstSounds} above the sounds': the word can be read with no unit at all (its letters all vowels,
     *  or letters read as vowels or left out), so it may meet a word whatever that one's first sounds. */
    static final int UNIT_FREE = 1 << 27;

    /**
     * The sounds the first unit of a reading may stand for, as {@link #read} may meet them: of every unit beginning where
     * the letters before it can all be read with no unit (an abjad word's vowel letters, w and y; a Latin word's letters
     * {@link #skippableLatin}), the sounds of its letters ({@link #mask}) and, for an abjad word's article l, the sun
     * letters it may assimilate to; with {@link #UNIT_FREE} when the whole word can be so read. A reading's first unit
     * is never a near sound ({@link #read}'s {@code first}), so two words read as each other at a cost of 0 or 1 only
     * when {@link #mayRead} their first sounds.
     */
    static int firstSounds(String s, boolean abjad) {
        int sounds = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            for (int len = 1; len <= (abjad ? 2 : 3) && i + len <= n; len++) {
                sounds |= mask(s, i, len, abjad);
            }
            char c = s.charAt(i);
            if (abjad && c == 'l' && i > 0 && s.charAt(i - 1) == 'a') {
                sounds |= SUN;
            }
            if (abjad ? !(isVowel(c) || c == 'w' || c == 'y') : !skippableLatin(s, i)) {
                return sounds;
            }
        }
        return sounds | UNIT_FREE;
    }

    /** Whether an abjad word and a Latin one of these {@link #firstSounds} may be read as each other at a cost of 0 or 1;
     *  false only when they certainly cannot. */
    static boolean mayRead(int abjadSounds, int latinSounds) {
        return ((abjadSounds | latinSounds) & UNIT_FREE) != 0 || (abjadSounds & latinSounds) != 0;
    }

    /** Consonant letters in x (the abjad word's, vowel letters and a final he or ta marbuta excluded): "mhmd" 4, "ywsp" 2, "hmzt" 3. */
    static int consonants(String x) {
        int n = consonantsBefore(x, x.length());
        int last = x.length() - 1;
        return last >= 1 && (x.charAt(last) == 'h' || x.charAt(last) == 't') && skippableAbjad(x, last) ? n - 1 : n;
    }

    private static int consonantsBefore(String x, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            char c = x.charAt(i);
            n += !isVowel(c) && c != 'w' && c != 'y' && !(c == 'h' && i > 0 && "ksgtdzcp".indexOf(x.charAt(i - 1)) >= 0) ? 1 : 0;
        }
        return n;
    }

    private static void relax(Table dp, int i, int j, int c) {
        if (c < dp.get(i, j)) {
            dp.set(i, j, c);
        }
    }

    /** The article's l ("al") before a sun letter, read as that letter: "bdalrhmn" ~ "abdurrahman". */
    private static boolean assimilated(String x, int i, int lx, int my, boolean latinEnd) {
        if (lx != 1 || x.charAt(i) != 'l' || i == 0 || x.charAt(i - 1) != 'a' || (my & SUN) == 0) {
            return false;
        }
        if (i + 1 == x.length()) {
            return latinEnd;   // "bdal" ~ "abdur": the sun letter ends the Latin word, the name goes on in the next
        }
        int next = mask(x, i + 1, 1, true);
        return (next & my) != 0 || i + 3 <= x.length() && (mask(x, i + 1, 2, true) & my) != 0;
    }

    /**
     * The article's l inside a word of the Arabic script, before a sun letter, which a Latin spelling may leave out
     * altogether and write the sun letter once, with or without the article's vowel: "bdalrhmn" ~ "Abdirahman",
     * "Abdurahman", "zyzalrhman" ~ "Azizirahman", "nwraldyn" ~ "Nuradin", "bdalslam" ~ "Abdisalam". The article is said
     * as the sun letter doubled (ar-Rahman), and the spellings of Somalia and South Asia write it so, the doubling
     * dropped; {@link #assimilated} reads the l as the sun letter itself when the Latin writes it twice ("Abdurrahman").
     * Only between two names of two consonants or more each, as a compound's article stands ("bd" al "rhmn", "nwr" al
     * "dyn"): "al" with fewer on either side is as often a name's own letters, the alef and lam of خالد ("alkhaldy", al-
     * Khalidi, is no "Achekzai" with its l left out), and not a word's first letters ("alrhmn" alone is the article and a
     * name, which the reading meets apart).
     */
    private static boolean articleWrittenAway(String x, int i) {
        if (i < 2 || i + 1 >= x.length() || x.charAt(i) != 'l' || x.charAt(i - 1) != 'a' || x.charAt(i + 1) == 'l') {
            return false;   // before an l the article is one of a doubled l, which skippableAbjad reads ("bdallh")
        }
        boolean sun = (mask(x, i + 1, 1, true) & SUN) != 0 || i + 3 <= x.length() && (mask(x, i + 1, 2, true) & SUN) != 0;
        return sun && consonantsBefore(x, i - 1) >= 2 && consonantsBefore(x, x.length()) - consonantsBefore(x, i + 1) >= 2;
    }

    /**
     * Whether a unit of a word of the Arabic script, x[i, i + lx), is never written as the Latin unit y[j, j + ly),
     * though their sounds' masks meet (a near sound at most, {@link #near}): sin, sad or shin (ICU "s", "s", "sh") is no
     * Latin z, which writes zay, dhal, za and dad (ز ذ ظ ض); and sin or sad, read "s" alone, is no Latin "sh", which
     * writes shin (om.lex.dk, "Transskription af persisk": z for ز ض ظ, s for س ث ص, sh for ش). The masks meet there
     * only because of Hebrew, whose shin and sin are one letter (ש, which ICU reads "s" or "sh"), and because a Latin z
     * may be an s said between vowels: "شیدا" (shyda, Sheida) is no "ZAHEDI", "باسهل" (bashl) no "BAZZAL", "سعيد" (sayd,
     * Said) no "ISHIDA". (Fa is left a Latin p: Arabic wrote a foreign p with it, wais.stanford.edu, "The letter p and
     * f in Persian and Arabic": "Fars is the Arabic version of Pars"; "فلسطين" ~ "Palestine".)
     */
    private static boolean neverWrittenAs(String x, int i, int lx, String y, int j, int ly) {
        if (x.charAt(i) != 's') {
            return false;
        }
        return ly == 1 && y.charAt(j) == 'z' && (lx == 1 || x.charAt(i + 1) == 'h')
                || lx == 1 && ly == 2 && y.charAt(j) == 's' && y.charAt(j + 1) == 'h';
    }

    /**
     * Whether the Latin word y writes a w the Arabic-script word x has no waw for: the Arabic script writes every w with
     * a waw (و, read "w"; Kurdish and Uyghur's ۆ ۇ read "o", "u"), where its short vowels go unwritten. So فتحي ("fthy",
     * Fathi) is no "FITIWI", نادر ("ndr") no "ANDREW": read by their consonants alone, each was one name. The other way
     * holds no such rule: a written waw is often a long vowel the Latin spelling writes as any vowel ("محمود" ~ "Mahmud").
     * Sources: Wikipedia, "Romanization of Arabic" (w for waw in every system) and "Arabic script" (waw and ya write the
     * long vowels ū, ī and the glides w, y). Ya was left out: a Latin y also writes what no ya does (the French West
     * African "Abdoulaye" for عبد الله), and "ai" a long a, an unwritten ain and a short i (القاعدة "Al-Qaida").
     */
    private static boolean glideUnwritten(String x, String y) {
        return y.indexOf('w') >= 0 && x.indexOf('w') < 0 && x.indexOf('o') < 0 && x.indexOf('u') < 0;
    }

    private static boolean near(int mx, int my) {
        for (int g : NEAR) {
            if ((mx & g) != 0 && (my & g) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The vowel letters waw and ya read as the vowels they write: w as o, u (or w, v: a consonant), y as i, e
     * (or y, j); "qyly" is not "coal", "kyhan" not "khan".
     */
    private static boolean readsAsVowel(char x, char y) {
        return x == 'w' && (y == 'o' || y == 'u') || x == 'y' && (y == 'i' || y == 'e');
    }

    /**
     * A final ya after three consonants or more read as a Latin word's final a, in a word of the Arabic script (Hebrew's
     * yod writes no a: "קשתי" "qshty" is not "Acosta"): Persian and Urdu write the alef maqsura
     * of Arabic names as their ya (ی), which ICU reads y like any ya ("مصطفی" "mstfy" ~ "Mostafa", "مجتبی" "mjtby" ~
     * "Mojtaba", "مرتضی" ~ "Morteza"; persian.org.ua, "Алеф максура в арабських запозиченнях": it looks like ی and is
     * read ā, موسی mussā, مصطفی mostafā; Persian writes a final ya without dots, like the alef maqsura, as Egypt and Sudan
     * write Arabic's: Wiktionary, "ى"). A shorter word is left to its letters: "aly" (علی) is "Ali", not "Ala".
     */
    private static boolean finalYaAsA(String x, int i, String y, int j) {
        return i == x.length() - 1 && j == y.length() - 1 && x.charAt(i) == 'y' && y.charAt(j) == 'a'
                && consonantsBefore(x, i) >= 3;
    }

    /**
     * Whether x's letter i is the first of a vav written twice (וו, "ww"), which in Hebrew is the consonant v: unpointed
     * Hebrew writes a consonant vav inside a word twice, to tell it from the vowel letter (Academy of the Hebrew Language,
     * rules of spelling without vowel points, as Wikipedia, "Ktiv male", gives them). So תקווה "tqwwh" (Tikva) is no
     * "TIKO". The Arabic script writes no letter twice so.
     */
    private static boolean doubledVav(String x, int i) {
        return i + 1 < x.length() && x.charAt(i) == 'w' && x.charAt(i + 1) == 'w' && (i == 0 || x.charAt(i - 1) != 'w');
    }

    /** Alef (a), l, w or y written twice, and a final h or t (he, ta marbuta) after a consonant. */
    private static boolean skippableAbjad(String x, int i) {
        char c = x.charAt(i);
        if (isVowel(c)) {
            return true;
        }
        if (i > 0 && c == x.charAt(i - 1) && (c == 'l' || c == 'w' || c == 'y')) {
            // "allh": the doubled l of Allah, written once in Latin as often as twice; Hebrew writes a consonant yod or
            // vav twice ("hyyt" ~ "hayat"). Any other letter written twice is two consonants (gemination is a shadda,
            // which the reading drops): "mddy" (مددی, Madadi) is not "omidi".
            return true;
        }
        // Not after two consonants alone: "zmh" (צמח, a final het) is not "azem".
        return i == x.length() - 1 && (c == 'h' || c == 't') && consonantsBefore(x, i) >= 3;
    }

    /** Vowels, doubled letters, w and y after a vowel, h at the end after a vowel. */
    private static boolean skippableLatin(String y, int j) {
        char c = y.charAt(j);
        if (isVowel(c)) {
            return true;
        }
        if (j == 0) {
            return false;
        }
        char prev = y.charAt(j - 1);
        if (c == prev) {
            return true;
        }
        if (c == 'w' || c == 'y') {
            return isVowel(prev) && (j + 1 == y.length() || isVowel(y.charAt(j + 1)));   // "aly", "maya"; not "toys"
        }
        return c == 'h' && isVowel(prev) && j + 1 == y.length();   // "sarah", "abdullah"; "mahir" has its h
    }

    /** What the letters s[i, i+len) stand for; 0 when they are no unit. */
    private static int mask(String s, int i, int len, boolean abjad) {
        char a = s.charAt(i);
        if (len == 1) {
            return switch (a) {
                case 'b' -> abjad ? B | V | P : B;
                case 'p' -> P | F;
                case 'f' -> F;
                case 'v' -> V | W | B;
                case 'w' -> W | V;
                case 't' -> abjad ? T | TH : T;
                case 'd' -> abjad ? D | DH | Z : D | DH;
                case 's' -> S | (abjad ? SH : betweenVowels(s, i) ? Z : 0);
                case 'z' -> abjad ? Z | TS : Z | S;
                case 'k' -> K | Q;
                case 'c' -> i + 1 < s.length() && "eiy".indexOf(s.charAt(i + 1)) >= 0 ? K | Q | S : K | Q;
                case 'q' -> abjad ? Q | K | G | GH : Q | K;
                case 'g' -> G | GH;
                case 'x' -> K | X;
                case 'h' -> H;
                case 'j' -> abjad ? J | G | Y : J | Y;
                case 'y' -> Y | J;
                case 'm' -> M;
                case 'n' -> N;
                case 'l' -> L;
                case 'r' -> R;
                default -> 0;
            };
        }
        char b = s.charAt(i + 1);
        if (len == 3) {
            return a == 's' && b == 'c' && s.charAt(i + 2) == 'h' ? SH : 0;
        }
        return switch (a) {
            case 'k' -> b == 'h' ? X | K | H : 0;
            case 'g' -> b == 'h' ? GH | G : 0;
            case 's' -> b == 'h' ? SH | (abjad ? S : 0) : 0;
            case 't' -> b == 'h' ? TH | T | (abjad ? S : 0) : b == 's' || b == 'z' ? TS | S | Z : 0;
            case 'd' -> b == 'h' ? DH | D | (abjad ? Z | TH : 0) : b == 'j' ? J : 0;   // ذ "dh", in the Gulf "th" (ذياب "Thiab")
            case 'c' -> b == 'h' ? CH | X | SH | H | K : b == 'k' ? K : 0;
            case 'p' -> b == 'h' ? F : 0;
            case 'z' -> b == 'h' ? ZH | J : 0;
            default -> 0;
        };
    }

    /**
     * A coarse key that a word and its readings in other scripts share, for the candidate index: consonant
     * classes (b p f v; t d th dh; s z sh ts; k q c g kh gh ch x; j dj zh; m; n; l; r), vowels, w, y and h
     * dropped, a letter doubled in writing once, the article's l before a sun letter and a final t after a
     * consonant (ta marbuta) dropped, c before e, i, y read as s, "sch" as s (German and Yiddish sh):
     * "mohammed", "mhmd" -> "mmt"; "abdurrahman", "bdalrhmn", "abdulrahman" -> "btrmn"; "cohen", "khn" -> "kn".
     */
    static String key(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        int lastEnd = -1;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            if (isVowel(c) || c == 'w' || c == 'y' || c == 'h') {
                continue;
            }
            int start = i;
            char code;
            if (c == 's' && next == 'c' && i + 2 < t.length() && t.charAt(i + 2) == 'h') {
                // German and Yiddish "sch" is one sound, "sh" ("hirsch", הירש "hyrs"), as the reading's cost reads it (SH)
                code = 's';
                i += 2;
                if (sb.length() == 0 || sb.charAt(sb.length() - 1) != code || lastEnd != start) {
                    sb.append(code);
                }
                lastEnd = i + 1;
                continue;
            }
            boolean pair = next == 'h' && "kgcpstdz".indexOf(c) >= 0 || c == 't' && (next == 's' || next == 'z') || c == 'd' && next == 'j'
                    || c == 'c' && next == 'k';
            if (pair) {
                code = switch (c) {
                    case 'k', 'g', 'c' -> 'k';
                    case 'p' -> 'b';
                    case 's', 'z' -> c == 'z' ? 'j' : 's';
                    case 't' -> next == 'h' ? 't' : 's';
                    case 'd' -> next == 'j' ? 'j' : 't';
                    default -> c;
                };
                i++;
            } else {
                if (c == 'l' && i > 0 && isVowel(t.charAt(i - 1)) && next != 0 && "tdszrn".indexOf(next) >= 0) {
                    continue;   // al-r..., ul-r..., ud-d...: the article assimilated or not
                }
                if (c == 't' && next == 0 && i > 0 && !isVowel(t.charAt(i - 1))) {
                    continue;   // ta marbuta: "hmzt" ~ "hamza"
                }
                if (c == 'c' && (next == 'e' || next == 'i' || next == 'y')) {
                    c = 's';    // "lounici"
                }
                code = switch (c) {
                    case 'b', 'p', 'f', 'v' -> 'b';
                    case 't', 'd' -> 't';
                    case 's', 'z' -> 's';
                    case 'k', 'q', 'c', 'g', 'x' -> 'k';
                    default -> c;
                };
            }
            // A letter written twice ("dd", "ss", "tth") is one sound: adjacent letters of one class count once.
            if (sb.length() == 0 || sb.charAt(sb.length() - 1) != code || lastEnd != start) {
                sb.append(code);
            }
            lastEnd = i + 1;
        }
        return sb.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /**
     * Whether the Latin letter at i stands between two vowels: a single s there is said z in French, German, Portuguese
     * and much of English ("Thérèse", "Rose", "Louise"), and an abjad writes a European name by its sound, with zayn
     * (تيريز "tyryz" ~ "Therese", روز ~ "Rose"; Wikipedia, "Voiced alveolar sibilant": French, German and Portuguese
     * intervocalic s).
     */
    private static boolean betweenVowels(String s, int i) {
        return i > 0 && i + 1 < s.length() && isVowel(s.charAt(i - 1)) && isVowel(s.charAt(i + 1));
    }
}
