package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Another name of the party, or a branch, written into a name field. */
class NameNotesTest {
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        // a bracketed part of other names
        "Petrosud Marine Services Ltd (formerly Delta Crest Marine Ltd)|Petrosud Marine Services Ltd|Delta Crest Marine Ltd",
        "Sea Lantern (ex-Pacific Marlin, ex-Santa Lucia)|Sea Lantern|Pacific Marlin;Santa Lucia",
        "Star Voyager (ex Southern Glory)|Star Voyager|Southern Glory",
        "Sepehr Rasa Trading FZE (a.k.a. Sepehr Rasa General Trading)|Sepehr Rasa Trading FZE|Sepehr Rasa General Trading",
        // a marker after the name
        "Anatolian Bulk Carriers S.A. a.k.a. ABC Shipping|Anatolian Bulk Carriers S.A.|ABC Shipping",
        "Thermal Processing Institute, a.k.a., Hot Working Institute Ltd.|Thermal Processing Institute|Hot Working Institute Ltd.",
        "Acme Trading Ltd t/a Acme Foods|Acme Trading Ltd|Acme Foods",
        "Nordwind Logistik GmbH, formerly Baltic Cargo GmbH|Nordwind Logistik GmbH|Baltic Cargo GmbH",
        "Joaquín Guzmán Loera alias El Chapo|Joaquín Guzmán Loera|El Chapo",
        "Kestrel Agro Ltd, ex-Kestrel Farms Ltd|Kestrel Agro Ltd|Kestrel Farms Ltd",
        // a branch
        "Takahashi Kaiun Co., Ltd. (Singapore Branch)|Takahashi Kaiun Co., Ltd.|",
        "Okafor Petroleum Services Limited – Port Harcourt Branch|Okafor Petroleum Services Limited|",
        "Rahimi Trading GmbH, Zweigniederlassung Wien|Rahimi Trading GmbH|",
        "Sindh Agro Chemicals (Pvt) Ltd, Sukkur Branch|Sindh Agro Chemicals (Pvt) Ltd|",
        "Banco Rioja S.A. (Sucursal en España)|Banco Rioja S.A.|",
        "Muheza Sisal Estates Ltd (Branch)|Muheza Sisal Estates Ltd|",
        // a branch as payment messages write it, with no separator
        "BANK MELLI IRAN DUBAI BRANCH|BANK MELLI IRAN|",
        "VTB BANK PJSC SHANGHAI BRANCH OFFICE|VTB BANK PJSC|",
        "REACH SHIPPING LINES CO LTD HONG KONG BRANCH|REACH SHIPPING LINES CO LTD|",
        // care of another party
        "TAMARA FROLOVA C/O ELENA SIDOROVA|TAMARA FROLOVA|ELENA SIDOROVA",
        "Golden Star Shipping Ltd care of Atlas Agency|Golden Star Shipping Ltd|Atlas Agency",
        "Golden Star Shipping Ltd (c/o Atlas Agency)|Golden Star Shipping Ltd|Atlas Agency",
        // the name's own acronym, set aside
        "Chengdu GaStone Technology Co., Ltd. (CGTC)|Chengdu GaStone Technology Co., Ltd.|",
        "Kestrel Agro Processing Industries Ltd (KAPI)|Kestrel Agro Processing Industries Ltd|",
        "AMMUNITION AND METALLURGY INDUSTRIES GROUP (AMIG)|AMMUNITION AND METALLURGY INDUSTRIES GROUP|",
        "SAHAND ALUMINUM PARTS INDUSTRIAL COMPANY (SAPICO)|SAHAND ALUMINUM PARTS INDUSTRIAL COMPANY|",
        "UMMAH TAMEER E-NAU (UTN)|UMMAH TAMEER E-NAU|",
        "Kestrel Agro Processing Ltd (KAP)|Kestrel Agro Processing Ltd|",
        // both
        "Tidewater Feeds Ltd (Mombasa Branch) (formerly Coastline Feeds Ltd)|Tidewater Feeds Ltd|Coastline Feeds Ltd",
    })
    void notesAreSetAside(String written, String name, String others) {
        NameNotes.Read r = NameNotes.read(written);
        assertThat(r).isNotNull();
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.otherNames()).isEqualTo(others == null ? List.of() : List.of(others.split(";")));
        assertThat(r.notes()).isNotEmpty();
    }

    @Test
    void aCareOfNoteNamesASecondParty() {
        assertThat(NameNotes.read("TAMARA FROLOVA C/O ELENA SIDOROVA").careOf()).isTrue();
        assertThat(NameNotes.read("Golden Star Shipping Ltd (c/- Atlas Agency)").careOf()).isTrue();
        assertThat(NameNotes.read("Golden Star Shipping Ltd care of Atlas Agency").careOf()).isFalse();
        assertThat(NameNotes.read("Anatolian Bulk Carriers S.A. a.k.a. ABC Shipping").careOf()).isFalse();
    }

    @ParameterizedTest(name = "{0} keeps its words")
    @ValueSource(strings = {
        "Sindh Agro Chemicals (Pvt) Ltd",     // a bracket holding no note
        "Deutsche Bank (Schweiz) AG",         // a country is no branch: another company
        "Branch Banking and Trust Company",   // the branch word inside the name
        "DUBAI BRANCH",                       // no word of a name before the branch's place
        "Careof Holdings Ltd",
        "Jean Aka Kouassi",                   // an Akan family name, not the marker
        "Alias Holdings Ltd",                 // a word at the name's start
        "Exxon Mobil Corporation",
        "Ex Libris Ltd",
        "Ahmad Rostamian Trading Est.",
        "Sindh Agro Chemicals (PVT) Ltd",     // capitals that are no acronym of the name
        "Kestrel Agro Ltd (KL)",              // a word of the name skipped
        "Delta Shipping (DELTA)",
        "Kestrel Agro Ltd (Kal)",             // not in capitals
    })
    void otherNamesAreLeftAsWritten(String written) {
        assertThat(NameNotes.read(written)).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        // the UN's alias fields: the name in two scripts
        "El Harrachi (الحراشي)|El Harrachi|الحراشي",
        "Amir Khazmat (original script: Амир Хазмат)|Amir Khazmat|Амир Хазмат",
        "حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)|حسن غول|Hassan Ghul;Hassan Gul;Hasan Gul",
        "Akhter Mohmad son of Noor Mohmad (اختر محمد ولد نور محمد ),|Akhter Mohmad son of Noor Mohmad|اختر محمد ولد نور محمد",
        "Jin Tiesan (金铁三)|Jin Tiesan|金铁三",
        "Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham)|Hay’at Tahrir al-Sham|HTS;هيئة تحرير الشام;Hayat Tahrir al-Sham",
        // a note of the listing
        "Ezatullah Haqqani (previously listed as)|Ezatullah Haqqani|",
    })
    void aNameInTwoScriptsIsReadAsEach(String written, String name, String others) {
        NameNotes.Read r = NameNotes.read(written);
        assertThat(r).isNotNull();
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.otherNames()).isEqualTo(others == null ? List.of() : List.of(others.split(";")));
        assertThat(r.pieces()).first().isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} is one name")
    @ValueSource(strings = {
        "Gаzprom Neft",              // a Cyrillic а inside a Latin word: no piece of its own
        "株式会社ヤマダ",               // Han and katakana: one Japanese name
        "삼성電子",                    // Hangul and Han: one Korean name
        "Nguyễn Tấn Dũng",           // Latin letters beyond Latin-1
        "Ahmad (Trading) Est.",      // a bracket in the same script
    })
    void aNameInOneScriptIsNotCut(String written) {
        assertThat(NameNotes.read(written)).isNull();
        assertThat(ScriptPieces.sideBySide(written)).isNull();
    }

    @Test
    void aListedNameWrittenTwiceSideBySideIsReadAsEachHalf() {
        assertThat(ScriptPieces.sideBySide("Agha Jan Alizai اغا جان عالیزی")).containsExactly("Agha Jan Alizai", "اغا جان عالیزی");
        // Runs of unequal length are no name written twice.
        assertThat(ScriptPieces.sideBySide("Петрин Construction збут")).isNull();
        assertThat(ScriptPieces.sideBySide("علی عسگری Foods Holdings and Sons")).isNull();
        assertThat(NameNotes.read("Agha Jan Alizai اغا جان عالیزی")).isNull();
    }

    /** Names of one to four words of letters, none of them a marker or a branch word. */
    @Provide
    Arbitrary<String> plainNames() {
        java.util.Set<String> markers = java.util.Set.of("aka", "fka", "dba", "alias", "formerly", "previously", "ex",
                "branch", "niederlassung", "zweigniederlassung", "succursale", "sucursal", "oddzial");
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9)
                .filter(w -> !markers.contains(w))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 300)
    void aNameWithoutANoteIsLeftAlone(@ForAll("plainNames") String name) {
        assertThat(NameNotes.read(name)).isNull();
    }

    @Property(tries = 300)
    void aFormerNameInBracketsIsReadBesideTheName(@ForAll("plainNames") String name, @ForAll("plainNames") String former) {
        NameNotes.Read r = NameNotes.read(name + " (formerly " + former + ")");
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.otherNames()).containsExactly(former);
    }
}
