package io.interdict.core.match.fuzzy;

import static io.interdict.core.match.fuzzy.LatinSpellingTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * interdict-v2 tells another person with a similar name from a misspelt listed one (own, made-up examples): a
 * shared given name beside a different family name, a letter of an abjad name taken for an initial, a word read
 * from an abjad that only the Latin spelling pairs, and a listed family name left out.
 */
class OtherNameTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    private static FuzzyMatcher matcher(Entity... entities) {
        return new FuzzyMatcher(List.of(entities), MatchSettings.DEFAULTS, InterdictV2.NAME);
    }

    private static boolean matches(FuzzyMatcher m, String query, String id) {
        return m.search(query, null, 5).stream().anyMatch(h -> h.entityId().equals(id) && h.match());
    }

    @Test
    void aSharedGivenNameBesideAnotherFamilyNameIsAnotherPerson() {
        FuzzyMatcher m = matcher(person("p:1", "Teodoro VARGAS"), person("p:2", "Liliana ORTEGA"));
        // "barcas" pairs with "vargas" (two edits in six letters), but is a name of its own.
        assertThat(matches(m, "Teodoro Barcas", "p:1")).isFalse();
        assertThat(m.search("Teodoro Barcas", null, 1).get(0).explanation().features())
                .anyMatch(f -> f.name().equals("other_word"));
        // A typist's slip (one edit) is still the listed person, and so is the name as listed.
        assertThat(matches(m, "Teodoro Vargaz", "p:1")).isTrue();
        assertThat(matches(m, "Teodoro Vargas", "p:1")).isTrue();
        // Pairwise (no list), the loose pair is only a lower coverage, as before.
        assertThat(InterdictV2.compare("Teodoro Barcas", "Teodoro VARGAS", Schema.PERSON).features())
                .noneMatch(f -> f.name().equals("other_word"));
    }

    @Test
    void aLetterOfAnAbjadNameIsNoInitial() {
        // مصعب is read "ms b" (ain splits the word, "ms" a title): "b" must not pair with Bushra as an initial would.
        FuzzyMatcher m = matcher(person("p:1", "Bushra SHAWKAT"));
        assertThat(matches(m, "مصعب شوكت", "p:1")).isFalse();
        assertThat(matches(m, "بشرى شوكت", "p:1")).isTrue();
        // In Latin text a letter is an initial.
        assertThat(matches(m, "B. Shawkat", "p:1")).isTrue();
    }

    @Test
    void aWordReadFromAnAbjadThatOnlyTheLatinSpellingPairsIsAnotherWord() {
        // إمام reads "amam": one letter from "aman" in Latin, but m is no n.
        FuzzyMatcher m = matcher(person("p:1", "Aman Abdul RAHMAN"));
        assertThat(matches(m, "عبدالرحمن إمام", "p:1")).isFalse();
        assertThat(matches(m, "عبدالرحمن أمان", "p:1")).isTrue();
    }

    @Test
    void aSyllableOfANameWrittenInVietnameseOrthographyIsNoTypo() {
        FuzzyMatcher m = matcher(person("p:1", "THINH Van Loc"), person("p:2", "Le Thi HOA"));
        // "Trịnh" is another family name than "Thịnh", written with its tone: another person.
        assertThat(matches(m, "Trịnh Văn Lộc", "p:1")).isFalse();
        assertThat(matches(m, "Thịnh Văn Lộc", "p:1")).isTrue();
        // Typed without the orthography, one letter off beside two equal words is still a possible slip.
        assertThat(matches(m, "Trinh Van Loc", "p:1")).isTrue();
        assertThat(VietnameseSpelling.written("Nguyễn Thị Hoa")).isTrue();
        assertThat(VietnameseSpelling.written("Dương")).isTrue();
        assertThat(VietnameseSpelling.written("ESTÊVÃO NA MENA")).isFalse();
        assertThat(VietnameseSpelling.written("Novak Đoković")).isFalse();
    }

    @Test
    void aListedFamilyNameLeftOutIsAnotherPerson() {
        NameScore s = InterdictV2.compare("Ngoc Lan", "TRAN, Ngoc Lan", Schema.PERSON);
        assertThat(s.features()).anyMatch(f -> f.name().equals("family_missing"));
        assertThat(s.score()).isLessThan(REVIEW);
        // The family name named, or a list that does not write it apart, is no family name left out.
        assertThat(InterdictV2.compare("Tran Ngoc Lan", "TRAN, Ngoc Lan", Schema.PERSON).features())
                .noneMatch(f -> f.name().equals("family_missing"));
        assertThat(InterdictV2.compare("Ngoc Lan", "Ngoc Lan TRAN", Schema.PERSON).features())
                .noneMatch(f -> f.name().equals("family_missing"));
        // A query with a word of its own is partial otherwise (token_conflict), not this rule.
        assertThat(InterdictV2.compare("Ngoc Lan Pham", "TRAN, Ngoc Lan", Schema.PERSON).features())
                .noneMatch(f -> f.name().equals("family_missing"));
    }

    @Test
    void twoRomanisationsTheSpellingDoesNotPairStillFoldAlike() {
        // "nur" ~ "noor": two edits in four letters, which the spelling alone does not pair.
        NameScore s = InterdictV2.compare("Nur Hamid Zadran", "NOOR HAMID ZADRAN", Schema.PERSON);
        assertThat(s.pairs()).contains("nur~noor 0.90 spelling");
        assertThat(s.score()).isGreaterThanOrEqualTo(REVIEW);
        assertThat(WordOpinions.foldable("nur", io.interdict.core.names.TokenKind.WORD, "noor",
                io.interdict.core.names.TokenKind.WORD)).isTrue();
        assertThat(WordOpinions.foldable("nur", io.interdict.core.names.TokenKind.WORD, "bashir",
                io.interdict.core.names.TokenKind.WORD)).isFalse();
    }

    @Test
    void aNameWrittenFamilyNameFirstWhoseFamilyNamePairsAListedGivenNameIsAnotherFamily() {
        // 島田博 read in Korean "do jeon bak": every syllable pairs with "PAK, To-Chun", but its family name 島 (do) with
        // the given "To", and the listed family name PAK with its given name 博 (bak).
        FuzzyMatcher m = matcher(person("p:1", "PAK, To-Chun"), person("p:2", "KIM, Hyon U"));
        assertThat(matches(m, "島田博", "p:1")).isFalse();
        assertThat(m.search("島田博", null, 5)).filteredOn(h -> h.entityId().equals("p:1"))
                .allMatch(h -> h.explanation().features().stream().anyMatch(f -> f.name().equals("family_crossed")));
        // The family name paired with the family name: the listed person (Hangul, family name first).
        assertThat(matches(m, "김현우", "p:2")).isTrue();
        assertThat(m.search("김현우", null, 1).get(0).explanation().features())
                .noneMatch(f -> f.name().equals("family_crossed"));
        // Pairwise too, with the feature named; also where the reading meets the listed given and family names glued,
        // given name first (苏伟 "suwei" ~ "WEI, Su" read "su wei"; 김도현 "kim dohyon" ~ "HYON, Kim Do": "do hyon").
        for (String[] p : new String[][]{{"島田博", "PAK, To-Chun"}, {"苏伟", "WEI, Su"}, {"김도현", "HYON, Kim Do"}}) {
            NameScore crossed = FuzzyMatcher.compare(InterdictV2.NAME, p[0], p[1], "Person");
            assertThat(crossed.features()).as(p[1]).anyMatch(f -> f.name().equals("family_crossed") && f.value() < 0);
            assertThat(crossed.score()).as(p[1]).isLessThan(REVIEW);
        }
        for (String[] p : new String[][]{{"苏伟", "SU, Wei"}, {"김도현", "KIM, Do Hyon"}, {"김도현", "KIM Do Hyon"}}) {
            NameScore same = FuzzyMatcher.compare(InterdictV2.NAME, p[0], p[1], "Person");
            assertThat(same.features()).as(p[1]).noneMatch(f -> f.name().equals("family_crossed"));
            assertThat(same.score()).as(p[1]).isGreaterThanOrEqualTo(REVIEW);
        }
        // Written in words apart, a name may follow the Latin order ("雷 张", Lei Zhang): no family name is known.
        assertThat(FuzzyMatcher.compare(InterdictV2.NAME, "雷 张", "ZHANG, Lei", "Person").score()).isGreaterThanOrEqualTo(REVIEW);
    }

    @Test
    void aSyllableOfANameReadFromHanThatTheOtherLacksIsAnotherGivenName() {
        // 玉华 磊 张 (Yuhua Lei Zhang) is not ZHANG Lei: a Chinese given name has one or two syllables, as in Latin text.
        FuzzyMatcher m = matcher(person("p:1", "ZHANG, Lei"));
        assertThat(matches(m, "玉华 磊 张", "p:1")).isFalse();
        assertThat(matches(m, "Yuhua Lei Zhang", "p:1")).isFalse();
        assertThat(matches(m, "磊 张", "p:1")).isTrue();
        assertThat(m.search("玉华 磊 张", null, 1).get(0).explanation().features())
                .anyMatch(f -> f.name().equals("syllable_extra"));
    }

    @Test
    void aWordOfAHanReadingThatNoReadingSpellsIsAnotherCharacterAgainstAList() {
        // 时烨华 reads "shi yehua"; "SHI, Yuhua" is 玉华: one vowel apart, another character. The search read the query
        // as the candidate spells it too, and nothing spelt "yuhua".
        FuzzyMatcher m = matcher(person("p:1", "SHI, Yuhua"), person("p:2", "WANG, Exiang"));
        assertThat(matches(m, "时烨华", "p:1")).isFalse();
        assertThat(matches(m, "望月翔", "p:2")).isFalse();
        assertThat(m.search("时烨华", null, 5)).filteredOn(h -> h.entityId().equals("p:1"))
                .allMatch(h -> h.explanation().features().stream().anyMatch(f -> f.name().equals("other_word")));
        // The listed person's own characters, and a name Korean reads as listed (金正恩, 김정은: "Kim Jong Un").
        assertThat(matches(m, "时玉华", "p:1")).isTrue();
        FuzzyMatcher kim = matcher(person("p:3", "KIM, Jong Un"));
        assertThat(matches(kim, "金正恩", "p:3")).isTrue();
    }

    @Test
    void aQuerysWordsGluedByTheReadingOfAnotherScriptIntoOneLooseWordAreWeak() {
        // שבתאי עשת (Shabtai Eshet) is read "sbty st"; glued, "sbtyst" reads loosely as SOVTEST, one word of its own.
        FuzzyMatcher m = matcher(new io.interdict.core.entity.Entity("o:1", io.interdict.core.entity.EntityKind.ORGANIZATION,
                List.of(io.interdict.core.entity.Name.primary("SOVTEST")), List.of(), List.of(), java.util.Map.of(), false, null));
        assertThat(matches(m, "שבתאי עשת", "o:1")).isFalse();
        assertThat(m.search("שבתאי עשת", null, 5)).filteredOn(h -> h.entityId().equals("o:1"))
                .allMatch(h -> h.explanation().features().stream()
                        .anyMatch(f -> f.name().equals("lone_word_loose") && f.value() == -0.2));
        // Written as one word, the reading is one loose word: the usual lone_word_loose alone.
        assertThat(m.search("שבתאיעשת", null, 5)).filteredOn(h -> h.entityId().equals("o:1"))
                .allMatch(h -> h.explanation().features().stream()
                        .noneMatch(f -> f.name().equals("lone_word_loose") && f.value() < -0.1));
    }

    @Test
    void aQueryInVietnameseOrthographyMeetsTheListsSyllablesAsWritten() {
        // Syllables written apart are not one word ("Tăng Hồ", glued "tangho", ~ "TANGO"); its marks folded, the
        // listed name written without them is the same name.
        FuzzyMatcher m = matcher(new io.interdict.core.entity.Entity("o:1", io.interdict.core.entity.EntityKind.ORGANIZATION,
                List.of(io.interdict.core.entity.Name.primary("TANGO")), List.of(), List.of(), java.util.Map.of(), false, null),
                person("p:1", "NGUYEN, Van Thanh"));
        assertThat(matches(m, "Tăng Hồ", "o:1")).isFalse();
        assertThat(matches(m, "Nguyễn Văn Thành", "p:1")).isTrue();
        assertThat(matches(m, "Nguyễn Văn Thạnh", "p:1")).isTrue();   // a mark apart: the same letters
    }

    @Test
    void aWordMetGluedFromTwoListedWordsHasNoSlipBesides() {
        // "karbelon" is "KAR BELON" written together, one edit: a hit; "karbelom" is that and a slip, two: not one
        // (a Vietnamese name read "phung" met the vessel "PU HUNG 1" glued "puhung" so, at 0.80). Own names.
        FuzzyMatcher m = matcher(entity("v:1", "KAR BELON 2", io.interdict.core.entity.EntityKind.VESSEL));
        assertThat(matches(m, "Karbelon", "v:1")).isTrue();
        assertThat(matches(m, "Karbelom", "v:1")).isFalse();
    }

    @Test
    void aWordPairedOnlyWithAnInitialBesideAWordTheOtherKeepsIsAPartialNameInANameOfNoSchemaToo() {
        // A list that gives no schema ("Colin J. Devellerez"): "Julie" pairs only the initial J, "Colin" the given name,
        // and the family name is left over: a partial name, as between two persons.
        FuzzyMatcher m = matcher(entity("u:1", "Colin J. Devellerez", io.interdict.core.entity.EntityKind.UNKNOWN),
                entity("u:2", "Kirby C. Santos", io.interdict.core.entity.EntityKind.UNKNOWN));
        assertThat(matches(m, "Julie Colin", "u:1")).isFalse();
        assertThat(matches(m, "Kirby Crist", "u:2")).isFalse();
        assertThat(m.search("Kirby Crist", null, 5)).filteredOn(h -> h.entityId().equals("u:2"))
                .allMatch(h -> h.explanation().features().stream().anyMatch(f -> f.name().equals("partial_fuzzy")));
        assertThat(matches(m, "Colin Devellerez", "u:1")).isTrue();
        assertThat(matches(m, "Kirby Santos", "u:2")).isTrue();
        // A company's initial is a shortened word: no partial name for it.
        FuzzyMatcher firm = matcher(entity("o:1", "Fratelli B. Rossi Trading Ltd", io.interdict.core.entity.EntityKind.UNKNOWN));
        assertThat(firm.search("Fratelli Bianchi Trading Ltd", null, 5)).filteredOn(h -> h.entityId().equals("o:1"))
                .allMatch(h -> h.explanation().features().stream().noneMatch(f -> f.name().equals("partial_fuzzy")));
    }

    @Test
    void aWordReadFromAnAlphabetThatStartsWithAnotherSoundIsAnotherWordAgainstAListToo() {
        // Cyrillic writes a word's first sound: "Громова" (gromova) is not "Lomova", one close word beside it.
        FuzzyMatcher m = matcher(person("p:1", "Mariya LOMOVA"));
        assertThat(matches(m, "Мария Громова", "p:1")).isFalse();
        assertThat(matches(m, "Мария Ломова", "p:1")).isTrue();
    }

    private static io.interdict.core.entity.Entity entity(String id, String name, io.interdict.core.entity.EntityKind kind) {
        return new io.interdict.core.entity.Entity(id, kind, List.of(io.interdict.core.entity.Name.primary(name)), List.of(),
                List.of(), java.util.Map.of(), false, null);
    }
}
