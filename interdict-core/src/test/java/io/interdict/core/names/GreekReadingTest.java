package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Greek names in ELOT 743 and by their Modern Greek sound. */
class GreekReadingTest {
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        // η as i; γι before a vowel as y by sound
        "Γιάννης Παπαδάκης|giannis papadakis|yannis papadakis",
        // ευ as ev before a vowel, ef before a voiceless consonant; γγ ng; initial μπ b
        "Ευάγγελος Μπακογιάννης|evangelos bakogiannis|evangelos bakoyannis",
        "Ευθύμιος|efthymios|efthimios",
        // αυ as av before a voiced consonant; οι as i by sound
        "Σταύρος Οικονόμου|stavros oikonomou|stavros ikonomou",
        // ντ: nt in ELOT 743, d at the start and nd inside by sound
        "Ντόρα Κουντουριώτη|ntora kountourioti|dora koundourioti",
        // γκ: gk in ELOT 743 (as passports write it), g at the start and ng inside by sound
        "Βασίλειος Γκίκας|vasileios gkikas|vasilios gikas",
        // αι as e by sound
        "Καίτη|kaiti|keti",
        // a diaeresis keeps two vowels apart
        "Ταΰγετος|taygetos|taigetos",
    })
    void readsInElotAndBySound(String greek, String elot, String popular) {
        assertThat(GreekReading.read(greek)).startsWith(elot, popular);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Λένα|lena", "Μαρία Πέτρου|maria petrou"})
    void oneReadingWhenAllAgree(String greek, String latin) {
        assertThat(GreekReading.read(greek)).containsExactly(latin);
    }

    @org.junit.jupiter.api.Test
    void theForeignNameReadingComesLastAndOnlyWhereItDiffers() {
        // γκ is gk in ELOT 743, by sound g at the start and ng inside; as a foreign name's g, g inside too
        assertThat(GreekReading.read("Γκίκας Αγκαλίδης")).containsExactly("gkikas agkalidis", "gikas angalidis", "gikas agalidis");
    }

    /** Foreign names as Greek writes them: b, d, g and dʒ as μπ, ντ, γκ and τζ wherever they stand, γ before e and i
     *  sounds as y (BGN/PCGN). The English spellings are the names' own. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Ντόναλντ|donald",
        "Μπασάρ αλ-Άσαντ|basar al-asad",
        "Ρετζέπ Ταγίπ Ερντογάν|rejep tayip erdogan",
        "Τζεμ|jem",
        "Αντετοκούνμπο|adetokounbo",
    })
    void readsForeignNamesAsGreekWritesThem(String greek, String latin) {
        assertThat(GreekReading.read(greek)).last().isEqualTo(latin);
    }

    @org.junit.jupiter.api.Test
    void foreignNamesWrittenInGreekMeetTheirLatinSpelling() {
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Ρετζέπ Ταγίπ Ερντογάν", "Recep Tayyip Erdogan",
                Schema.PERSON).score()).isGreaterThanOrEqualTo(0.8);
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Μπασάρ αλ-Άσαντ", "Bashar al-Assad",
                Schema.PERSON).score()).isGreaterThanOrEqualTo(0.8);
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Μπασάρ αλ-Άσαντ", "Bashar al-Bashir",
                Schema.PERSON).score()).isLessThan(0.8);
    }

    @org.junit.jupiter.api.Test
    void theMostFrequentGivenNamesMeetTheirEnglishForms() {
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Γιώργος Σεφέρης", "George Seferis", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(0.8);
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Ελένη Μενεγάκη", "Helen Menegaki", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(0.8);
        // another name stays another, and two Latin names are not paired by the Greek table: "Ioannis" is no cognate of
        // John's in given-name-cognates.tsv (which pairs "Giorgos" and "George" in Latin letters, as weak evidence)
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Γιώργος Σεφέρης", "John Seferis", Schema.PERSON).score())
                .isLessThan(0.8);
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Ioannis Seferis", "John Seferis", Schema.PERSON).score())
                .isLessThan(0.8);
    }

    @org.junit.jupiter.api.Test
    void chiIsAlsoReadAsH() {
        assertThat(GreekReading.read("Χάρης")).containsExactly("charis", "haris");
        assertThat(io.interdict.core.match.fuzzy.InterdictV2.compare("Χρήστος Χατζής", "Hristos Hatzis", Schema.PERSON).score())
                .isGreaterThanOrEqualTo(0.8);
    }
}
