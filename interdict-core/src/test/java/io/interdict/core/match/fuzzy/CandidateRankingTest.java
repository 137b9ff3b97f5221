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
    void aWholeNameKeyIsTheHashOfItsText() {
        for (String name : List.of("Hassan", "HASSAN, Ali", "Ali Hassan Trading LLC", "Kaveh Cutting Tools Co Ltd", "G-PEOPLE")) {
            ScoringName n = ScoringName.of(name, Schema.UNKNOWN);
            assertThat(CandidateIndex.wholeNameKey(n)).as(name).isEqualTo(CandidateIndex.hash('=', CandidateIndex.wholeName(n), -1));
        }
    }
}
