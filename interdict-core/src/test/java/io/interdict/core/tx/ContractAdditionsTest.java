package io.interdict.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.measure.TxKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 2026 additions to the transaction contract: new kinds, device_owner, ISO 3166-2 jurisdictions. */
class ContractAdditionsTest {
    private final TransactionParser parser = new TransactionParser();

    private ParsedLine json(String extra, String kind, String jurisdiction) {
        return parser.parseJson("{\"id\":\"a\",\"date\":\"2026-03-01\",\"kind\":\"" + kind + "\",\"jurisdiction\":\"" + jurisdiction
                + "\",\"parties\":[{\"name\":\"TikTok\"}]" + extra + "}", 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"securities_purchase", "securities_sale", "software_update"})
    void theNewKindsParse(String kind) {
        ParsedLine p = json("", kind, "US");
        assertThat(p.error()).isNull();
        assertThat(p.transaction().kind().wire()).isEqualTo(kind);
    }

    @Test
    void deviceOwnerIsOptionalAndClosed() {
        assertThat(json("", "app_use", "US").transaction().deviceOwner()).isNull();
        assertThat(json(",\"device_owner\":\"government\"", "app_use", "US").transaction().deviceOwner()).isEqualTo("government");
        assertThat(json(",\"device_owner\":\"private\"", "app_use", "US").transaction().deviceOwner()).isEqualTo("private");
        assertThat(json(",\"device_owner\":\"army\"", "app_use", "US").error())
                .isEqualTo("line 7: field 'device_owner': 'army' is not one of [government, private]");
        assertThat(json(",\"device_owner\":1", "app_use", "US").error()).contains("field 'device_owner': expected a string");
    }

    @Test
    void jurisdictionTakesSubdivisions() {
        assertThat(json("", "app_use", "us-mt").transaction().jurisdiction()).isEqualTo("US-MT");
        assertThat(json("", "app_use", "US-ZZ").error()).contains("field 'jurisdiction': 'US-ZZ' is not an ISO 3166-2 subdivision of US");
    }

    @Test
    void csvHasADeviceOwnerColumnAndOldHeadersStayValid() {
        List<String> old = List.of("id", "date", "kind", "jurisdiction", "party_name");
        assertThat(TransactionParser.checkHeader(old)).isNull();
        ParsedLine p = parser.parseCsv(old, List.of("a", "2023-06-01", "app_use", "US-MT", "TikTok"), 2);
        assertThat(p.transaction().jurisdiction()).isEqualTo("US-MT");
        assertThat(p.transaction().deviceOwner()).isNull();
        List<String> cols = List.of("id", "date", "kind", "jurisdiction", "party_name", "device_owner");
        assertThat(TransactionParser.checkHeader(cols)).isNull();
        ParsedLine q = parser.parseCsv(cols, List.of("b", "2023-06-01", "app_use", "GB", "TikTok", "government"), 3);
        assertThat(q.transaction().deviceOwner()).isEqualTo("government");
        assertThat(parser.parseCsv(cols, List.of("c", "2023-06-01", "app_use", "GB", "TikTok", "gov"), 4).error())
                .contains("field 'device_owner'");
    }

    @Test
    void withKnownAtKeepsEveryOtherField() {
        Transaction t = json(",\"device_owner\":\"government\"", "software_update", "US-MT").transaction();
        Transaction k = t.withKnownAt(java.time.LocalDate.parse("2026-01-20"));
        assertThat(k.knownAt()).hasToString("2026-01-20");
        assertThat(k.deviceOwner()).isEqualTo("government");
        assertThat(k.kind()).isEqualTo(TxKind.SOFTWARE_UPDATE);
        assertThat(k.jurisdiction()).isEqualTo("US-MT");
    }
}
