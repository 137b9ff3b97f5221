package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.MatchedOn;
import io.interdict.core.match.Matchers;
import io.interdict.core.tx.Party;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FuzzyMatcherTest {
    static Entity org(String id, String... names) {
        return new Entity(id, EntityKind.ORGANIZATION, java.util.Arrays.stream(names).map(Name::primary).toList(),
                List.of(), List.of(), null, false, null);
    }

    static Entity person(String id, String... names) {
        return new Entity(id, EntityKind.PERSON, java.util.Arrays.stream(names).map(Name::primary).toList(),
                List.of(), List.of(), null, false, null);
    }

    /** Asserts that a search for {@code query} ranks entity {@code id} first, as a match. */
    static void assertFoundFirst(FuzzyMatcher matcher, String query, String id) {
        List<SearchHit> hits = matcher.search(query, null, 3);
        org.assertj.core.api.Assertions.assertThat(hits).as(query).extracting(SearchHit::entityId).first().isEqualTo(id);
        org.assertj.core.api.Assertions.assertThat(hits.get(0).match()).as(query).isTrue();
    }

    static final List<Entity> ENTITIES = List.of(
            new Entity("interdict:app/alipay", EntityKind.APP, List.of(Name.primary("Alipay"), Name.alias("支付宝")),
                    List.of(Identifier.parse("android:com.eg.android.AlipayGphone")), List.of("CN"), null, false, null),
            org("interdict:app/camscanner", "CamScanner"),
            org("interdict:app/tiktok", "TikTok", "抖音"),
            org("ofac-sdn:9999", "MAHAN AIR", "MAHAN AIRLINES"),
            org("ofac-sdn:1", "MAHAN TRADING COMPANY"),
            org("un-sc:QDe.004", "Al-Qa'ida", "The Base"),
            org("ofac-sdn:2", "CAMEROON SHIPPING LINES"),
            org("ofac-sdn:3", "TIKTAK GAMES LLC"),
            new Entity("un-sc:QDi.001", EntityKind.PERSON, List.of(Name.primary("Usama bin Ladin"), Name.alias("Usama bin Muhammad bin Awad bin Laden")),
                    List.of(), List.of(), null, false, null));

    final FuzzyMatcher matcher = new FuzzyMatcher(ENTITIES, MatchSettings.DEFAULTS);

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource({
        "CamScaner, interdict:app/camscanner",
        "支付宝, interdict:app/alipay",
        "Tik Tok, interdict:app/tiktok",
        "Mahaan Air, ofac-sdn:9999",
        "ALIPAY, interdict:app/alipay",
        "Al Qaida, un-sc:QDe.004",
        "Osama bin Laden, un-sc:QDi.001",
    })
    void findsVariantsFirstAndAsMatch(String query, String expected) {
        List<SearchHit> hits = matcher.search(query, null, 5);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo(expected);
        assertThat(hits.get(0).match()).isTrue();
        assertThat(hits.get(0).explanation().features()).isNotEmpty();
    }

    @Test
    void aNameSharedByMoreEntitiesThanTheCandidateBoundFindsThemAll() {
        List<Entity> many = new java.util.ArrayList<>(ENTITIES);
        String[] spellings = {"ANSAR AL-SHARIA", "Ansar al Sharia", "ansar al-sharia"};
        String[] sources = {"ofac-sdn", "un-sc", "uk-hmt"};
        int shared = 3 * FuzzyMatcher.CANDIDATES_PER_QUERY;
        for (int i = 0; i < shared; i++) {
            many.add(org(sources[i % 3] + ":as" + i, spellings[i % 3]));
            many.add(org(sources[i % 3] + ":other" + i, "Ansar Trading " + i, "Sharia Bank " + i));
        }
        FuzzyMatcher m = new FuzzyMatcher(many, MatchSettings.DEFAULTS);
        List<SearchHit> all = m.search("Ansar al-Sharia", null, 100);
        assertThat(all.stream().filter(h -> h.score() == 1.0).map(SearchHit::entityId).filter(id -> id.contains(":as")))
                .hasSize(shared);
        List<SearchHit> un = m.search("Ansar al-Sharia", "un-sc", 100);
        assertThat(un.stream().filter(h -> h.score() == 1.0)).hasSize(shared / 3)
                .allSatisfy(h -> assertThat(h.entityId()).startsWith("un-sc:as"));
    }

    @Test
    void sourceFilterAndLimit() {
        assertThat(matcher.search("Mahan Air", "un-sc", 5)).isEmpty();
        assertThat(matcher.search("Mahan Air", "ofac-sdn", 1)).hasSize(1);
        assertThat(matcher.search("Mahan Air", "no-such-list", 5)).isEmpty();
    }

    @Test
    void identifierMatchesScoreOneAndComeFirst() {
        List<EntityMatch> m = matcher.match(new Party("counterparty", "Some Wallet",
                null, List.of(Identifier.parse("android:com.eg.android.alipaygphone"))));
        assertThat(m.get(0).entityId()).isEqualTo("interdict:app/alipay");
        assertThat(m.get(0).matchedOn()).isEqualTo(MatchedOn.IDENTIFIER);
        assertThat(m.get(0).score()).isEqualTo(1.0);
    }

    @Test
    void unrelatedNamesDoNotMatch() {
        assertThat(matcher.match(new Party("counterparty", "Kathryn Barr", null, List.of()))).isEmpty();
    }

    @Test
    void registeredByName() {
        assertThat(Matchers.byName("interdict-v1").algorithm()).isEqualTo("interdict-v1");
    }

    @Test
    void compareExplains() {
        NameScore s = FuzzyMatcher.compare("Mahaan Air", "MAHAN AIR", "Company");
        assertThat(s.score()).isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.reviewThreshold());
        assertThat(s.pairs()).anyMatch(p -> p.startsWith("mahaan~mahan"));
        assertThat(s.algorithm()).isEqualTo("interdict-v1");
    }

    /** The same person on two lists, once with the family name set apart by a comma: the two names hold the same words
     *  and are indexed once, but interdict-v2 scores a family name written so (surname_partial: "Jerome Bukande" names
     *  one of its two words); each hit's score is its own name's, as its explanation says. */
    @Test
    void eachHitIsScoredAsItsOwnNameIsWritten() {
        Entity un = new Entity("un-sc:CDi.005", EntityKind.PERSON, List.of(Name.primary("JEROME KAKWAVU BUKANDE")),
                List.of(), List.of(), null, false, null);
        Entity ofac = new Entity("ofac-sdn:12029", EntityKind.PERSON, List.of(Name.primary("KAKWAVU BUKANDE, Jerome")),
                List.of(), List.of(), null, false, null);
        for (List<Entity> order : List.of(List.of(un, ofac), List.of(ofac, un))) {
            FuzzyMatcher v2 = new FuzzyMatcher(order, MatchSettings.DEFAULTS, InterdictV2.NAME);
            List<SearchHit> hits = v2.search("Jerome Bukande", null, 5);
            assertThat(hits).extracting(SearchHit::entityId).containsExactly("un-sc:CDi.005", "ofac-sdn:12029");
            for (SearchHit h : hits) {
                assertThat(h.score()).isEqualTo(h.explanation().score());
            }
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        }
    }

    @Test
    void anOrganisationsNameInAnotherScriptIsSearchedInEnglishAndIndexedSo() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(
                org("t:mod", "MINISTRY OF DEFENCE OF THE RUSSIAN FEDERATION"),
                org("t:mof", "MINISTRY OF FINANCE OF THE RUSSIAN FEDERATION"),
                org("t:irgc", "سپاه پاسداران انقلاب اسلامی")), MatchSettings.DEFAULTS, "interdict-v2");
        List<SearchHit> hits = m.search("Министерство обороны Российской Федерации", null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("t:mod");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(hits.stream().filter(h -> h.entityId().equals("t:mof")).noneMatch(SearchHit::match)).isTrue();
        assertThat(hits.get(0).explanation().features()).anySatisfy(f -> assertThat(f.detail())
                .contains("read in English: \"ministry defence russian federation\""));
        // a listed name in Persian is indexed in English too
        List<SearchHit> irgc = m.search("Islamic Revolutionary Guards Corps", null, 3);
        assertThat(irgc).isNotEmpty();
        assertThat(irgc.get(0).entityId()).isEqualTo("t:irgc");
        assertThat(irgc.get(0).match()).isTrue();
        assertThat(irgc.get(0).explanation().features()).anySatisfy(f -> assertThat(f.detail())
                .startsWith("\"سپاه پاسداران انقلاب اسلامی\" read in English"));
        // a person's name holding one such word is not read so ("اسلامی" is also the family name Eslami)
        assertThat(ScriptReadings.translations("محمد اسلامی", 2)).isEmpty();
    }

    @Test
    void eastAsianNamesWrittenInCyrillicAreSearchedInTheirOwnRomanisations() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(
                person("t:choe", "CHOE, Ryong Hae"),
                person("t:choe2", "CHOE, Son Hui"),
                person("t:li", "LI, Fangwei"),
                person("t:abe", "ABE, Shinzo")), MatchSettings.DEFAULTS, "interdict-v2");
        // no word of the Russian transliteration ("chkhve ren khe") is near any listed word: found by its Korean spelling
        List<SearchHit> choe = m.search("Чхве Рён Хэ", null, 3);
        assertThat(choe).isNotEmpty();
        assertThat(choe.get(0).entityId()).isEqualTo("t:choe");
        assertThat(choe.get(0).match()).isTrue();
        assertThat(choe.stream().filter(h -> h.entityId().equals("t:choe2")).noneMatch(SearchHit::match)).isTrue();
        List<SearchHit> li = m.search("Ли Фанвэй", null, 3);
        assertThat(li).isNotEmpty();
        assertThat(li.get(0).entityId()).isEqualTo("t:li");
        assertThat(li.get(0).match()).isTrue();
        List<SearchHit> abe = m.search("Абэ Синдзо", null, 3);
        assertThat(abe).isNotEmpty();
        assertThat(abe.get(0).entityId()).isEqualTo("t:abe");
        assertThat(abe.get(0).match()).isTrue();
    }

    @Test
    void aListedPersonsPatronymicLeftOutOfTheQueryIsNoSignOfAnotherPerson() {
        // "lukashenko" and "viktor" are held by five entities or more: common words in this list
        List<Entity> listed = new java.util.ArrayList<>(List.of(
                person("t:viktor", "LUKASHENKO, Viktor Aliaksandravich"),
                person("t:other", "LUKASHENKO, Viktor Sergei"),
                person("t:dmitry", "LUKASHENKO, Dmitry Aliaksandravich"),
                person("t:father", "LUKASHENKO, Aliaksandr Ryhoravich"),
                person("t:l5", "LUKASHENKO, Pavel"),
                person("t:l6", "LUKASHENKO, Oleg")));
        for (int k = 0; k < 5; k++) {
            listed.add(person("t:v" + k, "VIKTOR, Name" + (char) ('a' + k)));
        }
        FuzzyMatcher m = new FuzzyMatcher(listed, MatchSettings.DEFAULTS, "interdict-v2");
        List<SearchHit> hits = m.search("Viktor Lukashenko", null, 10);
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.entityId()).isEqualTo("t:viktor");
            assertThat(h.match()).isTrue();
        });
        // a given name of its own left out still makes the common words the only evidence
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.entityId()).isEqualTo("t:other");
            assertThat(h.match()).isFalse();
            assertThat(h.explanation().features()).anySatisfy(f -> assertThat(f.name()).isEqualTo("common_words_only"));
        });
    }

    @Test
    void aBelarusianNameMeetsItsRussianFormBothWays() {
        FuzzyMatcher m = new FuzzyMatcher(List.of(
                person("t:naumau", "NAUMAU, Uladzimir Uladzimiravich"),
                person("t:naumov", "NAUMOV, Pavel"),
                person("t:makei", "MAKEI, Vladimir")), MatchSettings.DEFAULTS, "interdict-v2");
        // the listed Belarusian form is indexed in its Russian form too, and the hit says so
        List<SearchHit> hits = m.search("Vladimir Naumov", null, 3);
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).entityId()).isEqualTo("t:naumau");
        assertThat(hits.get(0).match()).isTrue();
        assertThat(hits.get(0).explanation().features()).anySatisfy(f -> assertThat(f.name()).isEqualTo("read_as_russian"));
        assertThat(hits.stream().filter(h -> h.entityId().equals("t:naumov")).noneMatch(SearchHit::match)).isTrue();
        // a query in the Belarusian form is read in the Russian one
        List<SearchHit> makei = m.search("Uladzimir Makei", null, 3);
        assertThat(makei).isNotEmpty();
        assertThat(makei.get(0).entityId()).isEqualTo("t:makei");
        assertThat(makei.get(0).match()).isTrue();
    }
}
