package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.names.Hypocorisms;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** {@link ShortForms}: a short form of a name is one of each spelling the romanisation folds write alike. */
class ShortFormsTest {
    @Example
    void aShortFormMeetsAnotherSpellingOfItsName() {
        // The table gives "kate" for Katherine and Kathryn, not for Catherine; "c" and "k" are one romanisation's letter.
        assertThat(Hypocorisms.related("kate", "catherine")).isFalse();
        assertThat(RomanisationFold.variants("katherine", "catherine")).isTrue();
        assertThat(ShortForms.related("kate", "catherine")).isTrue();
        assertThat(ShortForms.related("catherine", "kate")).isTrue();
        // The table's own pairs stay.
        assertThat(ShortForms.related("bill", "william")).isTrue();
    }

    @Example
    void twoShortFormsOrTwoNamesStayApart() {
        // Two short forms of one name are not related ("ted" is Theodore's and Edward's), through a spelling or not.
        assertThat(ShortForms.related("ted", "edward")).isTrue();
        assertThat(ShortForms.related("ted", "theodore")).isTrue();
        assertThat(ShortForms.related("edward", "theodore")).isFalse();
        // A short word folds alike too easily: "li", a family name, is not "lee", Leroy's short form.
        assertThat(Hypocorisms.related("leroy", "lee")).isTrue();
        assertThat(ShortForms.related("leroy", "li")).isFalse();
        // A word no spelling of any name of the table's.
        assertThat(ShortForms.related("kate", "katerpillar")).isFalse();
    }

    @Property(tries = 100)
    void relatedWordsShareAGroup(@ForAll long seed) {
        Random r = new Random(seed);
        List<String> table = new ArrayList<>(Hypocorisms.words());
        for (int k = 0; k < 300; k++) {
            String x = table.get(r.nextInt(table.size()));
            // Another spelling of a word of the table, or any table word, or a random word.
            String y = switch (r.nextInt(3)) {
                case 0 -> respell(table.get(r.nextInt(table.size())), r);
                case 1 -> table.get(r.nextInt(table.size()));
                default -> random(r);
            };
            if (ShortForms.related(x, y)) {
                assertThat(ShortForms.mayRelate(ShortForms.ownAndRelatives(x), ShortForms.ownAndRelatives(y)))
                        .as("%s ~ %s", x, y).isTrue();
                assertThat(ShortForms.mayRelateSecond(ShortForms.secondOwnAndRelatives(x), ShortForms.secondOwnAndRelatives(y)))
                        .as("%s ~ %s", x, y).isTrue();
            }
            assertThat(ShortForms.related(x, y)).as("%s ~ %s", x, y).isEqualTo(ShortForms.related(y, x));
        }
    }

    @Example
    void respelledNamesOfTheTableShareTheirShortFormsGroups() {
        for (String w : Hypocorisms.words()) {
            for (String spelt : new String[] {w.replace('k', 'c'), w.replace('c', 'k'), w.replace("ph", "f"), w + w.charAt(w.length() - 1)}) {
                for (String nick : Hypocorisms.relatives(w)) {
                    if (ShortForms.related(nick, spelt)) {
                        assertThat(ShortForms.mayRelate(ShortForms.ownAndRelatives(nick), ShortForms.ownAndRelatives(spelt)))
                                .as("%s ~ %s", nick, spelt).isTrue();
                        assertThat(ShortForms.mayRelateSecond(ShortForms.secondOwnAndRelatives(nick),
                                ShortForms.secondOwnAndRelatives(spelt))).as("%s ~ %s", nick, spelt).isTrue();
                    }
                }
            }
        }
    }

    private static String respell(String w, Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> w.replace('k', 'c');
            case 1 -> w.replace('c', 'k');
            case 2 -> w.replace("ph", "f");
            default -> w.replace("i", "ee");
        };
    }

    private static String random(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, n = 2 + r.nextInt(8); i < n; i++) {
            sb.append((char) ('a' + r.nextInt(26)));
        }
        return sb.toString();
    }
}
