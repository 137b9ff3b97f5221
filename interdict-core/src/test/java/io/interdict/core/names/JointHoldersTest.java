package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The holders of a joint account written in one name field. */
class JointHoldersTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "IVAN PETROV AND MARIA PETROVA|IVAN PETROV;MARIA PETROVA",
        "Viktor Bout or Alla Bout|Viktor Bout;Alla Bout",
        "JOHN SMITH & JANE DOE|JOHN SMITH;JANE DOE",
        "JOHN SMITH AND/OR JANE DOE|JOHN SMITH;JANE DOE",
        "ALLA AND VIKTOR BOUT|ALLA BOUT;VIKTOR BOUT",                 // a given name alone shares the next holder's family name
        "MIKHAIL AND ANNA PLISYUK|MIKHAIL PLISYUK;ANNA PLISYUK",
        "Wanjiru & Wambui Advocates|Wambui Advocates",               // no given names of the table: no name shared
        "MR AND MRS JOHN SMITH|MRS JOHN SMITH",                        // a title alone names no one
        "Mr. Ivan Petrov and Mrs. Maria Petrova|Mr. Ivan Petrov;Mrs. Maria Petrova",
        "VIKTOR BOUT AND ALLA|VIKTOR BOUT",                           // a given name alone at the end: left out
        "IVAN PETROV AND MARIA PETROVA AND OLGA PETROVA|IVAN PETROV;MARIA PETROVA;OLGA PETROVA",
    })
    void eachHolderIsANameOfItsOwn(String field, String holders) {
        assertThat(JointHolders.holders(field)).containsExactlyElementsOf(List.of(holders.split(";")));
    }

    @ParameterizedTest(name = "{0} stays whole")
    @ValueSource(strings = {
        "Smith and Wesson",                 // no part of two words
        "Marks & Spencer Group",            // an organisation's word
        "Trinidad and Tobago Airways",
        "Johnson & Sons Ltd",               // a legal form
        "BLACK AND DECKER",
        "AL-HARAMAIN & AL-AQSA",            // an article and one word each
        "Ortega y Gasset",                  // Spanish y joins a person's two surnames
        "JOHN SMITH",
        "Smith, Jones and Brown",           // a firm named after its partners
        "Smith, John and Mary",
        "Hotel 21 and Casino Royale",       // a number
    })
    void otherFieldsAreNoJointAccount(String field) {
        assertThat(JointHolders.holders(field)).isEmpty();
    }
}
