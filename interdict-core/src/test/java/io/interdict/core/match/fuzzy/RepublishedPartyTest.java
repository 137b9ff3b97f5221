package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A word's frequency in the lists counts a party once, however many lists republish it (interdict-v2): three lists
 * writing two brothers "Varenko TOLSHARI" and "Idrik TOLSHARI" do not make "tolshari" a word six parties hold, which
 * would leave "Vorenko", another spelling of one brother's common given name, resting on common words only (as "Mounir
 * Chouka" for the UN's, the UK's and OFAC's "Monir CHOUKA"). Six different people
 * of that family name in one list still do. Own names.
 */
class RepublishedPartyTest {
    private static Entity person(String id, String... names) {
        List<Name> ns = new ArrayList<>();
        ns.add(Name.primary(names[0]));
        for (int i = 1; i < names.length; i++) {
            ns.add(Name.alias(names[i]));
        }
        return new Entity(id, EntityKind.PERSON, ns, List.of(), List.of(), Map.of(), false, null);
    }

    /** Enough other people that the common share's floor ({@link FuzzyMatcher#COMMON_MIN}) decides what is common; five
     *  of them named "Vorenko", a given name as common as that floor. */
    private static List<Entity> others() {
        List<Entity> out = new ArrayList<>();
        String[] vorenkos = {"QUILLAN", "DRASKE", "MERROW", "PALLISTER", "ORWENDE"};
        for (int i = 0; i < vorenkos.length; i++) {
            out.add(person("un:v" + i, "Vorenko " + vorenkos[i]));
        }
        String[] given = {"Arvel", "Brisko", "Calder", "Dunmir", "Estran", "Fenwick", "Galdor", "Hestin"};
        String[] family = {"QUARNE", "RISTOV", "SELWARD", "TANNICK", "ULMERTH", "VOSKARD", "WENTHAM", "YARDLOW"};
        for (int i = 0; i < given.length; i++) {
            out.add(person("un:o" + i, given[i] + " " + family[i]));
        }
        return out;
    }

    @Test
    void twoBrothersListedThriceAreTwoHoldersOfTheirFamilyName() {
        List<Entity> listed = new ArrayList<>(others());
        for (String list : List.of("un", "uk", "ofac")) {
            listed.add(person(list + ":1", list.equals("ofac") ? "TOLSHARI, Varenko" : "Varenko TOLSHARI"));
            listed.add(person(list + ":2", list.equals("ofac") ? "TOLSHARI, Idrik" : "Idrik TOLSHARI"));
        }
        FuzzyMatcher m = new FuzzyMatcher(listed, MatchSettings.DEFAULTS, InterdictV2.NAME);
        SearchHit hit = SearchExpectations.findsFirst(m, "Vorenko TOLSHARI", "ofac:1");
        assertThat(hit.explanation().features()).noneMatch(f -> f.name().equals("common_words_only"));
    }

    @Test
    void sixPeopleOfOneFamilyNameInOneListMakeItCommon() {
        List<Entity> listed = new ArrayList<>(others());
        String[] given = {"Varenko", "Idrik", "Mostel", "Pardin", "Qelvan", "Sorvik"};
        for (int i = 0; i < given.length; i++) {
            listed.add(person("ofac:" + i, "TOLSHARI, " + given[i]));
        }
        FuzzyMatcher m = new FuzzyMatcher(listed, MatchSettings.DEFAULTS, InterdictV2.NAME);
        List<SearchHit> hits = m.search("Vorenko TOLSHARI", null, 5);
        assertThat(hits).filteredOn(h -> h.entityId().equals("ofac:0")).allSatisfy(h -> {
            assertThat(h.explanation().features()).anyMatch(f -> f.name().equals("common_words_only"));
            assertThat(h.score()).isLessThan(SearchExpectations.REVIEW);
        });
    }

    @Test
    void aKoreanOrChineseSyllableKeepsItsCountOverEntities() {
        assertThat(IndexBuilder.eastAsianSyllable("chul")).isTrue();
        assertThat(IndexBuilder.eastAsianSyllable("wen")).isTrue();
        assertThat(IndexBuilder.eastAsianSyllable("tolshari")).isFalse();
        Map<String, Integer> parties = new java.util.HashMap<>(Map.of("chul", 3, "tolshari", 2));
        assertThat(IndexBuilder.syllablesByEntity(parties, Map.of("chul", 6, "tolshari", 6)))
                .containsEntry("chul", 6).containsEntry("tolshari", 2);
    }

    @Test
    void namesakesOfOneListAreNotJoinedByTheirNameAlone() {
        ScoringName a = ScoringName.known(io.interdict.core.names.NamePipeline.standard()
                .prepare("Kim Chol", io.interdict.core.names.Schema.PERSON), new java.util.HashMap<>());
        ScoringName[] names = {a, a, a};
        // entities 0 and 1 in list 0, entity 2 in list 1: the other list's copy joins the first of them only
        assertThat(IndexBuilder.republished(names, new int[]{0, 1, 2}, new int[]{0, 0, 1}, 3)).containsExactly(0, 1, 0);
        // two namesakes of one list, no other list: two parties
        assertThat(IndexBuilder.republished(names, new int[]{0, 1, 1}, new int[]{0, 0}, 2)).containsExactly(0, 1, 1);
    }
}
