package io.interdict.lists.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.lists.common.EntityBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Remark items as OFAC writes them (taken from the 2021-07 SDN file) and what each becomes. */
class OfacRemarksTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Passport 1084010 (Egypt)                                                   | passport:1084010
            alt. Passport 19820215                                                     | passport:19820215
            Vessel Registration Identification IMO 9187629                             | imo:9187629
            MMSI 572469210                                                             | mmsi:572469210
            Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h          | crypto:12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h
            alt. Digital Currency Address - ETH 0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c | crypto:0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c
            SWIFT/BIC BNACCUHH                                                         | bic:BNACCUHH
            Registration ID 1025000653930                                              | registration:1025000653930
            Tax ID No. 5003021311 (Russia)                                             | tax_id:5003021311
            National ID No. 23250460642 (Pakistan)                                     | national_id:23250460642
            Aircraft Manufacturer's Serial Number (MSN) 1023409321                     | aircraft_msn:1023409321
            Website mrg.gazprom.ru                                                     | domain:mrg.gazprom.ru
            Email Address k.seleznev@mrg.gazprom.ru                                    | email:k.seleznev@mrg.gazprom.ru
            """)
    void identifierItems(String item, String expected) {
        EntityBuilder e = new EntityBuilder("ofac-sdn:1").name("X", io.interdict.core.entity.NameStrength.PRIMARY);
        OfacRemarks.item(item.strip(), e);
        assertThat(e.build().identifiers()).extracting(Object::toString).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a.k.a. 'BNC'             | BNC
            f.k.a. 'ALPHA'           | ALPHA
            a.k.a. 'CHAPORI, Petit'  | CHAPORI, Petit
            """)
    void weakAliases(String item, String weak) {
        EntityBuilder e = new EntityBuilder("ofac-sdn:1").name("X", io.interdict.core.entity.NameStrength.PRIMARY);
        OfacRemarks.item(item.strip(), e);
        Entity built = e.build();
        assertThat(built.names()).anySatisfy(n -> {
            assertThat(n.value()).isEqualTo(weak);
            assertThat(n.strength()).isEqualTo(io.interdict.core.entity.NameStrength.WEAK_ALIAS);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            DOB 19 Jun 1951               | birth_date  | 19 Jun 1951
            POB Giza, Egypt               | birth_place | Giza, Egypt
            Gender Male                   | gender      | Male
            Linked To: HIZBALLAH          | linked_to   | HIZBALLAH
            nationality Iran              | nationality | Iran
            """)
    void facts(String item, String key, String value) {
        EntityBuilder e = new EntityBuilder("ofac-sdn:1").name("X", io.interdict.core.entity.NameStrength.PRIMARY);
        OfacRemarks.item(item.strip(), e);
        assertThat(e.build().attributes().get(key)).containsExactly(value);
    }
}
