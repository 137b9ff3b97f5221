package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePipelineTest {
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Siemens Aktiengesellschaft | Company | siemens jsc",
        "OAO Gazprom | Company | jsc gazprom",
        "Open Joint Stock Company Gazprom | Company | jsc gazprom",
        "FABERLIC EUROPE Sp. z o.o. | Company | faberlic europe ltd",
        "Samsung Electronics Co., Ltd. | Company | samsung electronics ltd",
        "沧澜远洋航运有限公司 | Company | canglanyuanyanghangyun ltd",
        "支付宝 | Company | zhifubao",
        "ООО \"АЯС 2000\" | Company | ltd ayas 2000",
        "Mr. Recep Tayyip Erdoğan | Person | recep tayyip erdogan",
        "Frost, William W. | Person | william w frost",
        "Brigade Forty-Four | Organization | brigade 44",
        "Blackstone Capital Partners VII L.P. | Company | blackstone capital partners 7 lp",
        "Kaiyo Maru No. 8 | Vessel | kaiyo maru 8",
        "Kaiyo Maru No. VIII | Vessel | kaiyo maru 8",
        "Kaiyo Maru No. Eight | Vessel | kaiyo maru 8",
        "Louis XIV | Person | louis 14",
        "Xi Jinping | Person | xi jinping",
        "Li Xi | Person | li xi",
        "Vi Thanh | Person | vi thanh",
        "AT&T Inc. | Company | at t inc",
        "J.P. Morgan & Co. | Company | jp morgan co",
        "V.V. Putin | Person | v v putin",
        "PUTIN, V.V. | Person | v v putin",
        "J.R.R. Tolkien | Person | j r r tolkien",
        "Al-Qa'ida | Organization | al qaida",
        "Κυριάκος Μητσοτάκης | Person | kyriakos metsotakes",
        "Ｆｕｌｌｗｉｄｔｈ | Company | fullwidth",
        "Harrowvane Intl Freight Svcs | Company | harrowvane international freight services",
        "Khatam al-Anbiya Construction HQ | Organization | khatam al anbiya construction headquarters",
        "National Petrochem Co | Company | national petrochemical co",
    })
    void normalises(String name, String schema, String expected) {
        assertThat(NamePipeline.standard().prepare(name.strip(), Schema.of(schema)).normalized()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Ltd | ltd", "The The | the the", "Company | company"})
    void namesOfOnlyStopwordsOrLegalFormsKeepTheirWords(String name, String expected) {
        assertThat(NamePipeline.standard().prepare(name.strip(), Schema.COMPANY).normalized()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void interdictV1ReadsTheAbbreviationsItWasFrozenWith() {
        assertThat(NamePipeline.v1().prepare("Khatam al-Anbiya Construction HQ", Schema.ORGANIZATION).normalized())
                .isEqualTo("khatam al anbiya construction hq");
        assertThat(NamePipeline.v1().prepare("V.V. Putin", Schema.PERSON).normalized()).isEqualTo("vv putin");
    }
}
