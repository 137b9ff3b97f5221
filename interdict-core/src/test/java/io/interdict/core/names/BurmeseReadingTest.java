package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Burmese names as they are written in English. Each example's Burmese and English spellings stand together on the page
 * named beside it (found with the project's search tool); the expected reading is the English spelling lower-cased.
 */
class BurmeseReadingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // en.wikipedia.org/wiki/Min_Aung_Hlaing: Min Aung Hlaing (Burmese: မင်းအောင်လှိုင်)
        "မင်းအောင်လှိုင်|min aung hlaing",
        // en.wikipedia.org/wiki/Thein_Sein: Thein Sein (Burmese: သိန်းစိန်)
        "သိန်းစိန်|thein sein",
        // atozwiki.com/Win_Myint (Wikipedia): Win Myint (Burmese: ဝင်းမြင့်); a creaky nasal written with t
        "ဝင်းမြင့်|win myint",
        // en.wikipedia.org/wiki/U_Nu: U Nu (ဦးနု); ဦး is the honorific U before a name
        "ဦးနု|u nu",
        // en.wikipedia.org/wiki/Than_Shwe: Than Shwe (သန်းရွှေ)
        "သန်းရွှေ|than shwe",
        // en.wikipedia Khin Nyunt (kids.kiddle.co/Khin_Nyunt): Khin Nyunt (Burmese: ခင်ညွန့်)
        "ခင်ညွန့်|khin nyunt",
        // wiki.privacytools.io Soe Win (Simple English Wikipedia): Soe Win (Burmese: စိုးဝင်း)
        "စိုးဝင်း|soe win",
        // en.wikipedia.org/wiki/Maung_Aye: Maung Aye (Burmese: မောင်အေး)
        "မောင်အေး|maung aye",
        // hurnell.com/en_GB/mobile-bbe/detail/112 (Burmese names): Tin Hla တင်လှ, Mya Sein မြစိန်, Than Oo သန်းဦး,
        // Tin Maung Win တင်မောင်ဝင်း, Hlaing Win Swe လှိုင်ဝင်းဆွေ, I I Khin အိအိခင်, Maung Maung Nyunt
        // မောင်မောင်ညွန့်, Maung Maung Soe Tint မောင်မောင်စိုးတင့်
        "တင်လှ|tin hla",
        "မြစိန်|mya sein",
        "သန်းဦး|than oo",
        "တင်မောင်ဝင်း|tin maung win",
        "လှိုင်ဝင်းဆွေ|hlaing win swe",
        "အိအိခင်|i i khin",
        "မောင်မောင်ညွန့်|maung maung nyunt",
        "မောင်မောင်စိုးတင့်|maung maung soe tint",
        // Wikipedia:Naming conventions (Burmese): Htet Htet Moe Oo (ထက်ထက်မိုးဦး)
        "ထက်ထက်မိုးဦး|htet htet moe oo",
        // other scripts are kept as they are
        "Aung San မင်း|Aung San min",
        "Min Aung Hlaing|Min Aung Hlaing",
    })
    void readsNamesAsTheyAreWrittenInEnglish(String burmese, String latin) {
        assertThat(BurmeseReading.read(burmese)).isEqualTo(latin);
    }

    /** Where a name takes another spelling the table gives, the first reading differs from it by a letter or two. */
    @ParameterizedTest(name = "{0} -> {2}, also {1}")
    @CsvSource(delimiter = '|', value = {
        // wikiplanet.click copy of en.wikipedia Aung San Suu Kyi: Burmese အောင်ဆန်းစုကြည်; Suu written with two u
        "အောင်ဆန်းစုကြည်|aung san suu kyi|aung san su kyi",
        // wipi.ai.kr Ne Win: Ne Win (Burmese: နေဝင်း); ေ is more often ay (Nay Pyi Taw, Mandalay, Tayza)
        "နေဝင်း|ne win|nay win",
        // en.wikipedia Zaw Min Tun (general): Zaw Min Tun (Burmese: ဇော်မင်းထွန်း); ထ more often ht (Htet, Htin)
        "ဇော်မင်းထွန်း|zaw min tun|zaw min htun",
        // hurnell.com/en_GB/mobile-bbe/detail/112: Khin San Nweh ခင်စန်းနွယ်
        "ခင်စန်းနွယ်|khin san nweh|khin san nwe",
        // kids.kiddle.co/Zayar_Thaw: Phyo Zeya Thaw (ဖြိုးဇေယျာသော်), its first syllable; ိုး is more often oe
        // (Moe, Soe)
        "ဖြိုး|phyo|phyoe",
    })
    void readsOtherSpellingsAmongItsReadings(String burmese, String english, String first) {
        assertThat(BurmeseReading.read(burmese)).isEqualTo(first);
        assertThat(BurmeseReading.readings(burmese)).startsWith(first).contains(english);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // sco.wikipedia.org/wiki/Yangon: Yangon (Burmese: ရန်ကုန်); k voiced to g after n, as BGN/PCGN does
        "ရန်ကုန်|yangon",
        // en.wikipedia.org/wiki/Mandalay: Mandalay (Burmese: မန္တလေး); the stacked န closes the first syllable
        "မန္တလေး|mandalay",
        // findatwiki.com/Naypyidaw (Wikipedia): Naypyidaw ... Nay Pyi Taw (Burmese: နေပြည်တော်)
        "နေပြည်တော်|naypyidaw",
        // wikiwand.com/en/Tatmadaw: The Tatmadaw (Burmese: တပ်မတော်)
        "တပ်မတော်|tatmadaw",
        // triplydb.com (DBpedia) Thingyan: Thingyan (Burmese: သင်္ကြန်); the kinzi closes သ with n
        "သင်္ကြန်|thingyan",
        // lionslayer.yoeyar.com: Mingalarbar (မင်္ဂလာပါ), one of its spellings (Mingalaba, Mingalarbar, Mingalarpar)
        "မင်္ဂလာပါ|mingalarbar",
        // Wikipedia:Naming conventions (Burmese): Yadanar Khin (ရတနာခင်), Yadanar a loan of Pali ratana
        "ရတနာ|yadanar",
        // en.wikipedia.org/wiki/Mandalay: Yadanarbon (ရတနာပုံ)
        "ရတနာပုံ|yadanarbon",
        // en.wikipedia Union Parliament (speed.lescigales.org copy): ပြည်ထောင်စုလွှတ်တော် Pyidaungzu Hluttaw (the
        // space as simple.wikipedia.org/wiki/Assembly_of_the_Union writes it: ပြည်ထောင်စု လွှတ်တော်)
        "ပြည်ထောင်စု လွှတ်တော်|pyidaungzu hluttaw",
        // wikisum.wiki/wiki/Burmese_kyat: The kyat (Burmese: ကျပ်)
        "ကျပ်|kyat",
        // phoonuthit.blogspot.com 2010/12: BoGyoke Aung San Market ... ဗိုလ်ချုပ်အောင်ဆန်းဈေး (its first word)
        "ဗိုလ်ချုပ်|bogyoke",
        // wikisum.wiki Myitkyina: Myitkyina (Burmese: မြစ်ကြီးနားမြို့, မြို့ 'town' left out):
        // within one letter, the final ာ read ar as in Yadanar
        "မြစ်ကြီးနား|myitkyinar",
        // simple.wikipedia.org/wiki/Pyinmana: Pyinmana (Burmese: ပျဉ်းမနားမြို့): likewise
        "ပျဉ်းမနား|pyinmanar",
        "Yadanar ရတနာ ၁၂၃|Yadanar yadanar 123",
    })
    void readsPlaceAndCompanyWordsAsOneWord(String burmese, String latin) {
        assertThat(BurmeseReading.readJoined(burmese)).isEqualTo(latin);
    }

    @Test
    void aPaliLoanNameIsOneWordInEnglishButSyllablesHere() {
        // Wikipedia:Naming conventions (Burmese): Khin Sandar Win (ခင်စန္ဒာဝင်း), Sandar a loan of Pali chanda
        assertThat(BurmeseReading.read("ခင်စန္ဒာဝင်း")).isEqualTo("khin san dar win");
    }

    @Test
    void otherTextIsLeftAlone() {
        assertThat(BurmeseReading.isBurmese("Min Aung Hlaing")).isFalse();
        assertThat(BurmeseReading.isBurmese("ဦးနု")).isTrue();
        assertThat(BurmeseReading.isBurmese(null)).isFalse();
        assertThat(BurmeseReading.read("Thein Sein")).isEqualTo("Thein Sein");
        assertThat(BurmeseReading.readJoined("Yangon Trading")).isEqualTo("Yangon Trading");
        assertThat(BurmeseReading.read("")).isEmpty();
        assertThat(BurmeseReading.read(null)).isEmpty();
        assertThat(BurmeseReading.read("၊")).isEmpty();
    }

    /** Compared pairwise, a name in Burmese meets its English spelling through these readings (ICU's own reading,
     *  "mainnaaunglhaine", meets none), and not another person's. */
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "မင်းအောင်လှိုင်|Min Aung Hlaing|true",
        "အောင်ဆန်းစုကြည်|Aung San Suu Kyi|true",
        "ကျော်ဇော်ထွန်း|Kyaw Zaw Htun|true",
        "မင်းအောင်လှိုင်|Min Aung Htun|false",
        "သိန်းစိန်|Thein Htun|false",
    })
    void meetsTheEnglishSpellingPairwise(String burmese, String english, boolean same) {
        double score = io.interdict.core.match.fuzzy.InterdictV2.compare(burmese, english, Schema.PERSON).score();
        if (same) {
            assertThat(score).isGreaterThanOrEqualTo(0.8);
        } else {
            assertThat(score).isLessThan(0.8);
        }
    }
}
