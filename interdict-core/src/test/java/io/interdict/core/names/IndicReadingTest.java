package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names in Bengali, Gurmukhi and their sister scripts, read through Devanagari as Hindi names are. */
class IndicReadingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // no inherent vowel at a word's end, kept in a final cluster (ICU: "narēndra mōdī" Gujarati, "putina" Bengali)
        "নরেন্দ্র মোদী|narendra modi",
        "નરેન્દ્ર મોદી|narendra modi",
        "నరేంద్ర మోదీ|narendra modi",
        "ভ্লাদিমির পুতিন|bhladimir putin",
        "শেখ মুজিবুর রহমান|shekh mujibur rahman",
        // Gurmukhi's tippi nasalises as the bindi does (ICU drops it: "naridara"); the addak doubles the next consonant
        "ਨਰਿੰਦਰ ਮੋਦੀ|narindar modi",
        "ਭਗਤ ਸਿੰਘ|bhagat singh",
        "ਭੱਟੀ|bhatti",
    })
    void readsAsTheNameIsSpelt(String name, String reading) {
        assertThat(IndicReading.readings(name)).first().isEqualTo(reading);
    }

    @Test
    void bengaliYaIsAlsoReadAsJAndBothJaAndYaAsZ() {
        // য is said j (যশোর, Jashore); Arabic z is written য or জ (নজরুল Nazrul, জিয়া Zia)
        assertThat(IndicReading.readings("যশোর")).containsExactly("yashor", "jashor", "zashor");
        assertThat(IndicReading.readings("নজরুল ইসলাম")).containsExactly("najrul islam", "nazrul islam");
        assertThat(IndicReading.readings("খালেদা জিয়া")).contains("khaleda ziya");
        // য after a hasanta is the ya-phala of a cluster, and য় is y: neither is read as j
        assertThat(IndicReading.readings("ব্যাংক")).containsExactly("byank");
    }

    @Test
    void tamilAndOtherScriptsAreNotReadHere() {
        assertThat(IndicReading.readings("நரேந்திர மோதி")).isEmpty();   // Tamil: no voiced letters to tell
        assertThat(IndicReading.readings("नरेन्द्र मोदी")).isEmpty();     // Devanagari: HindiReading's own
        assertThat(IndicReading.readings("Narendra Modi")).isEmpty();
        assertThat(IndicReading.isIndic("Narendra Modi")).isFalse();
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
        "ভ্লাদিমির পুতিন|Vladimir Putin",
        "খালেদা জিয়া|Khaleda Zia",
        "ਨਰਿੰਦਰ ਮੋਦੀ|Narendra Modi",
        "শেখ মুজিবুর রহমান|Sheikh Mujibur Rahman",
    })
    void meetsTheLatinSpelling(String name, String latin) {
        assertThat(InterdictV2.compare(name, latin, Schema.PERSON).score()).isGreaterThanOrEqualTo(0.8);
    }

    @ParameterizedTest(name = "{0} !~ {1}")
    @CsvSource(delimiter = '|', value = {
        "খালেদা জিয়া|Khaleda Rahman",
        "ਨਰਿੰਦਰ ਮੋਦੀ|Narendra Mehta",
    })
    void doesNotMeetAnotherName(String name, String latin) {
        assertThat(InterdictV2.compare(name, latin, Schema.PERSON).score()).isLessThan(0.8);
    }
}
