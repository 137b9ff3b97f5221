package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.InterdictV2.CLOSE;
import static io.interdict.core.match.fuzzy.InterdictV2.FAINT;
import static io.interdict.core.match.fuzzy.WordOpinions.HYPOCORISM;
import static io.interdict.core.match.fuzzy.WordOpinions.READINGS;
import static io.interdict.core.match.fuzzy.WordOpinions.SHORT;
import static io.interdict.core.match.fuzzy.InterdictV2.SPELT_NEAR;
import static io.interdict.core.match.fuzzy.WordOpinions.VOWELLED;
import static io.interdict.core.match.fuzzy.InterdictV2.firstSoundDiffers;
import static io.interdict.core.match.fuzzy.WordOpinions.mandarinSyllables;
import static io.interdict.core.match.fuzzy.InterdictV2.notRead;
import static io.interdict.core.match.fuzzy.WordOpinions.otherGivenNames;
import static io.interdict.core.match.fuzzy.InterdictV2.sameConsonants;
import static io.interdict.core.match.fuzzy.InterdictV2.shortFormOfAFullerName;
import static io.interdict.core.match.fuzzy.WordOpinions.spellings;
import static io.interdict.core.match.fuzzy.Typos.writtenAs;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.TokenKind;

/**
 * interdict-v2's tally of two aligned names' word pairs: how many words pair, how many closely (at least
 * {@link InterdictV2#CLOSE}, or sounding alike), how many loosely (below it, and no known spelling or short form), and,
 * of the loose pairs, how many are another word by each of the rules below, each with its example. The score's
 * {@code weak_anchor}, {@code other_word} and {@code partial_fuzzy} features are worked out from it
 * ({@link #otherWords} for {@code other_word}).
 *
 * @param wordPairs        pairs of two words (not initials, numbers or particles)
 * @param close            of them, spelt alike (at least {@link InterdictV2#CLOSE}) or sounding alike
 * @param loose            pairs below {@link InterdictV2#CLOSE} that are no spelling, short form or related given name;
 *                         and, of a name read from an abjad whose paired words have two consonants or fewer each, the
 *                         pairs their consonants alone make ({@link #shortReadingsOnly})
 * @param looseTypos       of the loose pairs, those that are a typist's slip
 * @param spelledClose     pairs spelt alike (sounding alike aside)
 * @param initialPairs     a person's word paired with an initial
 * @param looseNoTypo      loose pairs of a name read as spelt, or read from an abjad with letters it does not write
 * @param otherLatin       Latin words two or more edits from their pair, in other consonants: another name
 * @param otherLatinFar    of them, three or more edits apart
 * @param otherSyllables   two Chinese given names' syllables that differ
 * @param otherGiven       in Latin text, two frequent given names of two lines of {@code given-name-spellings.tsv}, three
 *                         edits or more apart ({@link WordOpinions#otherGivenNames}: "Hussein" ~ "Hassan")
 * @param otherAcross      words read from an alphabet in another consonant class
 * @param otherAgainstList against a list, words that an exact spelling makes another word (a Han reading, a Vietnamese
 *                         syllable, an alphabet's first sound)
 * @param otherReading     compared pairwise, words of a Han name none of its readings spells, or from an alphabet with
 *                         another first sound
 * @param exactReadings    whether the names are a person's written in Han compared pairwise: its readings are exact
 */
record WordPairTally(int wordPairs, int close, int loose, int looseTypos, int spelledClose, int initialPairs,
                     int looseNoTypo, int otherLatin, int otherLatinFar, int otherSyllables, int otherGiven, int otherAcross,
                     int otherAgainstList, int otherReading, boolean exactReadings) {

    /**
     * The tally of the pairs {@code pairOf} makes of {@code a}'s tokens with {@code b}'s ({@code ma}, {@code mb}: each
     * token's similarity to its pair, 0 unpaired), for the query {@code q} and candidate {@code c}; {@code list} null
     * when compared pairwise, {@code syllables} when the query is written in Vietnamese orthography.
     */
    static WordPairTally of(ScoringName q, ScoringName c, Side a, Side b, int[] pairOf, double[] ma, double[] mb,
                            boolean[] typo, InterdictV2.ListContext list, boolean person, boolean across,
                            TokenAlignment.PairOpinion opinion, boolean syllables, int unpairedWordsA, int unpairedWordsB) {
        int n = a.size();
        int wordPairs = 0;
        int close = 0;
        int loose = 0;
        // Of the loose pairs, those that are a typist's slip; and the words paired closely as spelt (sounding alike aside).
        int looseTypos = 0;
        int spelledClose = 0;
        int initialPairs = 0;
        int looseNoTypo = 0;
        int otherLatin = 0;
        int otherLatinFar = 0;
        int otherSyllables = 0;
        int otherGiven = 0;
        int otherAcross = 0;
        // A name read from another script as spelt (the exact romanisations of Hangul and Han, a name written in
        // another script on both sides): a word paired loosely is another syllable, no typist's slip. Not a
        // transliteration against a Latin spelling: alphabets are romanised many ways ("Уладзімір" ~ "Vladimir",
        // labelled the same), abjads by consonants; nor Latin text, where a loose pair may be a slip or a variant
        // the labelled pairs call the same ("Abiyot" ~ "Abiy", "Khaja" ~ "Khan").
        boolean spelt = across && (opinion == SHORT || opinion == READINGS);
        boolean abjadOpinion = WordOpinions.abjad(opinion);
        // Compared pairwise, a person's name written in Han characters: its readings are the romanisations themselves
        // (ScriptReadings in each system, FittedReading in every spelling names are written in), so a word none of them
        // spells is another character, another name, however alike it sounds ("刘志强" zhiqiang ~ "Liu Zhigang", "韓智媛"
        // jiwon ~ "Han Ji-woo", "郭红梅" guohongmei ~ "Guo Hongmin"). Not kana nor Hangul, which also write foreign
        // names by sound (バラク・オバマ "baraku obama" ~ "Barack Obama"); not a company, whose Latin name is a brand.
        ScoringName foreignSide = q.prepared.transliterated() ? q : c;
        boolean hanExact = person && opinion == READINGS
                && (foreignSide.hanReading || CrossScript.han(foreignSide.prepared.original()));
        boolean exactReadings = list == null && hanExact;
        // Against a list, words another word by a spelling that is exact: a Han reading's, a Vietnamese syllable's, an
        // alphabet's first sound (counted below, each with its example).
        int otherAgainstList = 0;
        int otherReading = 0;
        // Cyrillic writes each first sound with letters of its own in every romanisation (CyrillicFirstSounds).
        boolean cyrillic = opinion == VOWELLED && CrossScript.cyrillic(foreignSide.prepared.original());
        // Read from an abjad, a word of two consonants or fewer pairs by its consonants with many Latin words ("as" ~
        // "essa", "dn" ~ "dona", "gyla" ~ "agila"): where every word of the name is so short, a pair its consonants
        // alone make is loose for the partial-name rule, though close for the others ("גילה אסא" ~ "ESSA, Agila Saleh",
        // "אלי דהן" ~ "DANAEI KENARSARI, Ali"; not "سید ابراهیم رئیسی" ~ "RAISI, Ebrahim", whose "abrahym" has four).
        boolean shortReadings = abjadOpinion && shortReadingsOnly(q, a, b, pairOf);
        for (int i = 0; i < n; i++) {
            if (pairOf[i] < 0) {
                continue;
            }
            if (a.kind[i] == TokenKind.WORD && b.kind[pairOf[i]] == TokenKind.INITIAL
                    || a.kind[i] == TokenKind.INITIAL && b.kind[pairOf[i]] == TokenKind.WORD) {
                // A person's surname against a middle initial ("beier" ~ "B." in "Geoffrey B. Roose") is loose;
                // in a company's name an initial is a shortened word ("F.lli" ~ "Fratelli"), and a letter alone
                // read from another script is no initial. A Latin initial is one whatever script its pair was read
                // from ("Валентина Виноградова" ~ "VINOGRADOVA, Natalya V.", "Росен Runte" ~ "David R. Rosen").
                // So is it in a name of no schema shaped as a person's: no legal form nor business word on either side
                // ("Julie Colin" ~ "Colin J. Devellerez", a list that gives no schema).
                boolean initialRead = a.kind[i] == TokenKind.INITIAL ? q.prepared.transliterated() : c.prepared.transliterated();
                initialPairs += (person || personShaped(q, a) && personShaped(c, b)) && (!across || !initialRead) ? 1 : 0;
                continue;
            }
            if (a.kind[i] != TokenKind.WORD || b.kind[pairOf[i]] != TokenKind.WORD) {
                continue;
            }
            wordPairs++;
            // Sounding alike matters only below CLOSE: skip the edit distance of close pairs.
            boolean soundAlike = ma[i] < CLOSE && a.phonetic[i] != null && a.phonetic[i].equals(b.phonetic[pairOf[i]])
                    && a.text[i].charAt(0) == b.text[pairOf[i]].charAt(0)
                    && TokenSimilarity.editRatio(a.text[i], b.text[pairOf[i]]) >= SPELT_NEAR;
            if (ma[i] < CLOSE && !soundAlike && !typo[i] && (spelt && !sameConsonants(a.text[i], b.text[pairOf[i]]) || syllables)) {
                looseNoTypo++;
            }
            // Read from an abjad, a word only the Latin spelling pairs is written with other letters ("amam" ~ "aman": m
            // is no n; "malk" ~ "mall"). Below FAINT the pair is a guess the reading may be too strict for (a final ta
            // marbuta after two consonants: "asamt" ~ "osama"), and the coverage already says little.
            if (ma[i] < CLOSE && ma[i] >= FAINT && abjadOpinion
                    && notRead(opinion, a.text[i], a.kind[i], b.text[pairOf[i]], b.kind[pairOf[i]])) {
                looseNoTypo++;
            }
            // In Latin text, a word two or more edits from its pair, neither a typo, a spelling nor sounding alike, and
            // differing in its consonants, beside one close word, is a different name: a shared given name with another
            // family name ("Teodoro Barcas" ~ "Teodoro VARGAS"). One edit stays a possible slip; glued runs are left
            // out ("mohammadali" ~ "mohammad ali al" is the glueing's, not a name's).
            if (ma[i] < CLOSE && !soundAlike && !typo[i] && !across
                    && (!sameConsonants(a.text[i], b.text[pairOf[i]]) || otherGivenNames(a.text[i], b.text[pairOf[i]]))
                    && TokenSimilarity.osaWithin(a.text[i], b.text[pairOf[i]], 1) > 1
                    && writtenAs(a.text[i], q) && writtenAs(b.text[pairOf[i]], c)
                    && !PatronymicSuffix.sameName(a.text[i], b.text[pairOf[i]])
                    && !ShortForms.related(a.text[i], b.text[pairOf[i]])) {
                otherLatin++;
                otherLatinFar += TokenSimilarity.osaWithin(a.text[i], b.text[pairOf[i]], 2) > 2 ? 1 : 0;
            }
            // Two frequent given names of the table, each a line of its own ("Khalid Abdullah Hussein" ~ "Khalid Abdullah
            // Hassan", both written so): another person's name whatever agrees beside it, as a Chinese syllable is below.
            if (ma[i] < CLOSE && !typo[i] && !across && otherGivenNames(a.text[i], b.text[pairOf[i]])
                    && writtenAs(a.text[i], q) && writtenAs(b.text[pairOf[i]], c)) {
                otherGiven++;
            } else if (ma[i] < CLOSE && !typo[i] && !across && afterAbd(a, i, b, pairOf)
                    && TokenSimilarity.osaWithin(a.text[i], b.text[pairOf[i]], 1) > 1) {
                // So is the name after an Abd- both write, two edits or more apart ("Abdul Malik" ~ "Abd al-Khaliq", two
                // brothers' names): the Abd- agrees in every such name, the name of God after it is the given name. One
                // edit stays a slip ("ABDUL HKQ" ~ "ABDUL HAQ").
                otherGiven++;
            }
            if (ma[i] < CLOSE && !typo[i] && !across && person && mandarinSyllables(q) && mandarinSyllables(c)
                    && ChineseGivenName.otherSyllable(a.text[i], b.text[pairOf[i]])
                    && ChineseGivenName.syllablesOnly(a) && ChineseGivenName.syllablesOnly(b)) {
                // Two Chinese given names that share a syllable and differ in the other ("Xi Jinping" ~ "Xi Jinlong") are
                // two names, however many words agree beside them, as two names apart would be ("Lee Kuan Yew" ~ "Lee
                // Kuan Hsien", labelled different).
                otherSyllables++;
            }
            // Compared pairwise, a word read from another script (not an abjad's: its consonants leave the vowels open,
            // and notRead above judges its letters) that differs from its pair in a consonant class, two or more edits
            // apart, is another word; one close word beside it makes a shared given name with another family name
            // ("Νίκος Καζαντζάκης" ~ "Nikos Kazantzidis", OtherReading). Against a list too, read from an alphabet (not
            // an abugida's looser reading: "बाजपेयी" bajpeyi ~ "Bajpai"), beside one close word, as Latin text's otherLatin
            // is ("Николай Павлов" ~ "PANKOV, Nikolay", as "Nikolay Pavlov" is not).
            if (across && !abjadOpinion && (list == null || opinion == VOWELLED) && ma[i] < CLOSE && !soundAlike
                    && OtherReading.differs(a.text[i], b.text[pairOf[i]])) {
                otherAcross++;
            }
            if (exactReadings && ma[i] < CLOSE && !typo[i] && !sameConsonants(a.text[i], b.text[pairOf[i]])) {
                otherReading++;
            }
            // Against a list, a word of a Han reading that no reading of its characters spells, vowels and all ("时烨华"
            // shi yehua ~ "SHI, Yuhua": 烨 is ye, 玉 yu; "望月翔" wang yuexiang ~ "WANG, Exiang"): the search read the
            // query as each candidate spells it too (FittedReading), so a loose pair left is another character.
            if (list != null && hanExact && ma[i] < CLOSE && !typo[i]) {
                otherAgainstList++;
            }
            // So is a syllable of a query in Vietnamese orthography that is not the list's, its marks folded: every
            // vowel is written ("Hoàng Phùng" ~ "Phong HOANG": phung is not phong), and syllables written apart are not
            // one word ("Tăng Hồ", glued "tangho", ~ "TANGO").
            if (syllables && ma[i] < 1.0) {
                otherAgainstList++;
            }
            // An alphabet writes a word's first sound (CrossScript): a word read from Cyrillic, Armenian or Georgian
            // paired loosely with a Latin word that starts with another letter is another word ("смирнов" ~ "Mirnov";
            // from Cyrillic, "беспалов" ~ "Posobilov").
            if (opinion == VOWELLED && ma[i] < CLOSE && !soundAlike && (cyrillic
                    ? CyrillicFirstSounds.differ(a.text[i], b.text[pairOf[i]]) : firstSoundDiffers(a.text[i], b.text[pairOf[i]]))) {
                if (list == null) {
                    otherReading++;
                } else {
                    otherAgainstList++;   // against a list too ("Мария Громова" ~ "Mariya LOMOVA")
                }
            }
            // Close: spelt alike, or sounding alike, spelt nearly alike, from the same first letter ("mahmood" ~
            // "mahmoud"; not "pradhana" ~ "burton", both PRTN, nor "brjesa" ~ "burgess"); "andrew" ~ "andres" is neither.
            if (ma[i] >= CLOSE || soundAlike) {
                close++;
            }
            // A given name and its other language's form or short form, by the tables (ShortForms: "mykola" ~
            // "nikolay", "dmytro" ~ "dmitry"), are one name, not a loose guess, when all the fuller name has besides is
            // one patronymic, which the usual short form leaves out ("Dmytro Firtash" ~ "FIRTASH, Dmitry Vasilyevich");
            // other words left over may be another name's ("Lisa Donna Lloyd" ~ "DONA ELISA"; shortFormOfAFullerName
            // above for middle names).
            if (ma[i] < CLOSE && !(typo[i] && spellings(a.text[i], b.text[pairOf[i]]))
                    && !(person && shortFormOfAFullerName(a, ma, unpairedWordsA, i, b, mb, unpairedWordsB, pairOf[i]))
                    && !(person && ma[i] >= HYPOCORISM && a.kind[i] == TokenKind.WORD
                    && (unpairedWordsA == 0 && unpairedWordsB == 1 || unpairedWordsB == 0 && unpairedWordsA == 1)
                    && ShortForms.related(a.text[i], b.text[pairOf[i]])
                    && (unpairedWordsA == 0 ? SlavicPatronymic.leftOut(b, mb) : SlavicPatronymic.leftOut(a, ma)))) {
                // For partial names, spelling decides: "kayla" ~ "kelly" sound alike, and are two names; so are "lisa" ~
                // "elisa", one edit apart; another romanisation of the same word is the same word ("masud" ~ "masood").
                loose++;
                looseTypos += typo[i] ? 1 : 0;
            } else if (shortReadings && ma[i] >= CLOSE && ma[i] <= CrossScript.SAME_CONSONANTS) {
                loose++;
            }
            spelledClose += ma[i] >= CLOSE ? 1 : 0;
        }
        return new WordPairTally(wordPairs, close, loose, looseTypos, spelledClose, initialPairs, looseNoTypo, otherLatin,
                otherLatinFar, otherSyllables, otherGiven, otherAcross, otherAgainstList, otherReading, exactReadings);
    }

    /** Whether the abjad side's words paired with words of the other side all have two consonants or fewer
     *  ({@link ConsonantReading#consonants}: "as", "dn", "gyla", "aly", "khn"), and there is such a pair. */
    private static boolean shortReadingsOnly(ScoringName q, Side a, Side b, int[] pairOf) {
        boolean any = false;
        for (int i = 0; i < a.size(); i++) {
            if (pairOf[i] < 0 || a.kind[i] != TokenKind.WORD || b.kind[pairOf[i]] != TokenKind.WORD) {
                continue;
            }
            any = true;
            if (ConsonantReading.consonants(q.prepared.transliterated() ? a.text[i] : b.text[pairOf[i]]) > 2) {
                return false;
            }
        }
        return any;
    }

    /**
     * How many words are another word than their pair ({@code other_word}), against a list ({@code againstList}) or
     * compared pairwise; {@code faint}: the short words paired only as a two-edit typo, which {@code faint_pair}
     * counts; none beside a {@code weakAnchor}.
     */
    int otherWords(boolean againstList, int faint, boolean weakAnchor) {
        // Read from another script, half a name agrees and the other half is another word that does not sound
        // alike nor differs in vowels only ("홍지우" hong jiu ~ "QIU, Hong": jiu~qiu 0.67; not "ヤマダ タロウ"
        // tarou ~ "Taro"): below three close words.
        // Against a list only, like lone_word_loose: among 69,000 names such a half is mostly chance; a pairwise
        // comparison's prior is a likely pair.
        int otherWords = againstList && close > 0 && close < 3 && !weakAnchor ? Math.max(0, looseNoTypo - faint) : 0;
        otherWords = Math.max(otherWords, againstList && close < 3 && !weakAnchor ? otherAgainstList - faint : 0);
        // Latin text: beside one close word only (more agreeing words make a slip on top of a spelling likelier:
        // "sayyitd" ~ "sayyed" in a name of five words).
        otherWords += againstList && close == 1 && !weakAnchor ? Math.max(0, otherLatin - faint) : 0;
        // Compared pairwise, without a list to say how rare the name is, two edits may be a slip on a spelling
        // ("Keir Starkey" ~ "Keir Starmer", "Abiyot" ~ "Abiy" are labelled the same person); three are another word:
        // a shared given name with another family name ("Mohammed Shamsuddin" ~ "Mohammed Shahabuddin").
        otherWords += !againstList && close == 1 && !weakAnchor ? Math.max(0, otherLatinFar - faint) : 0;
        // Read from another script, compared pairwise: the same beside one or two close words ("Narendra Modak", "Ravi
        // Prakash Mehra" for रवि प्रकाश मिश्रा): no typist wrote the reading, so the slip that Latin text allows beside two
        // close words is the Latin side's alone, and one edit stays allowed for it (OtherReading).
        otherWords += !againstList && close >= (exactReadings ? 0 : 1) && close <= 2 && !weakAnchor
                ? Math.max(0, Math.max(otherAcross, otherReading) - faint) : 0;
        // Read from an alphabet (Cyrillic, Greek, Armenian, Georgian), against a list: as Latin text, beside one close word.
        otherWords += againstList && close == 1 && !weakAnchor ? Math.max(0, otherAcross - faint) : 0;
        // Two Chinese given names a syllable apart, beside any number of close words, pairwise or not; counted once with
        // the rules above.
        otherWords = Math.max(otherWords, !weakAnchor ? otherSyllables : 0);
        // Two frequent given names of the table, likewise.
        otherWords = Math.max(otherWords, !weakAnchor ? otherGiven : 0);
        return otherWords;
    }

    /** Whether side a's word i and the other side's word it pairs with each follow an Abd- of a compound name
     *  ({@code given-name-spellings.tsv}'s Abdul line, or "abd"), the two Abd- paired together. */
    private static boolean afterAbd(Side a, int i, Side b, int[] pairOf) {
        int j = pairOf[i];
        return i > 0 && j > 0 && pairOf[i - 1] == j - 1 && abd(a.text[i - 1]) && abd(b.text[j - 1]);
    }

    private static boolean abd(String w) {
        return w.equals("abd") || "abdul".equals(io.interdict.core.names.NameVariants.givenName(w));
    }

    /** Whether a name of no organisation's schema has neither a legal form nor a business word: shaped as a person's. */
    private static boolean personShaped(ScoringName n, Side s) {
        if (n.schema().isOrganization() || n.legal.length > 0) {
            return false;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.kind[i] == TokenKind.GENERIC || s.kind[i] == TokenKind.NUMBER) {
                return false;
            }
        }
        return true;
    }
}
