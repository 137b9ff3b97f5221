package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A number word and its neighbour that another name writes as one word. */
class NumberWordsJoinedTest {
    @ParameterizedTest(name = "{0} against {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Five Star Logistics|Fivestar Logistics|fivestar Logistics",
        "Ten Cent Holdings|Tencent Holdings|tencent Holdings",
        "One Source Trading|ONESOURCE TRADING|onesource Trading",
        "Three M Company|3M Company|3m Company",
        "Seven-Eleven Inc|SevenEleven Inc|seveneleven Inc",
        "Twenty First Century Holdings|Twentyfirst Century Holdings|twentyfirst Century Holdings",
    })
    void joinsAsTheOtherNameJoins(String name, String other, String read) {
        assertThat(NumberWordsJoined.against(name, other)).isEqualTo(read);
    }

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource(delimiter = '|', value = {
        "Five Star Logistics|Five Star Logistics",      // the other name writes them apart too
        "Five Star Logistics|Four Star Logistics",      // no word of the other is the two joined
        "Global Star Logistics|Globalstar Logistics",   // no number word
    })
    void leavesOtherNamesAlone(String name, String other) {
        assertThat(NumberWordsJoined.against(name, other)).isNull();
    }
}
