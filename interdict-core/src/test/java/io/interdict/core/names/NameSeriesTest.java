package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Several names written in one field, separated by semicolons. */
class NameSeriesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Abdul Rehman; Abd Ur-Rehman; Abdur Rahman|Abdul Rehman/Abd Ur-Rehman/Abdur Rahman",
        "NPO Izhmash OAO;OJSC Concern Kalashnikov|NPO Izhmash OAO/OJSC Concern Kalashnikov",
        "LLC Surgutmebel;-LLC Syrgutmebel|LLC Surgutmebel/LLC Syrgutmebel",
        "COMPAGNIE AERIENNE DES GRANDS LACS (CAGL) ; GREAT LAKES (GLBC)|COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)/GREAT LAKES (GLBC)",
        // a semicolon inside brackets stays: the brackets' names are read by ScriptPieces
        "Mexpar International (a.k.a. Pasadena Aerospace; Aviation Supply); Mexpar Inc|Mexpar International (a.k.a. Pasadena Aerospace; Aviation Supply)/Mexpar Inc",
        // a piece written twice is one name
        "Azim Adhajani; Azim Adhajani; Azim Agha-Jani|Azim Adhajani/Azim Agha-Jani",
    })
    void eachNameOfTheSeries(String written, String names) {
        assertThat(NameSeries.of(written)).isEqualTo(List.of(names.split("/")));
    }

    @ParameterizedTest(name = "{0} is one name")
    @ValueSource(strings = {
        "Qasim Soleimani",
        "حسن غول (Hassan Ghul; Hassan Gul)",   // inside brackets only
        "Acme Trading Ltd;",                    // nothing after the semicolon
        "Acme Trading Ltd; 7",                  // no name after it
        "X; Acme Trading Ltd",                  // one letter is no name
    })
    void oneName(String written) {
        assertThat(NameSeries.of(written)).isNull();
    }
}
