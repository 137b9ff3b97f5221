package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BelarusianFormsTest {
    @Test
    void aBelarusianNameIsReadInItsRussianForm() {
        assertThat(BelarusianForms.russian("Aliaksandr Lukashenka")).isEqualTo("aleksandr lukashenko");
        assertThat(BelarusianForms.russian("NAUMAU, Uladzimir Uladzimiravich")).isEqualTo("naumov vladimir vladimirovich");
        assertThat(BelarusianForms.russian("Siarhei Tsikhanouski")).isEqualTo("sergei tikhanovsky");
        assertThat(BelarusianForms.russian("Sviatlana Tsikhanouskaya")).isEqualTo("svetlana tikhanovskaya");
        assertThat(BelarusianForms.russian("Maryia Kalesnikava")).isEqualTo("maria kalesnikova");
        assertThat(BelarusianForms.russian("HARA, Dzmitry")).isEqualTo("gara dmitry");
        assertThat(BelarusianForms.russian("Viktar Ryhoravich Zubkou")).isEqualTo("viktor grigoryevich zubkov");
    }

    @Test
    void onlyANameThatShowsItIsBelarusianIsRead() {
        assertThat(BelarusianForms.russian("Jean Moreau")).isNull();            // -au alone says nothing
        assertThat(BelarusianForms.russian("Hanna Schmidt")).isNull();          // Hanna is also a German name
        assertThat(BelarusianForms.russian("Hanna Ryhorauna Zubkova")).isEqualTo("anna grigoryevna zubkova");
        assertThat(BelarusianForms.russian("Vladimir Putin")).isNull();
        assertThat(BelarusianForms.russian("Алесь Бяляцкі")).isNull();          // Latin only: Cyrillic is read first
        assertThat(BelarusianForms.russian(null)).isNull();
    }

    @Test
    void aCyrillicNameIsReadAsRussianReadsItsLettersFirst() {
        assertThat(BelarusianForms.russianOfCyrillic("Аляксандр Лукашэнка")).isEqualTo("aleksandr lukashenko");
        assertThat(BelarusianForms.russianOfCyrillic("Владимир Путин")).isNull();
        assertThat(BelarusianForms.russianOfCyrillic("Ким Чен Ын")).isNull();
    }

    @Test
    void russianPatronymicsFromRussianGivenNames() {
        assertThat(BelarusianForms.russianPatronymic("aleksandr", true)).isEqualTo("aleksandrovich");
        assertThat(BelarusianForms.russianPatronymic("nikolai", true)).isEqualTo("nikolayevich");
        assertThat(BelarusianForms.russianPatronymic("grigory", false)).isEqualTo("grigoryevna");
    }
}
