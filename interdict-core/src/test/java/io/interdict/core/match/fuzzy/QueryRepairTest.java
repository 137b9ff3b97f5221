package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fallback reading of a query whose words the lists do not know. */
class QueryRepairTest {
    static final Predicate<String> KNOWN = Set.of("mehrez", "mahmoud", "sassi", "amdouni", "akhund", "kaveh", "cutting", "tools",
            "sundus", "ghafur", "duri", "izzat", "ibrahim", "koti", "first", "oil", "jv", "mate", "cesar", "fay", "wei",
            "aden")::contains;

    static String read(String query) {
        return QueryRepair.reading(ScoringName.of(query, Schema.UNKNOWN), KNOWN, s -> ScoringName.of(s, Schema.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "MEHREZ BNE MAHMOUD BEN SASSI AL-AMDOUNI|mehrez bin mahmoud bin sassi al amdouni",   // a particle transposed
        "Sundus Ebd Al-Ghafur|sundus abd al ghafur",                                           // a particle misspelt
        "KAVEH CUTTING TOOLS COM PANY|KAVEH CUTTING TOOLS COMPANY",                            // a word split in two
        "MOHAMMAD HASSAN AKH UND|MOHAMMAD HASSAN AKHUND",                                      // ...whose half is a stopword
        "IZZAT IBRAHIM AF-DURI|IZZAT IBRAHIM al-DURI",                                         // the article misspelt
        "FIRST OIL JV CO TLD|first oil jv ltd co",                                             // a short legal form misspelt
        "ANNI OFADEN|anni of aden",                                                            // a left half a stopword: still split
        "WEISS ADEN|wei ss aden",                                                              // a right one before a word
    })
    void misspeltSmallWordsAndSplitWordsAreRead(String query, String expected) {
        assertThat(read(query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays as written")
    @CsvSource({
        "Thea Fay",      // "thea" is one edit from "the", but the reading would leave the lone word "fay"
        "Bod Mate",      // "bod" ~ "abd": the same
        "Cesar Mus",     // "mus" ~ a stopword: the same
        "Tan Go",        // two pieces of one word in a name of two: a lone word
        "KOTI CORP",     // nothing misspelt
        "Anni Weiss",    // "wei" + the stopword "ss": a stopword does not end a name
    })
    void aReadingNeverLeavesALoneWordOrInventsRepairs(String query) {
        assertThat(read(query)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "MEHREZ SASSI KINT|-",                      // "kint" ~ "bint": a linking particle never ends a name
        "MEHREZ SASSI GOULD|-",                     // "gould" ~ "ould"
        "MEHREZ SASSI LUND|-",                      // "lund" ~ "und": a stopword neither
        "MEHREZ KINT SASSI|mehrez bint sassi",      // before a word it may stand
        "MEHREZ SASSI SHEIPH|mehrez sassi sheikh",  // a title that is a family name too ends names ("EL SHEIKH")
    })
    void theLastWordIsReadAsASmallWordOnlyWhereOneMayEndAName(String query, String expected) {
        assertThat(read(query)).isEqualTo(expected.equals("-") ? null : expected);
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        "MEHREZ BNE MAHMOUD BEN SASSI AL-AMDOUNI|un-sc:QDi.92",
        "KAVEH CUTTING TOOLS COM PANY|un-sc:IRe.34",
        "IZZAT IBRAHIM AF-DURI|un-sc:IQi.6",
    })
    void theRepairedReadingFindsTheListedName(String query, String expected) {
        List<Entity> list = List.of(
                entity("un-sc:QDi.92", EntityKind.PERSON, "MEHREZ BEN MAHMOUD BEN SASSI AL-AMDOUNI"),
                entity("un-sc:IRe.34", EntityKind.ORGANIZATION, "KAVEH CUTTING TOOLS COMPANY"),
                entity("un-sc:IQi.6", EntityKind.PERSON, "IZZAT IBRAHIM AL-DURI"));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search(query, null, 3)).anyMatch(h -> h.entityId().equals(expected) && h.match());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "KOTI COPR|koti corp",
        "KOTI Stas|koti sas",
    })
    void aMisspeltLegalFormIsReadEvenWhereItLeavesALoneWord(String query, String expected) {
        assertThat(read(query)).isEqualTo(expected);
    }

    @Test
    void theLoneWordBesideARepairedLegalFormIsOneTheListsHold() {
        // "sakina" is no listed word: reading its neighbour as a legal form would be a second slip beside the first.
        assertThat(read("Sakina Stas")).isNull();
        List<Entity> list = List.of(entity("bis:1", EntityKind.ORGANIZATION, "VELKOR, JSC"));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Belkor Stas", null, 3)).noneMatch(SearchHit::match);
        assertThat(m.search("Velkor Stas", null, 3)).anyMatch(SearchHit::match);
    }

    @Test
    void aReadingOfNothingButSmallWordsAndALegalFormIsNoName() {
        // A person's name read as a person's (its "sa" a word, not the legal form S.A.): "dao" is one edit from the
        // particle "das", and "das sa", prepared as any name, is a particle and a legal form, no word left to match.
        assertThat(QueryRepair.reading(ScoringName.of("Dao Sa", Schema.PERSON), KNOWN,
                s -> ScoringName.of(s, Schema.UNKNOWN))).isNull();
        List<Entity> list = List.of(entity("un-sc:QDi.222", EntityKind.PERSON, "Dass"));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Đào Sa", null, 3)).noneMatch(SearchHit::match);
    }

    @Test
    void aLegalFormSlipOneListedNameMakesIsStillASlip() {
        // "ldt" is held once by the lists (a slip of their own): known, but not widely; read as the legal form.
        Predicate<String> known = w -> KNOWN.test(w) || w.equals("ldt") || w.equals("machanga");
        Predicate<String> widely = w -> !w.equals("ldt") && known.test(w);
        assertThat(QueryRepair.reading(ScoringName.of("MACHANGA LDT", Schema.UNKNOWN), known, widely,
                s -> ScoringName.of(s, Schema.UNKNOWN))).isEqualTo("machanga ltd");
        // Held widely, a word is a word: no repair.
        assertThat(QueryRepair.reading(ScoringName.of("MACHANGA LDT", Schema.UNKNOWN), known, known,
                s -> ScoringName.of(s, Schema.UNKNOWN))).isNull();
    }

    @Test
    void aLegalFormReadByRepairMeetsOnlyListedNamesWithALegalForm() {
        List<Entity> list = List.of(
                entity("un-sc:QDe.168", EntityKind.ORGANIZATION, "KOTI CORP"),
                entity("p:1", EntityKind.PERSON, "SAKINA"));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("KOTI COPR", null, 3)).anyMatch(h -> h.entityId().equals("un-sc:QDe.168") && h.match());
        // Read "sakina sas", it is the lone word "sakina": a company's reading, and the listed name has no legal form.
        assertThat(m.search("Sakina Stas", null, 3)).noneMatch(SearchHit::match);
    }

    @Test
    void aRepairedReadingAlsoCountsWhereItScoresAboveWhatTheQueryAsWrittenMatched() {
        // As written, "AL MOURABIT OUN" meets OFAC's spelling (glued, 0.96); read "al mourabitoun", the UN's at 1.0, which
        // a fallback tried only when nothing matched never found.
        List<Entity> list = List.of(
                entity("ofac-sdn:16446", EntityKind.ORGANIZATION, "AL-MURABITOUN"),
                entity("un-sc:QDe.141", EntityKind.ORGANIZATION, "AL MOURABITOUN"),
                entity("x:1", EntityKind.ORGANIZATION, "KAVEH CUTTING TOOLS COMPANY"));
        FuzzyMatcher m = new FuzzyMatcher(list, MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = m.search("AL MOURABIT OUN", null, 5);
        assertThat(hits).anyMatch(h -> h.entityId().equals("ofac-sdn:16446") && h.match());
        assertThat(hits).anyMatch(h -> h.entityId().equals("un-sc:QDe.141") && h.score() == 1.0);
        // a query that matches as written and has nothing to repair finds as before
        assertThat(m.search("KAVEH CUTTING TOOLS COMPANY", null, 5)).extracting(SearchHit::entityId).containsExactly("x:1");
    }

    static Entity entity(String id, EntityKind kind, String name) {
        return new Entity(id, kind, List.of(Name.primary(name)), List.of(), List.of(), Map.of(), false, null);
    }
}
