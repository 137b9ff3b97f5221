package io.interdict.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the publishers' set links two lists' entries: by what they say besides the names, never by the names. */
class PublishersEvaluationTest {
    private static Entity entry(String id, String name, List<Identifier> ids, String remark) {
        return new Entity(id, EntityKind.PERSON, List.of(Name.primary(name)), ids, List.of(),
                remark == null ? Map.of() : Map.of("remarks", List.of(remark)), false, null);
    }

    @Test
    void aDocumentOneEntryOfEachListGivesLinksThem() {
        List<Entity> lists = List.of(
                entry("ofac-sdn:1", "TARVELL, Ormand", List.of(new Identifier("passport", "A-1234567")), null),
                entry("uk-hmt:9", "Ormand TARVEL", List.of(new Identifier("passport", "Passport No: A1234567 (issued 2001)")), null),
                // the same number given by two entries of one list tells nothing of which is which
                entry("un-sc:QDi.001", "Kesper HOLM", List.of(new Identifier("passport", "7654321")), null),
                entry("un-sc:QDi.002", "Varn HOLM", List.of(new Identifier("passport", "7654321")), null),
                entry("ofac-sdn:2", "HOLM, Kesper", List.of(new Identifier("passport", "7654321")), null),
                // a short number names no document
                entry("ofac-sdn:3", "PRASK, Ivel", List.of(new Identifier("national_id", "12345")), null),
                entry("uk-hmt:10", "Ivel PRASK", List.of(new Identifier("national_id", "12345")), null));
        assertThat(PublishersEvaluation.links(lists)).containsExactly(
                new PublishersEvaluation.Link("ofac-sdn:1", "uk-hmt:9", "document A1234567"));
    }

    @Test
    void theUkListsUnReferenceLinksItsEntryToTheUnOne() {
        List<Entity> lists = List.of(
                entry("un-sc:QDi.096", "MOUSSA BEN OMAR BEN ALI ESSAADI", List.of(), null),
                entry("uk-hmt:7798", "Moussa Ben Omar Ben Ali ESSAADI", List.of(),
                        "UN Ref QDi.96. Associated with the Tunisian Fighting Group."),
                entry("uk-hmt:7799", "Someone ELSE", List.of(), "UN Ref QDi.999 (no such entry)"));
        assertThat(PublishersEvaluation.links(lists)).containsExactly(
                new PublishersEvaluation.Link("uk-hmt:7798", "un-sc:QDi.096", "UN reference"));
    }

    @Test
    void onePartysEntriesFallInOneHalf() {
        List<PublishersEvaluation.Link> links = List.of(
                new PublishersEvaluation.Link("ofac-sdn:5", "uk-hmt:7", "x"),
                new PublishersEvaluation.Link("uk-hmt:7", "un-sc:QDi.010", "x"),
                new PublishersEvaluation.Link("ofac-sdn:6", "uk-hmt:8", "x"));
        Map<String, String> party = PublishersEvaluation.parties(links);
        assertThat(party.get("un-sc:QDi.010")).isEqualTo("ofac-sdn:5");
        assertThat(party.get("uk-hmt:7")).isEqualTo("ofac-sdn:5");
        assertThat(party.get("uk-hmt:8")).isEqualTo("ofac-sdn:6");
    }

    @Test
    void aSpellingSharesAWordWithTheOthersNameAnUnknownAliasNone() {
        assertThat(PublishersEvaluation.words("CHOUKA, Mounir")).containsExactlyInAnyOrder("chouka", "mounir");
        // short words (particles, "Abu") are no shared word
        assertThat(PublishersEvaluation.words("Abu AL-LIBI")).containsExactly("libi");
    }

    @Test
    void onlyLatinNamesAreAsked() {
        assertThat(PublishersEvaluation.latin("Saadi QADHAFI")).isTrue();
        assertThat(PublishersEvaluation.latin("محمد الأمين العربي كشلاف")).isFalse();
        assertThat(PublishersEvaluation.latin("123")).isFalse();
    }
}
