package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.fuzzy.InterdictV2;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationGlossaryTest {
    private static List<String> texts(String name) {
        return OrganisationGlossary.inEnglish(name).stream().map(OrganisationGlossary.Reading::text).toList();
    }

    @Test
    void wordsWrittenApartAreReadOneByOne() {
        assertThat(texts("Министерство обороны Российской Федерации")).contains("ministry defence russian federation");
        assertThat(texts("Служба безпеки України")).contains("service security ukraine");
        assertThat(texts("سپاه پاسداران انقلاب اسلامی").get(0)).startsWith("corps");
        // a word with two English words is read with each, the other words with their first
        assertThat(texts("شرکت ملی نفت ایران")).contains("company national oil iran", "company national oil iranian");
    }

    @Test
    void againstAnotherNameEachWordTakesTheEnglishWordThatNameWrites() {
        // ကုန်သွယ်ရေး is trade, commerce or trading; ပို့ဆောင်ရေး transport, transportation or logistics
        assertThat(OrganisationGlossary.inEnglishAgainst("ဦးကျော်ဇော်ထွန်း ကုန်သွယ်ရေး", "U Kyaw Zaw Htun Trading").text())
                .isEqualTo("ဦးကျော်ဇော်ထွန်း trading");
        assertThat(OrganisationGlossary.inEnglishAgainst("ရတနာမင်္ဂလာ ပို့ဆောင်ရေး", "Yadanar Mingalar Logistics Co., Ltd.")
                .text()).endsWith("logistics");
        // nothing to choose: the first English word is the other's, or the other writes none of a word's meanings
        assertThat(OrganisationGlossary.inEnglishAgainst("ဦးကျော်ဇော်ထွန်း ကုန်သွယ်ရေး", "U Kyaw Zaw Htun Trade")).isNull();
        assertThat(OrganisationGlossary.inEnglishAgainst("ဦးကျော်ဇော်ထွန်း ကုန်သွယ်ရေး", "Kyaw Zaw Htun Shipping")).isNull();
        assertThat(InterdictV2.compare("ဦးကျော်ဇော်ထွန်း ကုန်သွယ်ရေး", "U Kyaw Zaw Htun Trading", Schema.COMPANY).score())
                .isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void koreanCompanyWordsAreReadAnywhereInTheName() {
        // 회사 company or corporation, 개발 development, 무역 trading, 광업 mining: a North Korean company's name read whole
        assertThat(texts("조선광업개발무역회사")).contains("korea mining development trading corporation");
        assertThat(texts("평양개발회사")).anyMatch(t -> t.endsWith("development company"));
    }

    @Test
    void latinLettersWrittenInHangulAreAnInitialismBesideAGlossaryWord() {
        // 에스케이 S K, 에이치디씨 H D C (에이치 is h, not 에이 a and 치): own examples, each beside 전자 (electronics)
        assertThat(texts("에스케이전자")).contains("sk electronics");
        assertThat(texts("에스케이 전자")).contains("sk electronics");   // written apart too
        assertThat(texts("에이치디씨전자 주식회사")).anyMatch(t -> t.startsWith("hdc electronics"));
        // only whole runs of letter names: 삼성 is no letters
        assertThat(texts("삼성전자")).noneMatch(t -> t.startsWith("s"));
        // nor a name of letters alone, with no word of the glossary
        assertThat(OrganisationGlossary.inEnglish("에스케이")).isEmpty();
    }

    @Test
    void hangulLetterNamesAreReadWholeAndShort() {
        assertThat(HangulLetterNames.initialism("엘지")).isEqualTo("lg");
        assertThat(HangulLetterNames.initialism("케이티")).isEqualTo("kt");
        assertThat(HangulLetterNames.initialism("브이알")).isEqualTo("vr");   // R as 알 or 아르
        assertThat(HangulLetterNames.initialism("브이아르")).isEqualTo("vr");
        assertThat(HangulLetterNames.initialism("에이치")).isNull();           // one letter: a word or a name
        assertThat(HangulLetterNames.initialism("지")).isNull();
        assertThat(HangulLetterNames.initialism("엘지화")).isNull();           // 화 names no letter
        assertThat(HangulLetterNames.initialism("에이비씨디이")).isNull();     // five letters: a word
    }

    @Test
    void ofTheEnglishWordsTheOtherNameWritesTheLongestIsTaken() {
        // 科技 is technology or science and technology: the other name writes both "technology" and the whole of the other
        assertThat(OrganisationGlossary.inEnglishAgainst("东方科技研究院", "Dongfang Academy of Science and Technology").text())
                .contains("science and technology");
        // where it writes only the first, there is nothing to choose
        assertThat(OrganisationGlossary.inEnglishAgainst("东方科技研究院", "Dongfang Technology Academy")).isNull();
    }

    @Test
    void arabicScriptIsReadWithoutItsArticleAndItsAnd() {
        assertThat(texts("الجماعة الاسلامية المغربية المقاتلة")).contains("group islamic moroccan fighting");
        assertThat(texts("والمقاومة")).containsExactly("and resistance");
        // vowel marks and letter variants are one: the shadda, Arabic and Persian yeh
        assertThat(texts("شرکت ملّی نفت ايران")).contains("company national oil iran");
    }

    @Test
    void businessWordsWrittenInTheirOwnScriptAreTheGlossarysToo() {
        // business-words.tsv's "التجارة" (trade, trading), looked up without "لل" (li- and the article)
        assertThat(OrganisationGlossary.inEnglishAgainst("مؤسسة الراشد للتجارة", "Al Rashed Trading Establishment").text())
                .isEqualTo("establishment الراشد trading");
        // a word the glossary had before keeps its first English word first
        assertThat(texts("شرکت ملی نفت ایران")).contains("company national oil iran");
    }

    @Test
    void hanAndHangulAreCutIntoTheLongestWordsHeld() {
        assertThat(texts("中国工商银行")).containsExactly("china industrial and commercial bank");
        assertThat(texts("한국전력공사")).contains("korea electric power corporation");
        // the whole country's name is one word of the table, longer than its parts
        assertThat(texts("조선민주주의인민공화국").get(0)).isEqualTo("democratic people's republic of korea");
        // characters the table lacks stay as written, to be transliterated
        assertThat(texts("中国大疆银行")).containsExactly("china 大疆 bank");
    }

    @Test
    void greekIsReadWithoutItsAccentsAndHebrewWithoutItsPrefixedLetters() {
        assertThat(texts("Εθνική Τράπεζα της Ελλάδος")).contains("national bank of greece");
        assertThat(texts("ΕΘΝΙΚΗ ΤΡΑΠΕΖΑ")).containsExactly("national bank");
        // ו (and), ה (the), ל (to) joined to the words
        assertThat(texts("והתעשייה האווירית לישראל").get(0)).isEqualTo("and industries aerospace israel");
        assertThat(texts("בנק לאומי")).containsExactly("bank national");
    }

    @Test
    void aHebrewPluralIsReadAsTheSingularTheTableHolds() {
        // a masculine plural's ים dropped ("מדויקים" of "מדויק", after a root letter that is also a prefix), with a
        // prefixed letter too ("החלקים" the parts); a feminine plural's ות read as the singular's ה ("מערכות" is held)
        assertThat(texts("חלקים מדויקים")).contains("part precise");
        assertThat(texts("והחלקים המדויקים")).contains("and part precise");
        assertThat(texts("תעשיות אוויריות")).contains("industries aerospace");
        // a word the table holds in no form stays as written, and a plural ending alone reads nothing
        assertThat(texts("גורביץ' חלקים")).contains("גורביץ' part");
        assertThat(OrganisationGlossary.inEnglish("ים")).isEmpty();
    }

    @Test
    void thaiBurmeseAndKhmerAreCutLikeHan() {
        assertThat(texts("ธนาคารแห่งประเทศไทย")).containsExactly("bank of thailand");
        assertThat(texts("မြန်မာ့စီးပွားရေးဘဏ်").get(0)).isEqualTo("myanma economic bank");
    }

    @Test
    void anArabicPrepositionJoinedToAWordIsReadApart() {
        assertThat(texts("تنظيم القاعدة ببلاد المغرب الاسلامي").get(0)).contains("lands maghreb islamic");
    }

    @Test
    void aCaseEndingIsReadAsTheNominativeTheTableHolds() {
        int tried = 0;
        for (SourcedTable.Row row : SourcedTable.read(OrganisationGlossary.class, "organisation-words.tsv", 4, "")) {
            String word = row.fields()[0];
            String genitive = word.endsWith("ая") ? word.substring(0, word.length() - 2) + "ой"
                    : word.endsWith("ство") ? word.substring(0, word.length() - 1) + "а" : null;
            if (genitive == null || genitive.length() < 5 || OrganisationGlossary.holds(genitive)) {
                continue;
            }
            String english = row.fields()[1].split("\\|")[0];
            assertThat(texts(genitive)).as(genitive + " (line " + row.line() + ")").contains(english);
            tried++;
        }
        assertThat(tried).isGreaterThan(5);
    }

    @Test
    void aNameWithoutOneOfItsWordsHasNoReading() {
        assertThat(texts("Министерство Касперского")).containsExactly("ministry Касперского");
        assertThat(OrganisationGlossary.inEnglish("Касперского")).isEmpty();
        assertThat(OrganisationGlossary.inEnglish("Ministry of Defence")).isEmpty();
        assertThat(OrganisationGlossary.inEnglish(null)).isEmpty();
    }

    @Test
    void anOrganisationMeetsItsEnglishNameAndNotAnotherBodys() {
        assertThat(InterdictV2.compare("Министерство обороны Российской Федерации",
                "Ministry of Defence of the Russian Federation", Schema.ORGANIZATION).score()).isGreaterThanOrEqualTo(0.8);
        assertThat(InterdictV2.compare("شرکت ملی نفت ایران", "National Iranian Oil Company", Schema.COMPANY).score())
                .isGreaterThanOrEqualTo(0.8);
        assertThat(InterdictV2.compare("中国工商银行", "Industrial and Commercial Bank of China", Schema.COMPANY).score())
                .isGreaterThanOrEqualTo(0.8);
        // the explanation says the name was read in English, and how
        assertThat(InterdictV2.compare("Industrial and Commercial Bank of China", "中国工商银行", Schema.COMPANY).features())
                .anySatisfy(f -> {
                    assertThat(f.name()).isEqualTo("read_in_english");
                    assertThat(f.value()).isZero();
                    assertThat(f.detail()).contains("中国工商银行", "china industrial and commercial bank");
                });
        // the reading is English text: another body's own word still tells them apart
        assertThat(InterdictV2.compare("شرکت ملی نفت ایران", "National Iranian South Oil Company", Schema.COMPANY).score())
                .isLessThan(0.8);
        assertThat(InterdictV2.compare("中国建设银行", "Industrial and Commercial Bank of China", Schema.COMPANY).score())
                .isLessThan(0.8);
        assertThat(InterdictV2.compare("Министерство обороны Российской Федерации", "Ministry of Foreign Affairs of the Russian Federation",
                Schema.ORGANIZATION).score()).isLessThan(0.8);
    }

    @Test
    void aProperNameTheGlossaryLeavesInAnAbjadMeetsTheLatinNameByItsConsonants() {
        // "גורביץ'" stays as written in the English reading; read "gwrbych", it meets "Gurevich" as the name alone does
        assertThat(InterdictV2.compare("מכון גורביץ'", "Gurevich Institute", Schema.ORGANIZATION).score())
                .isGreaterThanOrEqualTo(0.8);
        assertThat(InterdictV2.compare("גורביץ' חלקים מדויקים בע\"מ", "Gurevich Precision Parts Ltd", Schema.COMPANY)
                .features()).anySatisfy(f -> {
                    assertThat(f.name()).isEqualTo("read_in_english");
                    assertThat(f.detail()).contains("parts precision");
                });
        assertThat(InterdictV2.compare("גורביץ' חלקים מדויקים בע\"מ", "Gurevich Precision Parts Ltd", Schema.COMPANY)
                .score()).isGreaterThanOrEqualTo(0.8);
        // another proper name is no match, nor the same one beside another body's words
        assertThat(InterdictV2.compare("מכון גורביץ'", "Goldberg Institute", Schema.ORGANIZATION).score()).isLessThan(0.8);
        assertThat(InterdictV2.compare("מכון גורביץ'", "Gurevich Precision Parts Ltd", Schema.ORGANIZATION).score())
                .isLessThan(0.8);
    }

    @Test
    void aNameOfNoSchemaIsReadSoWhenTwoOfItsWordsOrMoreAreTheTables() {
        assertThat(InterdictV2.compare("Министерство обороны Российской Федерации",
                "Ministry of Defence of the Russian Federation", Schema.UNKNOWN).score()).isGreaterThanOrEqualTo(0.8);
        // one word of two: a person's name ("اسلامی" is also the family name Eslami), not read so
        assertThat(InterdictV2.compare("محمد اسلامی", "Mohammad Islamic", Schema.UNKNOWN).score()).isLessThan(0.8);
        // a person's name is never read so
        assertThat(InterdictV2.compare("Министерство обороны", "Ministry of Defence", Schema.PERSON).score())
                .isLessThan(0.8);
    }

    @Test
    void everyLineIsOneWordAndHanHangulOrKanaWordsHaveTwoCharactersOrMore() {
        for (SourcedTable.Row row : SourcedTable.read(OrganisationGlossary.class, "organisation-words.tsv", 4, "")) {
            String word = row.fields()[0];
            assertThat(word).as("line " + row.line()).doesNotContain(" ").isNotBlank();
            assertThat(row.fields()[1]).as("line " + row.line()).isEqualTo(row.fields()[1].toLowerCase(java.util.Locale.ROOT));
            assertThat(row.fields()[3]).as("line " + row.line()).isNotBlank();
            boolean eastAsian = word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
            if (eastAsian) {
                assertThat(word.codePointCount(0, word.length())).as("line " + row.line()).isGreaterThanOrEqualTo(2);
            }
        }
    }
}
