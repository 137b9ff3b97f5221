package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.InterdictV2.CLOSE;
import static io.interdict.core.match.fuzzy.InterdictV2.COMPANY_PERSON;
import static io.interdict.core.match.fuzzy.InterdictV2.INSERTED_WORD;
import static io.interdict.core.match.fuzzy.InterdictV2.LEGAL_COUNTRIES;
import static io.interdict.core.match.fuzzy.InterdictV2.PLACE_EXTRA;
import static io.interdict.core.match.fuzzy.InterdictV2.VESSEL_LETTER;
import static io.interdict.core.match.fuzzy.InterdictV2.VESSEL_PLURAL;

import io.interdict.core.match.fuzzy.TokenAlignment.Side;
import io.interdict.core.names.LegalFormCountries;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;
import java.util.List;

/**
 * interdict-v2's features of what a name says of the kind of party it names: a company's business words, numbers and
 * legal forms, the country a subsidiary names, the words one company of a family of names adds to another's, a
 * vessel's plural and letter, and a name written as a company's against a person's or a vessel's. Each is a penalty,
 * 0 where it does not apply; most apply only when two names are compared pairwise (is this the same entity?), as a
 * search keeps a subsidiary or a sister company of a listed one a hit to review.
 *
 * @param business  {@code business_word_extra}: generic business words on one side only
 * @param number    {@code number_extra}: numbers on one side only
 * @param legal     {@code legal_form_mismatch}: legal forms of different families
 * @param place     {@code place_extra}: a country named on one side only ({@code placeName})
 * @param placeName the country {@code place} names, or null
 * @param inserted  {@code word_inserted}: an organisation's word of its own between words both names share
 * @param appended  {@code word_appended}: an organisation's words of its own before or after them
 * @param plural    {@code vessel_plural}: a vessel's word against its plural
 * @param letter    {@code vessel_letter}: a vessel's own final letter paired as the initial of the other's word
 * @param company   {@code other_kind_of_party}: a name written as a company's against a person's or a vessel's
 * @param countries {@code legal_form_countries}: legal forms of two countries' company law, none common to both
 */
record OrganisationFeatures(double business, double number, double legal, double place, String placeName, double inserted,
                            double appended, double plural, double letter, double company, double countries) {

    /**
     * The features of query {@code q} against candidate {@code c}, aligned as {@code pairOf} pairs {@code a}'s tokens
     * with {@code b}'s; {@code list} null when compared pairwise; {@code missA}, {@code missB}: each side's unpaired
     * weight; {@code unpairedWordsA}, {@code unpairedWordsB}: each side's unpaired words.
     */
    static OrganisationFeatures of(ScoringName q, ScoringName c, Side a, Side b, int[] pairOf, double[] ma, double[] mb,
                                   InterdictV2.ListContext list, boolean person, boolean across, double missA, double missB,
                                   int unpairedWordsA, int unpairedWordsB) {
        // Against a list, a company named by its own words, spelt as listed, meets its listed name with business words the
        // query does not write ("Huawei" ~ "HUAWEI TECHNOLOGIES CO., LTD."): the brand, or a subsidiary sanctions reach
        // too, a hit to review. Not the query's own business words against a bare listed name ("Herman Shipping Ltd" ~
        // "HERMANN", a vessel): synthetic companies flagged 0.49 % -> 0.72 % with them (`companies`, seed 7), 0.52 %
        // without. Compared pairwise the words still weigh against (is it the same company?); so they do across
        // scripts, where a reading's words meet a listed name's by coincidence.
        // Compared pairwise, a brand written bare, no legal form nor business word, against a name that carries a form
        // ("Hikvision" ~ "Hangzhou Hikvision Digital Technology Co., Ltd.", "Sberbank" ~ "Public Joint Stock Company
        // Sberbank of Russia"): the company's own name written in full, its business words and country with the form,
        // which a brand drops together (as word_appended lets "Lufthansa" ~ "Deutsche Lufthansa Aktiengesellschaft"
        // be). Two names that both carry a form, or neither, still differ by such words ("Siemens AG" ~ "Siemens Energy
        // AG", "Alfa-Bank" ~ "Alfa-Bank (Ukraine)"). Derived from the own organisation pairs' brands (tuning).
        boolean bareQuery = list == null && !person && !across && q.legal.length == 0 && c.legal.length > 0
                && unpairedWordsA == 0 && brandWord(a, ma) && pairedClosely(ma);
        boolean bareCandidate = list == null && !person && !across && c.legal.length == 0 && q.legal.length > 0
                && unpairedWordsB == 0 && brandWord(b, mb) && pairedClosely(mb);
        double business = 0.0;
        if (!person) {
            int listedExtra = InterdictV1.extraGeneric(b, mb, missA);
            boolean brand = listedExtra > 0 && list != null && !across && pairedClosely(ma);
            business = -InterdictV1.BUSINESS_WORD_EXTRA * Math.max(bareCandidate ? 0 : InterdictV1.extraGeneric(a, ma, missB),
                    brand || bareQuery ? 0 : listedExtra);
        }
        boolean org = q.schema().isOrganization() || c.schema().isOrganization();
        double number = org && !person ? -InterdictV1.NUMBER_EXTRA * Math.max(
                InterdictV1.extraNumbers(a, ma, b, mb), InterdictV1.extraNumbers(b, mb, a, ma)) : 0.0;
        double legal = InterdictV1.legalMismatch(q.legal, c.legal) && !eastAsianFormInEnglish(q, c)
                ? -InterdictV1.LEGAL_FORM_MISMATCH : 0.0;
        // A subsidiary names its country: an organisation's word run left unpaired that is a country's name. Compared
        // pairwise only (is this the same entity?): in a search a subsidiary of a listed company stays a hit to review,
        // as sanctions reach the companies a listed one owns (OFAC's 50 percent rule).
        boolean places = list == null && org && !person && !across;
        String placeA = places && !bareCandidate ? OrganisationWords.unpairedCountry(a, ma) : null;
        String placeB = places && !bareQuery ? OrganisationWords.unpairedCountry(b, mb) : null;
        String place = placeA != null ? placeA : placeB;
        double placeExtra = place != null ? -PLACE_EXTRA : 0.0;
        // Compared pairwise, an organisation's name with a word of its own inside it, between words both names share, the
        // other name whole: another company of the same family of names ("L & H Sweden AB" ~ "L & H Mendez Sweden AB"),
        // not the same name with a qualifier before or after it ("Sindh Agro Chemicals Ltd, Sukkur Branch"). Across
        // scripts, only a word of the Latin name, the name read from the other script whole: a reading may hold words its
        // English name leaves out ("El Al Israel Airlines"), but an English name's own word between words both share is
        // another body's (北京大学 "北京 university" ~ "Beijing Normal University").
        boolean latinA = !q.prepared.transliterated();
        boolean latinB = !c.prepared.transliterated();
        boolean inserted = list == null && org && !person && placeExtra == 0
                && (unpairedWordsB == 0 && (!across || latinA) && !OrganisationWords.unpairedGeneric(b, mb)
                        && OrganisationWords.insertedWord(a, ma)
                || unpairedWordsA == 0 && (!across || latinB) && !OrganisationWords.unpairedGeneric(a, ma)
                        && OrganisationWords.insertedWord(b, mb));
        double insertedExtra = inserted ? -INSERTED_WORD : 0.0;
        // So is one with a word of its own after the words both share, written straight on, the other name whole: a
        // company of the same family ("Nestlé S.A." ~ "Nestlé Waters S.A.", "BNP Paribas" ~ "BNP Paribas Fortis"). Not a
        // qualifier set off by a bracket or a comma ("Muheza Sisal Estates Ltd (Korogwe Branch)", "MV Fraternité des Mers,
        // port d'Abidjan"), nor a vessel's name (a vessel is renamed, not founded as a subsidiary). Nor where one name
        // carries a legal form and the other none: the words may be that legal form, written in words the table does not
        // hold ("Tisza Kereskedelmi Kft." ~ "... Korlátolt Felelősségű Társaság"); appendedWords leaves out the words of
        // a legal form misspelt ("Joynt Stock Company") and initialisms ("Q.P.S.C."). Such a form is words of the name
        // without one, and more than one, or an abbreviation: a single word of its own there of six letters or more is
        // the name's ("Bank of China Limited" ~ "Central Bank of China"), a shorter one may be a form the table lacks
        // ("IOOO SLAVKALI", Belarus's foreign limited liability company). Words of the name that carries the form are
        // not counted: a brand drops them with the form ("Lufthansa" ~ "Deutsche Lufthansa Aktiengesellschaft").
        boolean formsAlike = (q.legal.length == 0) == (c.legal.length == 0);
        boolean appended = list == null && org && !person && !across && placeExtra == 0 && !inserted && business == 0
                && q.schema() != Schema.VESSEL && c.schema() != Schema.VESSEL
                && (unpairedWordsB == 0 && unpairedWordsA > 0 && !OrganisationWords.unpairedGeneric(b, mb)
                        && (formsAlike || q.legal.length == 0 && OrganisationWords.oneLongWord(a, ma, unpairedWordsA))
                        && OrganisationWords.ownWordsOutside(a, ma, q.prepared.original())
                || unpairedWordsA == 0 && unpairedWordsB > 0 && !OrganisationWords.unpairedGeneric(a, ma)
                        && (formsAlike || c.legal.length == 0 && OrganisationWords.oneLongWord(b, mb, unpairedWordsB))
                        && OrganisationWords.ownWordsOutside(b, mb, c.prepared.original()));
        double appendedExtra = appended ? -INSERTED_WORD : 0.0;
        // Compared pairwise, two vessels' names whose words pair as a word and its plural: sister ships of one owner
        // ("Espoir d'Abidjan" ~ "Espoirs d'Abidjan"), not one ship's name misspelt, which a letter elsewhere would be.
        int plurals = list == null && (OrganisationWords.vessel(q) || OrganisationWords.vessel(c))
                ? OrganisationWords.plurals(a, b, pairOf) : 0;
        double plural = -VESSEL_PLURAL * plurals;
        // A vessel's name ending in a letter of its own, paired as the initial of the other's word: a letter owners put
        // after a ship's name ("Eagle S", "Evangelia S"), no initial of another ship's word ("Eagle Star"), nor of a
        // person's family name against a list ("Lynn Schuhaj" ~ the vessel "LYNN S"). Not a letter with a full stop, an
        // initial of a person a ship is named after ("Akademik M. Lavrentyev").
        // (the ending letter first: it is asked of every candidate a search scores, and a vessel's prefix is a pattern)
        double letter = OrganisationWords.endingLetterAsInitial(q, c, a, b, pairOf)
                && (OrganisationWords.vessel(c) || OrganisationWords.vessel(q)) ? -VESSEL_LETTER : 0.0;
        // A name written as a company's, a legal form beginning or ending it, names no person nor vessel ("Zulkarnain
        // LLC" ~ "ZULKARNAIN", a person's alias; "ООО Владимир" ~ "VLADIMIR"; "Viana S.A." ~ the vessel "VIANA"): another
        // kind of party. Not where the other name reads a form too ("Ao Wei" ~ "AO, Wei").
        // Compared pairwise as two vessels' names, one written as a company's is the ship's owner or manager, not the ship
        // ("Orient Pearl" ~ "Orient Pearl Navigation Co., Ltd.", "KAPITAN GUSEYNOV" ~ "Kapitan Guseynov Shipping Ltd"): a
        // ship's name holds no legal form.
        boolean vessels = list == null && q.schema() == Schema.VESSEL && c.schema() == Schema.VESSEL;
        // So is a query whose own business words are left over before or after the words it pairs with a listed person's
        // name ("Santoso Group" ~ "SANTOSO", "Nicolas Petroleum and Sons" ~ "NICOLAS", a person's alias): a company named
        // after a person. Not a query said to be a person's, nor a listed vessel ("Herman Shipping" ~ the vessel
        // "HERMANN" may be its owner), nor a word between the person's words, which names no company.
        double company = q.legal.length > 0 && c.legal.length == 0 && (vessels || otherKind(c) && !otherKind(q))
                && writtenAsCompany(q, c)
                || c.legal.length > 0 && q.legal.length == 0 && (vessels || otherKind(q) && !otherKind(c)) && writtenAsCompany(c, q)
                || q.legal.length == 0 && c.legal.length == 0 && c.schema().isPerson() && !q.schema().isPerson()
                && InterdictV1.extraGeneric(a, ma, missB) > 0 && businessWordsOutside(a, ma)
                ? -COMPANY_PERSON : 0.0;
        // Compared pairwise, one name with the legal forms of two countries' company law, no country common to both:
        // the same family's company in another country ("Wieczorek Machine Works GmbH" ~ "... Sp. z o.o."). English
        // forms a company anywhere may be written with (Ltd, LLC, Inc.) tell no country.
        double countries = list == null && org && !person && !q.schema().isPerson() && !c.schema().isPerson()
                && LegalFormCountries.disjoint(q.prepared.original(), c.prepared.original()) ? -LEGAL_COUNTRIES : 0.0;

        return new OrganisationFeatures(business, number, legal, placeExtra, place, insertedExtra, appendedExtra, plural,
                letter, company, countries);
    }

    /** Whether every business word side x leaves unpaired stands before its first paired token or after its last. */
    private static boolean businessWordsOutside(Side x, double[] mx) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < x.size(); i++) {
            if (mx[i] > 0) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        for (int i = first + 1; i < last; i++) {
            if (mx[i] == 0 && x.kind[i] == TokenKind.GENERIC) {
                return false;
            }
        }
        return first >= 0;
    }

    /** A person or a vessel: a party no legal form names. */
    private static boolean otherKind(ScoringName s) {
        return s.schema().isPerson() || s.schema() == Schema.VESSEL;
    }

    /**
     * Whether a name is written as a company's: a legal form begins or ends it ("Zulkarnain LLC", "ООО Владимир"), not
     * a form among its words ("Mohamed Ltd Amin"), nor a two-letter form written without stops, which may be a
     * syllable of a name ("KIM CHOL SA", Tuareg "GHALI IYAD AG"), nor a form the other name writes as a word.
     */
    static boolean writtenAsCompany(ScoringName s, ScoringName other) {
        if (s.legal.length == 0) {
            return false;
        }
        List<io.interdict.core.names.Token> tokens = s.prepared.tokens();
        String[] raw = s.prepared.original().strip().split("\\s+");
        boolean first = tokens.get(0).kind() == TokenKind.LEGAL && !syllableLike(raw[0]);
        boolean last = tokens.get(tokens.size() - 1).kind() == TokenKind.LEGAL && !syllableLike(raw[raw.length - 1]);
        if (!first && !last) {
            return false;
        }
        for (String form : s.legal) {
            for (int i = 0; i < other.size(); i++) {
                if (other.text[i].equals(form)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Two letters or fewer and no full stop: a form so written may be a syllable of a name. Not two capitals of
     *  another script than Latin ("АО Даниил", Ukrainian "АТ"): the Korean and Chinese syllables the rule is for ("KIM CHOL SA",
     *  "AO, Wei") are read from Latin lists, and Cyrillic writes them in lower case after the first letter ("Ао"). */
    private static boolean syllableLike(String word) {
        int letters = 0;
        int otherCapitals = 0;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch == '.') {
                return false;
            }
            letters += Character.isLetter(ch) ? 1 : 0;
            otherCapitals += Character.isUpperCase(ch) && Character.UnicodeScript.of(ch) != Character.UnicodeScript.LATIN ? 1 : 0;
        }
        return letters <= 2 && !(letters == 2 && otherCapitals == 2);
    }

    /** Whether side x is a brand alone: a word of its own paired alike with the other side's, and no business word
     *  ("Persepolis Bank" is already a company's name, which "Persepolis Bank International PLC" may be another's). */
    private static boolean brandWord(Side x, double[] mx) {
        boolean brand = false;
        for (int i = 0; i < x.size(); i++) {
            if (x.kind[i] == TokenKind.GENERIC) {
                return false;
            }
            brand |= x.kind[i] == TokenKind.WORD && mx[i] >= 1.0;
        }
        return brand;
    }

    /** Whether every word of a side that is paired is paired at {@link InterdictV2#CLOSE} or more. */
    private static boolean pairedClosely(double[] m) {
        for (double v : m) {
            if (v > 0 && v < CLOSE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The company forms written in Han or Hangul, and the English forms their companies' English names write for
     * them, whichever the form: none is a legal-form mismatch.
     * <ul>
     *   <li>Japanese 株式会社 (or (株)): "Many Japanese companies translate the phrase 株式会社 in their name as Co., Ltd. while
     *   others use ... Corporation or Incorporated" (Wikipedia, "Kabushiki gaisha", as piglix.com/piglix/Kabushiki_Gaisha
     *   keeps it): ソニー株式会社 ~ "Sony Corporation".</li>
     *   <li>Chinese 有限公司, 股份有限公司, 公司: 有限公司 "might adopt 'Corporation' (Corp.) or 'Incorporated' (Inc.)" beside
     *   Ltd. (eliositaly.com/post/7670.html); China's largest companies write "China Construction Bank Corporation", "SAIC
     *   Motor Corporation Limited", "PetroChina Company Limited" (m.tftnews.com/news4161393, their English names from the
     *   companies' own sites); 股份有限公司 "Co., Ltd." or "Inc." (m.studyofnet.com/219800257.html).</li>
     *   <li>Korean 주식회사: its English name writes "'Co., Ltd.', 'Corp.', 'Inc.'" (blog.k-startbiz.org, "영문 상호를 정하는
     *   방법").</li>
     * </ul>
     */
    private static final java.util.Set<String> CJK_FORMS_IN_ENGLISH = java.util.Set.of("inc", "ltd", "co");

    /** Whether one name's legal form is written in Han or Hangul and every legal form of the other is one English
     *  writes for it ({@link #CJK_FORMS_IN_ENGLISH}). */
    static boolean eastAsianFormInEnglish(ScoringName q, ScoringName c) {
        return eastAsianForm(q) && CJK_FORMS_IN_ENGLISH.containsAll(java.util.Arrays.asList(c.legal))
                || eastAsianForm(c) && CJK_FORMS_IN_ENGLISH.containsAll(java.util.Arrays.asList(q.legal));
    }

    /** Whether the name as written holds a company form in Han or Hangul (legal_forms.csv's, or (株)). */
    private static boolean eastAsianForm(ScoringName n) {
        String o = n.prepared.original();
        if (o == null || !io.interdict.core.names.Words.hasHanOrHangul(o)) {
            return false;
        }
        if (o.contains("(株)") || o.contains("（株）")) {
            return true;
        }
        for (String form : EAST_ASIAN_FORMS) {
            if (o.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /** legal_forms.csv's forms written in Han or Hangul. */
    private static final java.util.List<String> EAST_ASIAN_FORMS = io.interdict.core.names.WordLists.SCRIPT_LEGAL_FORMS
            .stream().map(java.util.Map.Entry::getKey).filter(io.interdict.core.names.Words::hasHanOrHangul).toList();
}
