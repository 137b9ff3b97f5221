package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;

/** Names in the Ethiopic script, read as BGN/PCGN romanises Amharic, without the sixth order's vowel that names drop. */
class EthiopicReadingTest {
    @Test
    void readsWithoutTheSixthOrdersVowelAtTheEndThenAnywhere() {
        // sublearn.com, "The schwa vowel (sixth order)": ልጅ "lij" (child); BGN writes it "liji"
        assertThat(EthiopicReading.readings("ልጅ")).first().isEqualTo("lij");
        // Abiy Ahmed Ali, "ዐቢይ አህመድ አሊ" (sw.wikipedia.org and theafricanarchives.com, "Abiy Ahmed Ali (Ge'ez: ...)"):
        // BGN "ʿābīyi āhimedi ālī"; the third order's ī stays
        assertThat(EthiopicReading.readings("ዐቢይ አህመድ አሊ")).containsExactly("abiy ahimed ali", "abiy ahmed ali");
    }

    @Test
    void theSawtSeriesIsReadAsSat() {
        // FSI Amharic Basic Course, vol. 2, p. 578: "ሠ and ሰ are /sə/; ሡ and ሱ are /su/, etc."
        assertThat(EthiopicReading.sawtAsSat("ሠሡሢሣሤሥሦሧ")).isEqualTo("ሰሱሲሳሴስሶሷ");
        assertThat(EthiopicReading.readings("ሥ")).isEqualTo(EthiopicReading.readings("ስ"));
    }

    @Test
    void otherScriptsAreNotReadHere() {
        assertThat(EthiopicReading.readings("Abiy Ahmed")).isEmpty();
        assertThat(EthiopicReading.isEthiopic("Abiy Ahmed")).isFalse();
        assertThat(EthiopicReading.isEthiopic("አብይ")).isTrue();
    }

    @Test
    void aNameInEthiopicMeetsItsLatinSpellingAndNotAnothers() {
        // en.m.wikipedia.org, "Abiy Ahmed": "Abiy Ahmed Ali (Amharic: አብይ አህመድ አሊ ...)"
        assertThat(InterdictV2.compare("አብይ አህመድ አሊ", "Abiy Ahmed Ali", Schema.PERSON).score()).isGreaterThanOrEqualTo(0.8);
        assertThat(InterdictV2.compare("ዐቢይ አህመድ አሊ", "Abiy Ahmed", Schema.PERSON).score()).isGreaterThanOrEqualTo(0.8);
        assertThat(InterdictV2.compare("አብይ አህመድ አሊ", "Abiy Mohammed Ali", Schema.PERSON).score()).isLessThan(0.8);
    }
}
