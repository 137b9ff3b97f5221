package io.interdict.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The optional party fields dob and nationality (JSON, and party_dob / party_nationality in CSV). */
class PartyTraitsInputTest {
    static List<ParsedLine> read(String text) {
        List<ParsedLine> out = new ArrayList<>();
        new TransactionInput(new StringReader(text), TransactionInput.Format.AUTO, TransactionInput.DEFAULT_MAX_LINE)
                .forEachRemaining(out::add);
        return out;
    }

    static String tx(String partyExtra) {
        return "{\"id\":\"tx-1\",\"date\":\"2021-03-01\",\"kind\":\"payment\",\"jurisdiction\":\"US\","
                + "\"parties\":[{\"name\":\"Zhang Lei\",\"country\":\"CN\"" + partyExtra + "}]}";
    }

    @Test
    void jsonPartiesCarryBirthDateAndNationality() {
        Party p = read(tx(",\"dob\":\"1960-01-01\",\"nationality\":\"cn\"")).get(0).transaction().parties().get(0);
        assertThat(p.traits().birthDates()).containsExactly("1960-01-01");
        assertThat(p.traits().nationalities()).containsExactly("CN");
        assertThat(p.scoredTraits().countries()).containsExactly("CN");
    }

    @Test
    void withoutThemAPartyHasNoTraits() {
        assertThat(read(tx("")).get(0).transaction().parties().get(0).traits().isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        ",\"dob\":\"01/02/1960\"     | field 'parties[0].dob': '01/02/1960' is not a date",
        ",\"dob\":\"1960-02-31\"     | field 'parties[0].dob': '1960-02-31' is not a valid date",
        ",\"nationality\":\"China\"  | field 'parties[0].nationality': 'China' is not an ISO 3166 alpha-2 country code",
        ",\"dob\":1960               | field 'parties[0].dob': expected a string",
    })
    void badValuesNameTheField(String extra, String message) {
        ParsedLine p = read(tx(extra)).get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.error()).contains(message);
    }

    @Test
    void csvColumns() {
        String csv = "id,date,kind,jurisdiction,party_name,party_dob,party_nationality\n"
                + "t1,2021-03-01,payment,US,Zhang Lei,1960,CN\n"
                + "t2,2021-03-01,payment,US,Zhang Lei,1960,XX\n";
        List<ParsedLine> lines = read(csv);
        assertThat(lines.get(0).transaction().parties().get(0).traits().birthDates()).containsExactly("1960");
        assertThat(lines.get(1).error()).contains("party.nationality");
    }
}
