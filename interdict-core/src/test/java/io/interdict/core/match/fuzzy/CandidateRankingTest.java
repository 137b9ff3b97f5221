package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the candidate index ranks the names a query's words reach, before its cut. */
class CandidateRankingTest {
    private static final List<String> PLACES = List.of("benghazi", "derna", "tunisia", "yemen", "libya", "sirte", "misrata",
            "tobruk", "sabratha", "ajdabiya", "bayda", "kufra", "ghat", "zawiya", "marj", "sebha", "zliten", "gharyan");

    @Test
    void aNameSpeltAsTheQueryOutranksNamesOnlyAVariantKeyReaches() {
        // "charia" reaches "sharia" by a deletion key ("haria"); both words are alike by their rarity, as is every name
        // here by "ansar" and "al": the name spelt as the query, listed last, must still make the cut.
        List<ScoringName> names = new ArrayList<>();
        for (String place : PLACES) {
            names.add(ScoringName.of("Ansar al Sharia " + place, Schema.ORGANIZATION));
        }
        names.add(ScoringName.of("Ansar al Charia", Schema.ORGANIZATION));
        int spelt = names.size() - 1;
        CandidateIndex index = CandidateIndex.build(names, true);
        ScoringName query = ScoringName.of("Ansar al Charia", Schema.UNKNOWN);
        assertThat(names.size()).isGreaterThan(16);
        int[] first = index.candidates(query, 16, null);
        assertThat(first).hasSize(16);
        assertThat(first[0]).isEqualTo(spelt);
        // the second time, the words' hits come from those kept for recent queries: ranked alike
        assertThat(index.candidates(query, 16, null)).containsExactly(first);
    }

    @Test
    void aNameThatIsTheQueryWordForWordIsAlwaysACandidate() {
        // "hassan" is in every name here, each alike by its rarity: the names that are the query (in any order of their
        // words) rank first, listed last or not
        List<ScoringName> names = new ArrayList<>();
        for (String place : PLACES) {
            names.add(ScoringName.of("Hassan " + place, Schema.PERSON));
            names.add(ScoringName.of("Ali Hassan " + place, Schema.PERSON));
        }
        names.add(ScoringName.of("HASSAN", Schema.PERSON));
        names.add(ScoringName.of("HASSAN, Ali", Schema.PERSON));
        CandidateIndex index = CandidateIndex.build(names, true);
        assertThat(index.candidates(ScoringName.of("Hassan", Schema.UNKNOWN), 16, null)[0]).isEqualTo(names.size() - 2);
        assertThat(index.candidates(ScoringName.of("Ali Hassan", Schema.UNKNOWN), 16, null)[0]).isEqualTo(names.size() - 1);
        assertThat(index.candidates(ScoringName.of("Hassan Ali", Schema.UNKNOWN), 16, null)[0]).isEqualTo(names.size() - 1);
    }

    @Test
    void aNameThatSoundsAsTheWholeQueryOutranksNamesThatOnlyHoldAWordLikeIt() {
        // "hizbollah" reaches every name here alike by its keys (a deletion, the skeleton or the phonetic code): the
        // names of more words, listed first, would fill the cut; the one that sounds as the query, written otherwise
        // ("HIZBALLAH"), goes before them, and before the spelling that has other words too
        List<ScoringName> names = new ArrayList<>();
        for (String place : PLACES) {
            names.add(ScoringName.of("Hezbollah " + place + " Brigade", Schema.ORGANIZATION));
        }
        names.add(ScoringName.of("HIZBALLAH", Schema.ORGANIZATION));
        int alone = names.size() - 1;
        CandidateIndex index = CandidateIndex.build(names, true);
        assertThat(index.candidates(ScoringName.of("Hizbollah", Schema.UNKNOWN), 16, null)[0]).isEqualTo(alone);
        // the key is of the words' sounds, in any order, and of none for a name of many words
        assertThat(IndexKeys.wholeSoundKey(ScoringName.of("Hezbollah", Schema.UNKNOWN)))
                .isEqualTo(IndexKeys.wholeSoundKey(ScoringName.of("HIZBALLAH", Schema.UNKNOWN)));
        assertThat(IndexKeys.wholeSoundKey(ScoringName.of("Ali Hassan", Schema.UNKNOWN)))
                .isEqualTo(IndexKeys.wholeSoundKey(ScoringName.of("HASAN, Aly", Schema.UNKNOWN)))
                .isNotEqualTo(IndexKeys.wholeSoundKey(ScoringName.of("Ali Hassan Trading", Schema.UNKNOWN)));
        assertThat(IndexKeys.wholeSoundKey(ScoringName.of("Ali Hassan Ahmed Mahmoud", Schema.UNKNOWN))).isZero();
    }

    @Test
    void aWholeNameKeyIsTheHashOfItsText() {
        for (String name : List.of("Hassan", "HASSAN, Ali", "Ali Hassan Trading LLC", "Kaveh Cutting Tools Co Ltd", "G-PEOPLE")) {
            ScoringName n = ScoringName.of(name, Schema.UNKNOWN);
            assertThat(IndexKeys.wholeNameKey(n)).as(name).isEqualTo(IndexKeys.hash('=', IndexKeys.wholeName(n), -1));
        }
    }

    /** Arabic adjectives of origin, one per listed name written in Arabic. */
    private static final List<String> NISBAS = List.of("الليبي", "المصري", "اليمني", "السوري", "العراقي", "التونسي",
            "المغربي", "السوداني", "الكويتي", "القطري", "البحريني", "العماني", "الأردني", "اللبناني", "الفلسطيني",
            "الجزائري", "الصومالي", "الموريتاني");

    /** Names written in Arabic that hold the query's words, each also listed in Latin with more words, and the
     *  query's Latin spelling alone, listed last. */
    private static List<ScoringName> muhammadAlis() {
        List<ScoringName> names = new ArrayList<>();
        for (String nisba : NISBAS) {
            names.add(ScoringName.of("محمد علي " + nisba, Schema.PERSON));
        }
        for (int i = 0; i < PLACES.size(); i++) {
            names.add(ScoringName.of("Muhammad Ali " + PLACES.get(i) + " " + PLACES.get((i + 1) % PLACES.size()), Schema.PERSON));
        }
        names.add(ScoringName.of("ALI, Muhammad", Schema.PERSON));
        return names;
    }

    @Test
    void aQueryReadFromAnotherScriptLeavesHalfItsCutToLatinNames() {
        // "محمد علي" is spelt "mhmd ly" by every name written in Arabic, rare among the names, and reaches the Latin ones
        // only by consonant keys they all share: the names in its script would fill the cut
        List<ScoringName> names = muhammadAlis();
        CandidateIndex index = CandidateIndex.build(names, true);
        int[] cut = index.candidates(ScoringName.of("محمد علي", Schema.UNKNOWN), 16, null);
        assertThat(cut).hasSize(16);
        long inScript = java.util.Arrays.stream(cut).filter(id -> names.get(id).prepared.transliterated()).count();
        assertThat(inScript).isEqualTo(8);
        // among the Latin names, alike by the words they share, the one of fewest words first
        int latinFirst = java.util.Arrays.stream(cut).filter(id -> !names.get(id).prepared.transliterated()).findFirst().getAsInt();
        assertThat(latinFirst).isEqualTo(names.size() - 1);
    }

    @Test
    void aCompiledIndexCutsAsTheIndexItWasWrittenFrom() {
        List<ScoringName> names = muhammadAlis();
        CandidateIndex built = CandidateIndex.build(names, true);
        io.interdict.core.codec.Encoder out = new io.interdict.core.codec.Encoder();
        built.write(out);
        CandidateIndex read = CandidateIndex.read(new io.interdict.core.codec.Decoder(java.nio.ByteBuffer.wrap(out.toByteArray())), true);
        ScoringName query = ScoringName.of("محمد علي", Schema.UNKNOWN);
        assertThat(read.candidates(query, 16, null)).containsExactly(built.candidates(query, 16, null));
    }

    @Test
    void theNamesInTheQuerysScriptFillTheCutWhereLatinNamesAreFew() {
        List<ScoringName> names = new ArrayList<>();
        for (String nisba : NISBAS) {
            names.add(ScoringName.of("محمد علي " + nisba, Schema.PERSON));
        }
        names.add(ScoringName.of("ALI, Muhammad", Schema.PERSON));
        CandidateIndex index = CandidateIndex.build(names, true);
        assertThat(index.candidates(ScoringName.of("محمد علي", Schema.UNKNOWN), 16, null)).hasSize(16).contains(names.size() - 1);
    }

    @Test
    void aLatinQuerysNamesOfOneRankKeepTheListsOrder() {
        List<ScoringName> names = new ArrayList<>();
        for (String place : PLACES) {
            names.add(ScoringName.of("Hamid Karimi " + place + " " + place, Schema.PERSON));
        }
        names.add(ScoringName.of("Hamid Karimi Zawiya", Schema.PERSON));
        int[] cut = CandidateIndex.build(names, true).candidates(ScoringName.of("Hamid Karimi", Schema.UNKNOWN), 4, null);
        assertThat(cut).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aSearchInArabicFindsTheLatinSpellingAmidNamesWrittenInArabic() {
        List<io.interdict.core.entity.Entity> listed = new ArrayList<>();
        int n = 0;
        for (ScoringName name : muhammadAlis()) {
            listed.add(FuzzyMatcherTest.person("x:" + n++, name.prepared.original()));
        }
        FuzzyMatcher m = new FuzzyMatcher(listed, io.interdict.core.match.MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = m.search("محمد علي", null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("x:" + (n - 1));
        assertThat(hits.get(0).match()).isTrue();
    }
}
