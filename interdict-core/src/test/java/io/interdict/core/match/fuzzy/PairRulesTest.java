package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.AbbreviatedWords;
import io.interdict.core.names.CamelCase;
import io.interdict.core.names.CountryNames;
import io.interdict.core.names.Hypocorisms;
import io.interdict.core.names.KhmerReading;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import io.interdict.core.names.WadeGilesReading;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules of general properties of names, for labelled pairs of names never seen (own, made-up examples): a subsidiary's
 * country, hypocorisms of English given names, Chinese names in pinyin against Wade-Giles, Khmer read at all, words run together in camel case.
 */
class PairRulesTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static double score(String a, String b, Schema schema) {
        return InterdictV2.compare(a, b, schema).score();
    }

    /** A listed party of one name. */
    private static Entity listed(String id, EntityKind kind, Name... names) {
        return new Entity(id, kind, List.of(names), List.of(), List.of(), null, false, null);
    }

    private static FuzzyMatcher matcher(Entity... entities) {
        return new FuzzyMatcher(List.of(entities), MatchSettings.DEFAULTS, InterdictV2.NAME);
    }

    private static boolean has(String a, String b, Schema schema, String feature) {
        return InterdictV2.compare(a, b, schema).features().stream().anyMatch(f -> f.name().equals(feature));
    }

    @Test
    void countryNamesComeFromCldrInSeveralLanguages() {
        assertThat(CountryNames.is("germany")).isTrue();
        assertThat(CountryNames.is("deutschland")).isTrue();
        assertThat(CountryNames.is("allemagne")).isTrue();
        assertThat(CountryNames.is("polska")).isTrue();
        assertThat(CountryNames.is("united kingdom")).isTrue();
        assertThat(CountryNames.is("trading")).isFalse();
    }

    @Test
    void aSubsidiaryNamedByItsCountryIsAnotherCompanyComparedPairwise() {
        // The parent and its national subsidiary: one side names a country the other does not.
        assertThat(score("Grovemark Logistics AG", "Grovemark Logistics Deutschland AG", Schema.COMPANY)).isLessThan(REVIEW);
        assertThat(has("Grovemark Logistics AG", "Grovemark Logistics (Austria) AG", Schema.COMPANY, "place_extra")).isTrue();
        assertThat(score("Tellurin Mining Kenya Ltd", "Tellurin Mining Ltd", Schema.COMPANY)).isLessThan(REVIEW);
        // The same name, or a typo of it, stays the same company; so does a word that is no country.
        assertThat(score("Grovemark Logistics Deutschland AG", "Grovemark Logistic Deutschland AG", Schema.COMPANY))
                .isGreaterThanOrEqualTo(REVIEW);
        assertThat(has("Grovemark Logistics AG", "Grovemark Global Logistics AG", Schema.COMPANY, "place_extra")).isFalse();
        // A vessel's flag state is no subsidiary's country.
        assertThat(has("Saltmere Dawn (Panama flag)", "Saltmere Dawn", Schema.COMPANY, "place_extra")).isFalse();
        // People are not placed: "Chad" is a given name.
        assertThat(has("Chad Overby", "Overby", Schema.PERSON, "place_extra")).isFalse();
    }

    @Test
    void inASearchASubsidiaryOfAListedCompanyStaysAHit() {
        // Sanctions reach what a listed company owns: the query naming its subsidiary is still reviewed.
        FuzzyMatcher m = new FuzzyMatcher(List.of(new Entity("c:1", EntityKind.ORGANIZATION,
                List.of(Name.primary("Grovemark Logistics AG")), List.of(), List.of(), null, false, null)),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Grovemark Logistics Deutschland AG", null, 5))
                .anyMatch(h -> h.entityId().equals("c:1"))
                .allMatch(h -> h.explanation().features().stream().noneMatch(f -> f.name().equals("place_extra")));
    }

    @Test
    void wordsWrittenApartMeetTheirOneWordWhicheverSideHasMoreWords() {
        // The side written apart has no more words than the other: it glues all the same.
        assertThat(score("Varnel Quist", "VarnelQuist Trading", Schema.COMPANY)).isGreaterThan(0.5);
        assertThat(InterdictV2.compare("Varnel Quist", "VarnelQuist Trading", Schema.COMPANY).pairs())
                .anyMatch(p -> p.startsWith("varnelquist~varnelquist"));
        assertThat(score("Varnel Quist", "VarnelQuist AG", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Varnel Quist", "VarnelQuist SE", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        // Of the runs from one word, the one that spells the other side's word best: not a run with the next word in it.
        assertThat(score("Varnel Quist SE", "VarnelQuist SE", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        // A word both sides write pairs as it stands, in no run: "To" is no piece of "tochar" against "Tchar".
        assertThat(score("LOM TO TCHAR", "LOM TO CHAR", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // Words that spell no word of the other side stay apart.
        assertThat(score("Varnel Quist", "Varnel Quist Trading", Schema.COMPANY)).isGreaterThan(0.5);
        assertThat(score("Varnel Quist", "Marnel Twist Trading", Schema.COMPANY)).isLessThan(REVIEW);
    }

    @Test
    void inASearchACompanyNamedByItsOwnWordsMeetsItsListedNameWithBusinessWords() {
        // "ORLATH" alone is listed: a vessel's name, or a company's written bare.
        FuzzyMatcher m = matcher(listed("c:1", EntityKind.ORGANIZATION, Name.primary("VARNOK TECHNOLOGIES CO., LTD.")),
                listed("c:2", EntityKind.ORGANIZATION, Name.primary("Orlath")));
        // The brand alone, spelt as listed: a hit to review.
        assertThat(m.search("Varnok", null, 5)).anyMatch(h -> h.entityId().equals("c:1") && h.match());
        assertThat(m.search("Varnok Ltd", null, 5)).anyMatch(h -> h.entityId().equals("c:1") && h.match());
        // Not the query's own business words against a bare listed name, nor a brand misspelt beside them.
        assertThat(m.search("Orlath Shipping", null, 5)).noneMatch(h -> h.entityId().equals("c:2") && h.match());
        assertThat(m.search("Varnak", null, 5)).noneMatch(h -> h.entityId().equals("c:1") && h.match());
        // Business words alone name no one.
        assertThat(m.search("Technologies Co Ltd", null, 5)).noneMatch(h -> h.entityId().equals("c:1") && h.match());
        // Compared pairwise (is this the same company?), a business word on one side only still weighs against when
        // both names carry a legal form; the brand written bare is the company's full name (since session 77,
        // BareBrandTest).
        assertThat(has("Varnok Ltd", "VARNOK TECHNOLOGIES CO., LTD.", Schema.COMPANY, "business_word_extra")).isTrue();
        assertThat(has("Varnok", "VARNOK TECHNOLOGIES CO., LTD.", Schema.COMPANY, "business_word_extra")).isFalse();
    }

    @Test
    void aNameWithBusinessWordsOfItsOwnAfterOrBeforeAPersonsIsNoListedPerson() {
        FuzzyMatcher m = matcher(listed("p:1", EntityKind.PERSON, Name.primary("KELMARSH, Oswin"), Name.weak("KELMARSH")),
                listed("c:1", EntityKind.ORGANIZATION, Name.primary("Kelmarsh Group")));
        // A company named after the person is not the person (the company of that name is found).
        for (String q : new String[]{"Kelmarsh Group", "Kelmarsh Petroleum and Sons", "Trading Kelmarsh"}) {
            assertThat(m.search(q, null, 5)).as(q).noneMatch(h -> h.entityId().equals("p:1") && h.match());
            assertThat(m.search(q, null, 5)).as(q).filteredOn(h -> h.entityId().equals("p:1")).isNotEmpty()
                    .allMatch(h -> h.explanation().features().stream().anyMatch(f -> f.name().equals("other_kind_of_party")));
        }
        assertThat(m.search("Kelmarsh Group", null, 5)).anyMatch(h -> h.entityId().equals("c:1") && h.match());
        // A business word between the person's words names no company.
        assertThat(m.search("Oswin Trading Kelmarsh", null, 5)).filteredOn(h -> h.entityId().equals("p:1")).isNotEmpty()
                .allMatch(h -> h.explanation().features().stream().noneMatch(f -> f.name().equals("other_kind_of_party")));
        // The person's name alone still is the person.
        assertThat(m.search("Oswin Kelmarsh", null, 5)).anyMatch(h -> h.entityId().equals("p:1") && h.match());
        // Nor is a listed vessel of the name another kind of party for a shipping company's name: it may be its owner.
        FuzzyMatcher ship = matcher(listed("v:1", EntityKind.VESSEL, Name.primary("KELMARSH")));
        assertThat(ship.search("Kelmarsh Shipping", null, 5)).filteredOn(h -> h.entityId().equals("v:1")).isNotEmpty()
                .flatExtracting(h -> h.explanation().features()).noneMatch(f -> f.name().equals("other_kind_of_party"));
    }

    @Test
    void aCyrillicFormOfTwoCapitalsOrReadAsJapaneseStillWritesACompany() {
        FuzzyMatcher m = matcher(listed("p:1", EntityKind.PERSON, Name.primary("MARIA")),
                listed("v:1", EntityKind.VESSEL, Name.primary("DANIEL")),
                listed("p:2", EntityKind.PERSON, Name.primary("AO, Wei")));
        // "АО" in capitals is a form (no syllable), and "ПАО Мария", which Polivanov's table would also read as a Japanese
        // name ("pa o ma ri ya"), is read with its form: a company, no listed person nor vessel of the name.
        for (String q : new String[]{"АО Мария", "ПАО Мария", "АО Даниил"}) {
            assertThat(m.search(q, null, 5)).as(q).noneMatch(SearchHit::match);
            assertThat(m.search(q, null, 5)).as(q).flatExtracting(h -> h.explanation().features())
                    .anyMatch(f -> f.name().equals("other_kind_of_party"));
        }
        assertThat(ScriptReadings.cyrillicReadings("ПАО Мария")).noneMatch(r -> r.codePoints().anyMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA));
        assertThat(ScriptReadings.cyrillicReadings("Итиро Одзава")).anyMatch(r -> r.codePoints().anyMatch(
                c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA));
        // A Chinese family name in Cyrillic, written as names are ("Ао"), is still the person's.
        assertThat(m.search("Ао Вэй", null, 5)).anyMatch(h -> h.entityId().equals("p:2") && h.match());
    }

    @Test
    void aNameWrittenWithALegalFormIsNoListedPerson() {
        FuzzyMatcher m = matcher(listed("p:1", EntityKind.PERSON, Name.primary("KELMARSH, Oswin"), Name.weak("KELMARSH")),
                listed("c:1", EntityKind.ORGANIZATION, Name.primary("Kelmarsh Ltd")));
        // A company of the person's name is not the person; the company of that name is found.
        assertThat(m.search("Kelmarsh LLC", null, 5)).noneMatch(h -> h.entityId().equals("p:1") && h.match())
                .anyMatch(h -> h.entityId().equals("c:1") && h.match());
        assertThat(m.search("ООО Кельмарш", null, 5)).noneMatch(h -> h.entityId().equals("p:1") && h.match());
        assertThat(m.search("Kelmarsh LLC", null, 5)).filteredOn(h -> h.entityId().equals("p:1"))
                .allMatch(h -> h.explanation().features().stream().anyMatch(f -> f.name().equals("other_kind_of_party")));
        // Nor a vessel of the name.
        FuzzyMatcher ship = matcher(listed("v:1", EntityKind.VESSEL, Name.primary("KELMARSH")));
        assertThat(ship.search("Kelmarsh S.A.", null, 5)).noneMatch(h -> h.match());
        assertThat(ship.search("Kelmarsh", null, 5)).anyMatch(h -> h.match());
        // A form among a person's words, or two letters without stops that may be a syllable, writes no company.
        assertThat(m.search("Oswin Ltd Kelmarsh", null, 5)).filteredOn(h -> h.entityId().equals("p:1"))
                .allMatch(h -> h.explanation().features().stream().noneMatch(f -> f.name().equals("other_kind_of_party")));
        // The person's name written without a form still is.
        assertThat(m.search("Oswin Kelmarsh", null, 5)).anyMatch(h -> h.entityId().equals("p:1") && h.match());
        // Not between two names that read the same word as a form: a person called Ao.
        FuzzyMatcher ao = matcher(listed("p:2", EntityKind.PERSON, Name.primary("AO, Wei")));
        assertThat(ao.search("Ao Wei", null, 5)).anyMatch(h -> h.entityId().equals("p:2") && h.match());
    }

    @Test
    void aTurkishLimitedSirketiIsItsLtdSti() {
        // the form as a name writes it, with its possessive: "Limited Şirketi", abbreviated "Ltd. Şti."
        assertThat(NamePipeline.standard().prepare("Sarıkaya Hububat Limited Şirketi", Schema.COMPANY).tokens())
                .extracting(io.interdict.core.names.Token::text).containsExactly("sarikaya", "hububat", "ltd");
        assertThat(score("Sarikaya Hububat Limited Sirketi", "Sarikaya Hububat Ltd Sti", Schema.COMPANY)).isEqualTo(1.0);
    }

    @Test
    void aVietnameseCompanysTypeOfEnterpriseIsItsLegalForm() {
        // Law on Enterprises 2020, Article 37: "công ty TNHH" (LLC), "công ty cổ phần" (JSC) begin the name.
        assertThat(NamePipeline.standard().prepare("Công ty TNHH Minh Phát", Schema.COMPANY).tokens())
                .extracting(io.interdict.core.names.Token::text).containsExactly("ltd", "minh", "phat");
        assertThat(score("Minh Phat Co., Ltd.", "Công ty TNHH Minh Phát", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Công ty Cổ phần Minh Phát", "MINH PHAT JSC", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        // Two companies share no more than their type of enterprise.
        assertThat(score("Công ty Văn", "CONG TY TNHH MINH PHAT", Schema.COMPANY)).isLessThan(REVIEW);
        // interdict-v1's pipeline reads the words as it was frozen.
        assertThat(NamePipeline.v1().prepare("Công ty TNHH Minh Phát", Schema.COMPANY).tokens())
                .extracting(io.interdict.core.names.Token::text).contains("cong");
    }

    @Test
    void aJointStockCorporationIsAJointStockCompany() {
        // The English name of a Vietnamese joint-stock company ("PetroVietnam Gas Joint Stock Corporation").
        assertThat(NamePipeline.standard().prepare("Saigon Lotus Joint Stock Corporation", Schema.COMPANY).tokens())
                .extracting(io.interdict.core.names.Token::text).containsExactly("saigon", "lotus", "jsc");
        assertThat(score("Saigon Lotus", "SAIGONLOTUS JOINT STOCK CORPORATION", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aPersianCompanysSherkatAndSahamiKhassAreItsLegalForm() {
        // The lists write an Iranian firm's Persian type of company before or after its name ("SHERKAT-E DEY" beside
        // "DEY COMPANY"; "... SAHAMI KHASS", private joint-stock): own names, each form as the lists spell it.
        assertThat(NamePipeline.standard().prepare("Sherkat-e Pars Kavosh", Schema.COMPANY).tokens())
                .extracting(io.interdict.core.names.Token::text).containsExactly("co", "pars", "kavosh");
        assertThat(score("SHERKATE PARS KAVOSH", "PARS KAVOSH COMPANY", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(score("Tolid Sanat Arak Sahami Khass", "TOLID SANAT ARAK PRIVATE JOINT STOCK COMPANY", Schema.COMPANY))
                .isGreaterThanOrEqualTo(REVIEW);
        // its activity word in Persian is read in English too (business-words.tsv: bazargani, petroshimi, sanati)
        assertThat(score("Sherkat-e Bazargani-ye Tolid Pars", "TOLID PARS TRADING COMPANY", Schema.COMPANY))
                .isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Sherkat-e Petroshimi-ye Kavir", "KAVIR PETROCHEMICAL COMPANY", Schema.COMPANY))
                .isGreaterThanOrEqualTo(REVIEW);
        // two firms that share only the type of company stay apart, and a person's name keeps the word
        assertThat(score("Sherkat-e Pars Kavosh", "SHERKAT-E ARYA SAZEH", Schema.COMPANY)).isLessThan(REVIEW);
        assertThat(NamePipeline.standard().prepare("Shahla Sherkat", Schema.PERSON).tokens())
                .extracting(io.interdict.core.names.Token::text).containsExactly("shahla", "sherkat");
        assertThat(score("Shahla Sherkat", "SHAHLA", Schema.PERSON)).isLessThan(REVIEW);
    }

    @Test
    void theWordNumberBeforeANumberIsItsSign() {
        assertThat(NamePipeline.standard().prepare("Harbourview Trust Number 12", Schema.COMPANY).tokens())
                .extracting(io.interdict.core.names.Token::text).containsExactly("harbourview", "trust", "12");
        assertThat(score("Harbourview Trust No. 12", "HARBOURVIEW TRUST NUMBER 12", Schema.COMPANY)).isEqualTo(1.0);
        assertThat(NamePipeline.standard().prepare("Number Nine Imports", Schema.COMPANY).tokens())
                .extracting(io.interdict.core.names.Token::text).as("a number written in words is a number").startsWith("9");
        assertThat(NamePipeline.v1().prepare("Harbourview Trust Number 12", Schema.COMPANY).tokens())
                .extracting(io.interdict.core.names.Token::text).as("interdict-v1 as frozen").contains("number");
    }

    @Test
    void aTitleOneSideLeavesOutSubstitutesNoWord() {
        // "Haji" written before the name and a middle name the list adds: no substituted word (token_conflict).
        assertThat(has("Haji Rahmatullah Karimi", "KARIMI, Rahmatullah Nasir", Schema.PERSON, "token_conflict")).isFalse();
        assertThat(score("Haji Rahmatullah Karimi", "KARIMI, Rahmatullah Nasir", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // A word of the name in its place still does.
        assertThat(has("Bashir Rahmatullah Karimi", "KARIMI, Rahmatullah Wahid", Schema.PERSON, "token_conflict")).isTrue();
    }

    @Test
    void aFamilyNameWrittenAgainAmongTheGivenNamesIsPaired() {
        // The alignment pairs one of the two equal words; the family name is paired all the same.
        assertThat(has("Omar Salim al-Haddad", "AL-HADDAD, Omar Salim Abd al-Haddad", Schema.PERSON, "family_missing")).isFalse();
        assertThat(score("Omar Salim al-Haddad", "AL-HADDAD, Omar Salim Abd al-Haddad", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void twoFrequentGivenNamesOfTheTableAreTwoNames() {
        // Hussein (Husayn) and Hassan (Hasan), each a line of given-name-spellings.tsv, beside any number of words alike.
        assertThat(has("Tariq Mahmoud Hussein al-Obeidi", "AL-OBEIDI, Tariq Mahmoud Hassan", Schema.PERSON, "other_word")).isTrue();
        assertThat(score("Hossein Farahani Nejad", "FARAHANI NEJAD, Hassan", Schema.PERSON)).isLessThan(REVIEW);
        // Two spellings of one of them stay one name.
        assertThat(score("Hossein Farahani Nejad", "FARAHANI NEJAD, Husayn", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void sonOfWrittenWithASlashIsTheLineageParticle() {
        // "s/o", "d/o" (son of, daughter of) between a name and the father's: "bin", "bint", not two names at a slash.
        assertThat(NamePipeline.standard().prepare("Imran Qadir S/O Nasir Qadir", Schema.PERSON).tokens())
                .extracting(io.interdict.core.names.Token::text).containsExactly("imran", "qadir", "bin", "nasir", "qadir");
        assertThat(NamePipeline.standard().prepare("Saima Qadir d/o Nasir", Schema.UNKNOWN).tokens())
                .extracting(io.interdict.core.names.Token::text).containsExactly("saima", "qadir", "bint", "nasir");
        assertThat(score("Imran Qadir s/o Nasir Qadir", "Imran Qadir bin Nasir Qadir", Schema.PERSON)).isEqualTo(1.0);
        // Another father is another person: the names before the slash alone do not decide.
        assertThat(score("Imran Qadir s/o Nasir Qadir", "Imran Qadir s/o Zahid Hussain", Schema.PERSON)).isLessThan(REVIEW);
        // A slash between two names of three letters or more still separates them.
        assertThat(score("Nasir Traders/Qadir Exports", "QADIR EXPORTS", Schema.COMPANY)).isEqualTo(1.0);
    }

    @Test
    void aNameOfPlainSyllablesIsNoChineseNameForASyllableMore() {
        // Syllables all, but none of the letters pinyin writes and few other languages' names do: a middle name added.
        assertThat(has("Bolu Amin Dada", "Bolu Amin", Schema.PERSON, "syllable_extra")).isFalse();
        assertThat(score("Bolu Amin Dada", "Bolu Amin", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // A Chinese name still counts its given name's syllable more.
        assertThat(has("Zhang Lei Hua", "Zhang Lei", Schema.PERSON, "syllable_extra")).isTrue();
    }

    @Test
    void aHypocorismIsWeakEvidenceForItsGivenName() {
        assertThat(Hypocorisms.related("bill", "william")).isTrue();
        assertThat(Hypocorisms.related("william", "bill")).isTrue();
        assertThat(Hypocorisms.related("bill", "thomas")).isFalse();
        // A short form beside the same family name is the same person.
        assertThat(score("Bill Castellane", "William Castellane", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // Weak: it pairs loosely, never as closely as the name itself, and is no anchor on its own.
        assertThat(score("Bill Castellane", "William Castellane", Schema.PERSON))
                .isLessThan(score("William Castellane", "William Castellane", Schema.PERSON));
        assertThat(score("Bill Castellane", "William Hartwood", Schema.PERSON)).isLessThan(REVIEW);
        // A name that is no short form of the other stays another person.
        assertThat(score("Bill Castellane", "Thomas Castellane", Schema.PERSON)).isLessThan(REVIEW);
    }

    @Test
    void aPinyinNameIsAlsoReadInWadeGiles() {
        assertThat(WadeGilesReading.reading("Zhou Xiaoqing")).isEqualTo("chou hsiao-ching");
        assertThat(WadeGilesReading.reading("Deng Zhiqiang")).isEqualTo("teng chih-chiang");
        // Not pinyin, or the same in both systems: no reading.
        assertThat(WadeGilesReading.reading("Maria Gonzalez")).isNull();
        assertThat(WadeGilesReading.reading("Li Ming")).isNull();
        // Compared pairwise, a person in pinyin meets the same name in Wade-Giles, hyphen or not.
        assertThat(score("Zhou Xiaoqing", "Chou Hsiao-ching", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Chou Hsiaoching", "Zhou Xiaoqing", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // Another name in Wade-Giles stays another name.
        assertThat(score("Zhou Xiaoqing", "Chou Te-huai", Schema.PERSON)).isLessThan(REVIEW);
    }

    @Test
    void aKhmerNameIsReadByItsLetters() {
        // ICU leaves Khmer unread: BGN/PCGN consonants (ប៉ p, ភ ph), ALA-LC vowel signs, the inherent a between consonants.
        assertThat(KhmerReading.read("ម៉ៅ")).isEqualTo("mau");
        assertThat(KhmerReading.read("សុភា")).isEqualTo("supha");
        assertThat(KhmerReading.read("ពត")).isEqualTo("pat");
        assertThat(NamePipeline.standard().prepare("ម៉ៅ សុភា", Schema.PERSON).tokens()).isNotEmpty();
        // interdict-v1's pipeline stays as it was frozen: Khmer unread.
        assertThat(NamePipeline.v1().prepare("ម៉ៅ សុភា", Schema.PERSON).tokens()).isEmpty();
        // Compared as an abugida: the consonants decide, the vowels are free.
        assertThat(score("ម៉ៅ សុភា", "Mao Sophea", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("ម៉ៅ សុភា", "Mao Sokha", Schema.PERSON)).isLessThan(REVIEW);
    }

    @Test
    void wordsRunTogetherWithACapitalEachAreAlsoReadApart() {
        assertThat(CamelCase.split("NorthbayMarineSupplyServices")).isEqualTo("Northbay Marine Supply Services");
        // Two parts are often one name written so.
        assertThat(CamelCase.split("McDonald")).isNull();
        assertThat(CamelCase.split("UnitedHealth Group")).isNull();
        assertThat(score("NorthbayMarineSupplyServices", "Northbay Marine Supply Services", Schema.COMPANY))
                .isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("NorthbayMarineSupplyServices", "Southgate Marine Supply Services", Schema.COMPANY))
                .isLessThan(REVIEW);
    }

    @Test
    void aWordWrittenShortWithAFullStopIsReadAsTheOtherNamesWordItShortens() {
        // Truncations and contractions, accents aside.
        assertThat(AbbreviatedWords.against("Harwell Engg. Works", "Harwell Engineering Works").text())
                .isEqualTo("Harwell Engineering Works");
        assertThat(AbbreviatedWords.against("Constr. Naviera Ostrander", "Construcciones Naviera Ostrander").text())
                .isEqualTo("Construcciones Naviera Ostrander");
        assertThat(AbbreviatedWords.against("Dist. Dunmore", "Dunmore Distillers").text()).isEqualTo("Distillers Dunmore");
        // Letters fold as the pipeline folds them: "ø" is "o", which no accent-stripping alone gives.
        assertThat(AbbreviatedWords.against("Bjørnst. Tellen", "Bjornstad Tellen").text()).isEqualTo("Bjornstad Tellen");
        assertThat(score("Harwell Engg. Works", "Harwell Engineering Works", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Dunmore Engineering Works", "Dunmore Engg. Works", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Prof. Ilario Venteri", "Professore Ilario Venteri", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(has("Harwell Engg. Works", "Harwell Engineering Works", Schema.COMPANY, "abbreviation")).isTrue();
        // Read so, the pair is a little weaker than the word written out.
        assertThat(score("Harwell Engg. Works", "Harwell Engineering Works", Schema.COMPANY))
                .isLessThan(score("Harwell Engineering Works", "Harwell Engineering Works", Schema.COMPANY));
        // Without a full stop, only a business word's contraction by its consonants ("Engg", "Trdg", "Shpg"), read only
        // as the other name's business word: a word with vowels may be a name ("Dev", "Tran"), "Eng" is a family name.
        assertThat(AbbreviatedWords.against("Harwell Engg Works", "Harwell Engineering Works").text())
                .isEqualTo("Harwell Engineering Works");
        assertThat(score("Delta Trdg Co", "Delta Trading Company", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Orion Shpg Ltd", "Orion Shipping Limited", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(AbbreviatedWords.against("Harwell Eng Works", "Harwell Engineering Works")).isNull();
        assertThat(AbbreviatedWords.against("Tran Holdings", "Transport Holdings")).isNull();
        assertThat(AbbreviatedWords.against("Brnd Holdings", "Brandenburg Holdings")).as("no business word").isNull();
        // In an organisation's name (a legal form or a business word of its own), a business word's truncation is read
        // without a stop too, as payment messages write them: cut after a consonant, before a vowel of the word.
        assertThat(AbbreviatedWords.against("Dandong Industrial Dev Co", "Dandong Industrial Development Co Ltd").text())
                .isEqualTo("Dandong Industrial Development Co");
        assertThat(score("Perlite Insaat San ve Tic AS", "Perlite Insaat Sanayi ve Ticaret AS", Schema.COMPANY))
                .isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Jinhu Minsheng Mach Co", "Jinhu Minsheng Machinery Co. Ltd", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(AbbreviatedWords.against("Dev Patel", "Development Patel")).as("no organisation").isNull();
        assertThat(AbbreviatedWords.against("Ali Trading LLC", "Alimentos Trading LLC")).as("ends in a vowel").isNull();
        assertThat(AbbreviatedWords.against("Rafi Tran Trading LLC", "Rafi Transport Trading LLC")).as("cut before a consonant").isNull();
        assertThat(AbbreviatedWords.against("Vega Mar Co", "Vega Mario Co")).as("no business word").isNull();
        assertThat(AbbreviatedWords.against("Sami Trading LLC", "Samir Trading LLC")).as("a given name").isNull();
        // Not a shortening: letters out of order, another last letter, barely shorter, an initial, or a word the
        // other name writes shortened too.
        assertThat(AbbreviatedWords.against("Harwell Egn. Works", "Harwell Engineering Works")).isNull();
        assertThat(AbbreviatedWords.against("Harwell Engr. Works", "Harwell Engineering Works")).isNull();
        assertThat(AbbreviatedWords.against("Mar. Tellen", "Mari Tellen")).isNull();
        assertThat(AbbreviatedWords.against("J. Tellen", "John Tellen")).isNull();
        assertThat(AbbreviatedWords.against("Harwell Engg. Works", "Harwell Engg. Works")).isNull();
        // A different word the shortening cannot stand for leaves the pair as it was.
        assertThat(score("Harwell Engg. Works", "Harwell Shipping Works", Schema.COMPANY)).isLessThan(REVIEW);
    }

    @Test
    void muhammadsContractionsAreReadWithoutAFullStopToo() {
        // "Mohd" and "Md" are written so in Malaysian and South Asian names, as the other name's spelling of Muhammad.
        assertThat(AbbreviatedWords.against("Mohd Najib Tellen", "Mohammad Najib Tellen").text()).isEqualTo("Mohammad Najib Tellen");
        assertThat(AbbreviatedWords.against("MD ABDUL KARIM", "Muhammad Abdul Karim").text()).isEqualTo("Muhammad ABDUL KARIM");
        assertThat(score("Mohd Ali Venteri", "Muhammad Ali Venteri", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Md Yunus Tellen", "Mohammed Yunus Tellen", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // Only for Muhammad: not another name that begins with M and ends with d, nor "Md" inside a word or a name.
        assertThat(AbbreviatedWords.against("Md Yunus", "Mahmud Yunus")).isNull();
        assertThat(AbbreviatedWords.against("Ahmd Yunus", "Ahmad Yunus")).isNull();
        assertThat(score("Md Yunus Tellen", "Mahmud Yunus Tellen", Schema.PERSON)).isLessThan(REVIEW);
    }

    @Test
    void aSearchReadsTheQuerysShortenedWordsAsTheListedWordsTheyShorten() {
        FuzzyMatcher m = matcher(listed("c:1", EntityKind.ORGANIZATION, Name.primary("Harwell Engineering Works Ltd")),
                listed("c:2", EntityKind.ORGANIZATION, Name.primary("Dunmore Shipping Agency")));
        List<SearchHit> hits = m.search("Harwell Engg. Works Ltd", null, 5);
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.entityId()).isEqualTo("c:1");
            assertThat(h.match()).isTrue();
            assertThat(h.explanation().features()).anySatisfy(f -> {
                assertThat(f.name()).isEqualTo("abbreviation");
                assertThat(f.detail()).contains("Engg. read as Engineering");
            });
        });
        // Without the full stop only a business word's contraction by its consonants is one ("Engg"; not "Eng", a family
        // name too); a shortening of no listed word changes nothing.
        assertThat(m.search("Harwell Engg Works Ltd", null, 5)).anyMatch(h -> h.entityId().equals("c:1") && h.match());
        assertThat(m.search("Harwell Eng Works Ltd", null, 5)).noneMatch(h -> h.entityId().equals("c:1") && h.match());
        assertThat(m.search("Dunmore Engg. Agency", null, 5)).noneMatch(SearchHit::match);
        // An organisation's business word cut short without a stop, as payment messages write them.
        FuzzyMatcher payments = matcher(listed("c:3", EntityKind.ORGANIZATION, Name.primary("Perlite Insaat Sanayi ve Ticaret AS")));
        assertThat(payments.search("PERLITE INSAAT SAN VE TIC AS", null, 5)).anySatisfy(h -> {
            assertThat(h.entityId()).isEqualTo("c:3");
            assertThat(h.match()).isTrue();
            assertThat(h.explanation().features()).anySatisfy(f -> assertThat(f.detail())
                    .isEqualTo("SAN read as Sanayi, TIC read as Ticaret"));
        });
        assertThat(payments.search("PERLITE SAN VE TIC", null, 5)).as("no organisation's word").noneMatch(h ->
                h.explanation().features().stream().anyMatch(f -> f.name().equals("abbreviation")));
        // The same with the bound off: the reading does not depend on it.
        FuzzyMatcher full = new FuzzyMatcher(List.of(
                new Entity("c:1", EntityKind.ORGANIZATION, List.of(Name.primary("Harwell Engineering Works Ltd")),
                        List.of(), List.of(), null, false, null)), MatchSettings.DEFAULTS, InterdictV2.NAME);
        full.coverageBound = false;
        assertThat(full.search("Harwell Engg. Works Ltd", null, 5).get(0).score()).isEqualTo(hits.get(0).score());
    }

    @Test
    void twoCountriesNamesTwoEditsApartAreNeverOneMisspelt() {
        // Two edits apart, two countries: the pair is no slip, and the names are two banks.
        assertThat(CountryNames.twoCountries("austria", "australia")).isTrue();
        assertThat(score("Bank of Austria", "Bank of Australia", Schema.COMPANY)).isLessThan(REVIEW);
        assertThat(score("Niger Oil Company", "Nigeria Oil Company", Schema.COMPANY)).isLessThan(REVIEW);
        // One edit stays a possible slip, as issue 11 asks of every word; two names of one country, or a slip in a word
        // that names no country, still pair.
        assertThat(CountryNames.twoCountries("iran", "iraq")).isTrue();
        assertThat(score("Central Bank of Iran", "Central Bank of Iraq", Schema.ORGANIZATION)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(CountryNames.twoCountries("irak", "iraq")).isFalse();
        assertThat(score("Central Bank of Irak", "Central Bank of Iraq", Schema.ORGANIZATION)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Central Bank of Iraq", "Centrl Bank of Iraq", Schema.ORGANIZATION)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Jordan Smith", "Jordon Smith", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aShortFormMeetsEveryCognateAndSpellingOfItsName() {
        // A short form of one spelling of a name is one of its other spellings' ("Kate", Katherine's, ~ "Catherine").
        assertThat(score("Kate Middleton", "Catherine Middleton", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // An English name and its forms in other languages, beside the same family name.
        assertThat(score("George Papandreou", "Giorgos Papandreou", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Matthew Morawiecki", "Mateusz Morawiecki", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // Weak evidence alone: a cognate with another family name, or a short word folding like a short form, is none.
        assertThat(score("George Smith", "Giorgio Rossi", Schema.PERSON)).isLessThan(REVIEW);
        assertThat(score("Lea Leroy", "Lea Li", Schema.PERSON)).isLessThan(REVIEW);
    }

    @Test
    void aUkrainianGivenNameMeetsItsRussianForm() {
        assertThat(score("Mykola Azarov", "Nikolai Azarov", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Hryhoriy Surkis", "Grigory Surkis", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Volodymyr Zelenskyy", "Vladimir Zelensky", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // Another given name stays another.
        assertThat(score("Mykola Petrenko", "Nikita Petrenko", Schema.PERSON)).isLessThan(REVIEW);
        // The Ukrainian -ий spelt -yy or -yi is one ending with -y; a woman's -a is another.
        assertThat(InterdictV2.nameEnding("zelenskyy", "zelensky")).isFalse();
        assertThat(InterdictV2.nameEnding("zelenskyi", "zelensky")).isFalse();
        assertThat(InterdictV2.nameEnding("morozova", "morozov")).isTrue();
    }

    @Test
    void aPartysOtherNameOrBranchWrittenIntoItsNameIsReadAsSuch() {
        // A former name or an alias in a note: the name without it, and the other name it gives, are both the party's.
        String formerly = "Petrosud Marine Services Ltd (formerly Delta Crest Marine Ltd)";
        assertThat(score(formerly, "Petrosud Marine Services Ltd", Schema.COMPANY)).isGreaterThanOrEqualTo(0.95);
        assertThat(score(formerly, "Delta Crest Marine Ltd", Schema.COMPANY)).isGreaterThanOrEqualTo(0.95);
        assertThat(has(formerly, "Delta Crest Marine Ltd", Schema.COMPANY, "other_name_read")).isTrue();
        assertThat(score("Anatolian Bulk Carriers S.A. a.k.a. ABC Shipping", "Anatolian Bulk Carriers S.A.", Schema.COMPANY))
                .isGreaterThanOrEqualTo(0.95);
        // A branch is part of the company it names, even when it names a country.
        assertThat(score("Takahashi Kaiun Co., Ltd.", "Takahashi Kaiun Co., Ltd. (Singapore Branch)", Schema.COMPANY))
                .isGreaterThanOrEqualTo(0.95);
        assertThat(has("Takahashi Kaiun Co., Ltd.", "Takahashi Kaiun Co., Ltd. (Singapore Branch)", Schema.COMPANY,
                "note_set_aside")).isTrue();
        // A subsidiary named by its country stays another company; a note's other name is no licence for a third one.
        assertThat(score("Takahashi Kaiun Co., Ltd.", "Takahashi Kaiun (Singapore) Pte. Ltd.", Schema.COMPANY)).isLessThan(REVIEW);
        assertThat(score(formerly, "Delta Star Shipping Ltd", Schema.COMPANY)).isLessThan(REVIEW);
    }

    @Test
    void inASearchANoteGivesTheQueryItsOtherNames() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(new Entity("c:1", EntityKind.ORGANIZATION,
                List.of(Name.primary("Delta Crest Marine Ltd")), List.of(), List.of(), null, false, null)),
                MatchSettings.DEFAULTS, InterdictV2.NAME);
        assertThat(m.search("Petrosud Marine Services Ltd (formerly Delta Crest Marine Ltd)", null, 5))
                .anyMatch(h -> h.entityId().equals("c:1") && h.match()
                        && h.explanation().features().stream().anyMatch(f -> f.name().equals("other_name_read")));
    }

    @Test
    void aFieldNamingTwoPartiesWithCareOfIsReadAsEachPartyNeverWhole() {
        // Read whole, "ROSA GAXIOLA C/O RIGOBERTO MEDINA" holds "GAXIOLA", "MEDINA" and "RIGOBERTO": another person.
        String field = "ROSA GAXIOLA C/O RIGOBERTO MEDINA";
        assertThat(score(field, "GAXIOLA MEDINA, Rigoberto", Schema.PERSON)).isLessThan(REVIEW);
        assertThat(has("GAXIOLA MEDINA, Rigoberto", field, Schema.PERSON, "other_name_read")).as("either side").isTrue();
        assertThat(score(field, "MEDINA, Rigoberto", Schema.PERSON)).isGreaterThanOrEqualTo(0.95);
        assertThat(score(field, "GAXIOLA, Rosa", Schema.PERSON)).isGreaterThanOrEqualTo(0.95);
        // Each party still found in a search; the two parties' words joined are not.
        FuzzyMatcher m = matcher(listed("p:1", EntityKind.PERSON, Name.primary("GAXIOLA MEDINA, Rigoberto")),
                listed("p:2", EntityKind.PERSON, Name.primary("MEDINA, Rigoberto")));
        List<SearchHit> hits = m.search(field, null, 5);
        assertThat(hits).anyMatch(h -> h.entityId().equals("p:2") && h.match());
        assertThat(hits).noneMatch(h -> h.entityId().equals("p:1") && h.match());
        // "Care of" written in words may be a name's own ("Health Care of America"): that field is also read whole.
        assertThat(score("Health Care of America Inc", "Health Care of America Inc", Schema.COMPANY)).isEqualTo(1.0);
    }

    @Test
    void aRegnalOrGenerationNumberIsOneNumberInEveryWriting() {
        assertThat(score("Benedict XVI", "Benedict 16th", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Nikolai II", "Nikolai the Second", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Henry Ford II", "Henry Ford 2nd", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // Another number is another generation; an ordinal is no number where the other name writes none.
        assertThat(score("Henry Ford III", "Henry Ford 2nd", Schema.PERSON)).isLessThan(REVIEW);
        assertThat(score("Human Rights First", "Human Rights Watch, Inc.", Schema.ORGANIZATION)).isLessThan(REVIEW);
    }

    @Test
    void aPolishGivenNameMeetsItsShortForm() {
        assertThat(score("NOWAK, Małgorzata", "Gosia Nowak", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Wojtek Kowalski", "Wojciech Kowalski", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Kasia Wojcik", "Katarzyna Wojcik", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Kasia Wojcik", "Barbara Wojcik", Schema.PERSON)).isLessThan(REVIEW);
    }

    @Test
    void cldrsShortCountryNamesPlaceASubsidiary() {
        assertThat(has("HSBC Bank plc", "HSBC Bank USA, N.A.", Schema.COMPANY, "place_extra")).isTrue();
        assertThat(score("HSBC Bank plc", "HSBC Bank USA, N.A.", Schema.COMPANY)).isLessThan(REVIEW);
    }

    @Test
    void aLetterEndingAVesselsNameIsNoInitial() {
        assertThat(score("Eagle S", "Eagle Star", Schema.VESSEL)).isLessThan(REVIEW);
        assertThat(has("Eagle S", "Eagle Star", Schema.VESSEL, "vessel_letter")).isTrue();
        // The same letter on both sides, and a person's initial a ship is named after, stay as they were.
        assertThat(score("M/V Evangelia S, Piraeus, Greece", "Evangelia S", Schema.VESSEL)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Akademik M. Lavrentyev", "Akademik Mikhail Lavrentyev", Schema.VESSEL)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(has("Kapitan A Ivanov", "Kapitan Aleksandr Ivanov", Schema.VESSEL, "vessel_letter")).isFalse();
        // A person's name ending in an initial is no vessel's.
        assertThat(has("Eagle S", "Eagle Star", Schema.PERSON, "vessel_letter")).isFalse();
    }

    @Test
    void aVesselIsNotItsOwnerCompany() {
        // Compared as two vessels' names, one written as a company's is the ship's owner or manager.
        assertThat(score("Orient Pearl", "Orient Pearl Navigation Co., Ltd.", Schema.VESSEL)).isLessThan(REVIEW);
        assertThat(has("KAPITAN GUSEYNOV", "Kapitan Guseynov Shipping Ltd", Schema.VESSEL, "other_kind_of_party")).isTrue();
        // Two ships' names, or a ship's with its prefix, stay as they were.
        assertThat(score("MV Orient Pearl", "ORIENT PEARL", Schema.VESSEL)).isGreaterThanOrEqualTo(REVIEW);
        // Two companies' names are no vessel's.
        assertThat(has("Orient Pearl", "Orient Pearl Navigation Co., Ltd.", Schema.COMPANY, "other_kind_of_party")).isFalse();
    }

    @Test
    void anArabicCompanyNameMeetsItsEnglishNameThroughItsBusinessWord() {
        assertThat(score("مؤسسة الراشد للتجارة", "Al Rashed Trading Establishment", Schema.COMPANY)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("مؤسسة الراشد للتجارة", "Al Rashid Construction Establishment", Schema.COMPANY)).isLessThan(REVIEW);
    }

    @Test
    void moreSpanishAndPortugueseShortFormsMeetTheirNames() {
        assertThat(score("Gabo García Márquez", "Gabriel García Márquez", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        assertThat(score("Tião Santos", "Sebastião Santos", Schema.PERSON)).isGreaterThanOrEqualTo(REVIEW);
        // "Agus", an Indonesian given name of its own, was left out as Agustín's short form
        assertThat(score("Agus Rifai", "Agustin Rifai", Schema.PERSON)).isLessThan(REVIEW);
    }
}
