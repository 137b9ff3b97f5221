package io.interdict.core.names;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * interdict-v2's last step for a person's name: titles and styles before it ("His Excellency", "General", "Rev.")
 * and generational suffixes after it ("Jr.", "Sr.", "Esq.") are dropped, as words.csv's stopwords (Mr, Dr) are for
 * every name: "His Excellency Ilham Aliyev" is "Ilham Aliyev", "Joseph R. Biden Jr." is "Joseph R. Biden".
 *
 * <p>The words come from {@code honorifics.tsv}, each line citing its source. Only persons' names lose them
 * ("General Motors" keeps its word); a title only at the name's start, a suffix only as the last word or, where a
 * "Surname, Given, Jr." name put it, the first; and never when fewer than two words of the name would be left
 * ("Lady Gaga", "Father Christmas"). Idempotent: what it leaves holds no title it would drop.
 */
public final class Honorifics implements TokenStep {
    private static final List<List<String>> BEFORE = new ArrayList<>();
    private static final Set<String> AFTER = new HashSet<>();

    static {
        for (SourcedTable.Row row : SourcedTable.read(Honorifics.class, "honorifics.tsv", 3,
                "words TAB before|after TAB source")) {
            String[] f = row.fields();
            switch (f[1]) {
                case "before" -> BEFORE.add(List.of(f[0].split(" ")));
                case "after" -> {
                    if (f[0].contains(" ")) {
                        throw new IllegalStateException("honorifics.tsv line " + row.line() + ": a suffix is one word");
                    }
                    AFTER.add(f[0]);
                }
                default -> throw new IllegalStateException("honorifics.tsv line " + row.line()
                        + ": place must be before or after, not '" + f[1] + "'");
            }
        }
        // longest phrases first: "his royal highness" before "his highness"
        BEFORE.sort((a, b) -> b.size() - a.size());
    }

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        if (schema != Schema.PERSON || tokens.size() < 3) {
            return tokens;
        }
        int from = 0;
        int to = tokens.size();
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            if (to - from >= 3 && AFTER.contains(tokens.get(to - 1).text())) {
                to--;
                dropped = true;
            }
            if (to - from >= 3 && AFTER.contains(tokens.get(from).text())) {
                from++;
                dropped = true;
            }
            for (List<String> title : BEFORE) {
                if (to - from - title.size() >= 2 && startsWith(tokens, from, title)) {
                    from += title.size();
                    dropped = true;
                    break;
                }
            }
        }
        return from == 0 && to == tokens.size() ? tokens : List.copyOf(tokens.subList(from, to));
    }

    private static boolean startsWith(List<Token> tokens, int from, List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(from + i).text().equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the folded word is a title of one word this step drops before a person's name ("general", "messrs"):
     *  written before an organisation's name ("Messrs. Baltic Timberline OÜ") it is a courtesy, no word of the name. */
    public static boolean title(String word) {
        for (List<String> t : BEFORE) {
            if (t.size() == 1 && t.get(0).equals(word)) {
                return true;
            }
        }
        return false;
    }
}
