package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.InterdictV2;
import org.junit.jupiter.api.Test;

class ArabicCompoundsTest {
    @Test
    void kunyasAndTheophoricNamesAreReadApart() {
        assertThat(ArabicCompounds.apart("AbuHamza al-Masri")).isEqualTo("Abu Hamza al-Masri");
        assertThat(ArabicCompounds.apart("Abdelkader Mokhtari")).isEqualTo("Abdel kader Mokhtari");
        assertThat(ArabicCompounds.apart("AbdulKarim AlRashidi")).as("the article too, in a name so marked")
                .isEqualTo("Abdul Karim Al Rashidi");
    }

    @Test
    void oneNameWrittenWholeStaysWhole() {
        assertThat(ArabicCompounds.apart("Abdullah Rashidi")).isNull();
        assertThat(ArabicCompounds.apart("Abdullahi Yusuf")).isNull();
        assertThat(ArabicCompounds.apart("Maria Alvarez")).as("no Arabic compound nor particle: no article read").isNull();
        assertThat(ArabicCompounds.apart("Abuja Trading")).as("a rest of fewer than four letters").isNull();
    }

    @Test
    void compoundsWrittenTogetherMeetThemApart() {
        double review = MatchSettings.DEFAULTS.reviewThreshold();
        assertThat(InterdictV2.compare("Abu Hamza Masri", "AbuHamza al-Masri", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(review);
        assertThat(InterdictV2.compare("Abdul Karim Al Rashidi", "AbdulKarim AlRashidi", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(review);
    }
}
