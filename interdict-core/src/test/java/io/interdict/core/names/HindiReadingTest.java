package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hindi names with schwa deletion, as they are commonly spelt. */
class HindiReadingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // the last consonant's inherent vowel is not pronounced
        "सुनील गावस्कर|sunil gavaskar",
        "विकास|vikas",
        "अजय|ajay",
        // ... but kept on a one-consonant word and after a cluster
        "न|na",
        "गुप्त|gupta",
        "मिश्र|mishra",
        // VC_CV inside a word, right to left: the first deletion blocks the one before it
        "कमलनाथ|kamalnath",
        "अजय देवगन|ajay devgan",
        "मोहनलाल|mohanlal",
        // a vowel before a nasal sign is kept; the anusvara as m before a labial
        "संजय|sanjay",
        "अंबर|ambar",
        // ...and "ng" before ह, where it is said as ङ (names write "Singh"); a chandrabindu stays "n"
        "मनमोहन सिंह|manmohan singh",
        "बाँह|banh",
        // च ch, छ chh, श ष sh, nukta letters
        "छाया|chhaya",
        "चमन|chaman",
        "राजेश|rajesh",
        "ज़फ़र|zafar",
        // the conjunct ज्ञ as Hindi says it
        "ज्ञान|gyan",
        "विज्ञान|vigyan",
        "Rahul चंद्र|Rahul chandra",
    })
    void readsWithSchwaDeletion(String hindi, String latin) {
        assertThat(HindiReading.read(hindi)).isEqualTo(latin);
    }
}
