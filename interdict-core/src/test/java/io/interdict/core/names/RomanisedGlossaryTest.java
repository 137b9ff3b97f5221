package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import io.interdict.core.match.fuzzy.InterdictV2;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RomanisedGlossaryTest {
    private static List<String> texts(String name) {
        return OrganisationGlossary.inEnglish(name).stream().map(OrganisationGlossary.Reading::text).toList();
    }

    @Test
    void theUsualRomanisationsOfAWordFoldAlike() {
        // горная (mining): BGN/PCGN, ICAO, GOST 16876 / ISO 9 without marks
        assertThat(RomanisedGlossary.key("gornaya")).isEqualTo(RomanisedGlossary.key("gornaia"))
                .isEqualTo(RomanisedGlossary.key("gornaja"));
        // государственный: -yy (BGN/PCGN), -yi (ICAO), -yj (GOST), -y (Yandex's and common English)
        assertThat(List.of("gosudarstvennyy", "gosudarstvennyi", "gosudarstvennyj", "gosudarstvenny"))
                .extracting(RomanisedGlossary::key).containsOnly(RomanisedGlossary.key("gosudarstvennyy"));
        // ц as ts, cz, c; щ as shch, sch, ŝ; ж as zh, ž; BGN/PCGN's signs of ь and ъ dropped
        assertThat(RomanisedGlossary.key("kontsern")).isEqualTo(RomanisedGlossary.key("konczern"))
                .isEqualTo(RomanisedGlossary.key("koncern"));
        assertThat(RomanisedGlossary.key("vooruzheniye")).isEqualTo(RomanisedGlossary.key("vooruženie"));
        assertThat(RomanisedGlossary.key("verfʹ")).isEqualTo(RomanisedGlossary.key("verf"));
        // е after ъ: "ye" (BGN/PCGN), "e" (ICAO drops ъ's sign in names as OFAC writes them)
        assertThat(RomanisedGlossary.key("obʺyedineniye")).isEqualTo(RomanisedGlossary.key("obedinenie"));
        // not Latin: no key
        assertThat(RomanisedGlossary.key("концерн")).isNull();
    }

    @Test
    void theTablesCyrillicWordsAreReadInLatinLetters() {
        assertThat(RomanisedGlossary.english("kontsern")).contains("concern");
        assertThat(RomanisedGlossary.english("KORPORATSIYA")).contains("corporation");
        // a case form the table's nominative stands for: "oborony" (обороны), "federatsii" (федерации)
        assertThat(RomanisedGlossary.english("Oborony")).isNotNull();
        assertThat(RomanisedGlossary.english("Federatsii")).contains("federation");
        // a word that reads as itself is no reading; nor is a word of fewer than four letters, nor a name
        assertThat(RomanisedGlossary.english("bank")).isNull();
        assertThat(RomanisedGlossary.english("ooo")).isNull();
        assertThat(RomanisedGlossary.english("Kalashnikov")).isNull();
    }

    @Test
    void aLatinNameIsReadWhenTwoWordsOrAWordAndAnEastSlavicLegalFormSaySo() {
        assertThat(texts("Ministerstvo Oborony Rossiyskoy Federatsii")).contains("ministry defence russian federation");
        assertThat(texts("AO KONTSERN OKEANPRIBOR")).contains("AO concern OKEANPRIBOR");   // other words as written
        // one word alone may be another language's romanised alike: "Policy" folds as полиции ("politsii") does
        assertThat(texts("Kontsern Kalashnikov")).isEmpty();
        assertThat(texts("Policy Research Institute")).isEmpty();
        assertThat(texts("John Smith")).isEmpty();
        // a word read as itself with an ending more or less is read, but is no sign of a Russian body's name
        assertThat(RomanisedGlossary.english("Federalnaya")).contains("federal");
        assertThat(texts("Federalnaya Sluzhba Bezopasnosti")).contains("federal service security");
        assertThat(texts("Pakistani Federal Institut")).isEmpty();
        // a Russian or Ukrainian legal form written out, romanised, tells such a company as its abbreviation does
        assertThat(texts("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU YUZHNY PROEKT")).isNotEmpty();
        assertThat(texts("TOVARYSTVO Z OBMEZHENOYU VIDPOVIDALNISTYU FIDES SHYP MENEDZHMENT")).isNotEmpty();
        assertThat(texts("YUZHNY PROEKT")).isEmpty();
        // a quote mark parts words as the reading parts them (found by a review: the cheap test had glued them)
        assertThat(texts("AO KONTSERN\"OKEANPRIBOR\"")).isNotEmpty();
        assertThat(texts("GOSUDARSTVENNAYA\"KORPORATSIYA\"")).isNotEmpty();
        assertThat(RomanisedGlossary.writesEastSlavicForm("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOST'YU")).isTrue();
    }

    @Test
    void businessWordsWrittenRomanisedAreReadByTheSameKey() {
        // business-words.tsv writes "sberegatelnyj" (savings): the ICAO and BGN/PCGN spellings find it too
        assertThat(RomanisedGlossary.english("SBEREGATELNY")).contains("savings");
        assertThat(RomanisedGlossary.english("sberegatelnyy")).contains("savings");
    }

    @Test
    void aRomanisedNameMeetsTheBodysEnglishName() {
        assertThat(InterdictV2.compare("AO KONTSERN OKEANPRIBOR", "JSC CONCERN OCEANPRIBOR", Schema.COMPANY).score())
                .isGreaterThanOrEqualTo(0.8);
        assertThat(InterdictV2.compare("Federalnaya Sluzhba Bezopasnosti", "Federal Security Service", Schema.COMPANY)
                .score()).isGreaterThanOrEqualTo(0.8);
        // and not a body of other words
        assertThat(InterdictV2.compare("Federalnaya Sluzhba Bezopasnosti", "Federal Customs Service", Schema.COMPANY)
                .score()).isLessThan(0.8);
    }

    @Test
    void aSearchQueryWithALegalFormIsReadInEnglishForOneWord() {
        // no schema: two words read, or one in a name the pipeline reads a legal form in
        assertThat(io.interdict.core.match.fuzzy.ScriptReadings.translations("AO KONTSERN OKEANPRIBOR", Schema.UNKNOWN))
                .contains("AO concern OKEANPRIBOR");
        assertThat(io.interdict.core.match.fuzzy.ScriptReadings.translations("ООО Восточная Ромашка", Schema.UNKNOWN))
                .isNotEmpty();
        assertThat(io.interdict.core.match.fuzzy.ScriptReadings.translations("Восточная Ромашка", Schema.UNKNOWN)).isEmpty();
    }

    /** The table is romanised letter by letter (RomanisedGlossary.Letters): every Russian, Ukrainian and Belarusian word of
     *  it, and each case form, has the key the transliterator's own reading of the whole word has. */
    @Test
    void letterByLetterEveryWordHasTheKeyOfTheTransliteratorsReading() {
        int checked = 0;
        for (String[] lang : new String[][]{{"ru", "Russian-Latin/BGN"}, {"uk", "Ukrainian-Latin/BGN"},
                {"be", "Belarusian-Latin/BGN"}}) {
            Transliterator whole = Transliterator.getInstance(lang[1]);
            RomanisedGlossary.Letters letters = RomanisedGlossary.Letters.of(lang[1]);
            for (SourcedTable.Row row : SourcedTable.read(RomanisedGlossary.class, "organisation-words.tsv", 4, "")) {
                String word = OrganisationGlossary.key(row.fields()[0]);
                if (!List.of(row.fields()[2].split(",\\s*")).contains(lang[0]) || word.contains(" ")) {
                    continue;
                }
                List<String> forms = new java.util.ArrayList<>(OrganisationGlossary.caseForms(word));
                forms.add(word);
                for (String form : forms) {
                    assertThat(RomanisedGlossary.key(letters.transliterate(form))).as("%s %s", lang[0], form)
                            .isEqualTo(RomanisedGlossary.key(whole.transliterate(form)));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(3000);
    }

    /** Every word the BGN/PCGN transliterator romanises has the key its ICAO-style spelling has, where the two differ only
     *  in the letters the key folds: a property over random Cyrillic words. */
    @Property(tries = 300)
    void bgnAndIcaoSpellingsOfAWordFoldAlike(@ForAll @StringLength(min = 4, max = 12)
                                             @net.jqwik.api.constraints.Chars({'а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и',
                                                     'й', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у', 'ф', 'х', 'ц',
                                                     'ч', 'ш', 'щ', 'ы', 'ь', 'ю', 'я'}) String word) {
        String bgn = BGN.transliterate(word);
        String icao = icao(word);
        assertThat(RomanisedGlossary.key(icao)).as("%s: %s / %s", word, bgn, icao).isEqualTo(RomanisedGlossary.key(bgn));
    }

    @Property(tries = 200)
    void aKeyHasOnlyLowerCaseLatinLetters(@ForAll @AlphaChars @StringLength(min = 1, max = 16) String word) {
        String k = RomanisedGlossary.key(word);
        assertThat(k).isNotNull().matches("[a-z]*");
    }

    private static final Transliterator BGN = Transliterator.getInstance("Russian-Latin/BGN");

    /** ICAO Doc 9303's letters for Russian (docs.cntd.ru/document/420215211), lower case. */
    private static String icao(String word) {
        StringBuilder sb = new StringBuilder();
        for (char c : word.toCharArray()) {
            sb.append(switch (c) {
                case 'а' -> "a"; case 'б' -> "b"; case 'в' -> "v"; case 'г' -> "g"; case 'д' -> "d"; case 'е' -> "e";
                case 'ж' -> "zh"; case 'з' -> "z"; case 'и' -> "i"; case 'й' -> "i"; case 'к' -> "k"; case 'л' -> "l";
                case 'м' -> "m"; case 'н' -> "n"; case 'о' -> "o"; case 'п' -> "p"; case 'р' -> "r"; case 'с' -> "s";
                case 'т' -> "t"; case 'у' -> "u"; case 'ф' -> "f"; case 'х' -> "kh"; case 'ц' -> "ts"; case 'ч' -> "ch";
                case 'ш' -> "sh"; case 'щ' -> "shch"; case 'ы' -> "y"; case 'ь' -> ""; case 'ю' -> "iu"; case 'я' -> "ia";
                default -> String.valueOf(c);
            });
        }
        return sb.toString();
    }
}
