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
 * ("Lady Gaga", "Father Christmas"). Idempotent: what it leaves holds no title it would drop. The titles the lists
 * also write into a person's name ("Haji", "Maulavi") are kept as particles, and a name of no known kind (a
 * transaction's party), which may be a company's, keeps all of them as particles.
 */
public final class Honorifics implements TokenStep {
    /** A title before the name; {@code kept}: kept as a particle in a person's name too (honorifics.tsv's "particle"). */
    private record Title(List<String> words, boolean kept) {
    }

    private static final List<Title> BEFORE = new ArrayList<>();
    private static final Set<String> AFTER = new HashSet<>();
    /** The titles of one word among {@link #BEFORE}, for {@link #title}. */
    private static final Set<String> ONE_WORD = new HashSet<>();

    static {
        for (SourcedTable.Row row : SourcedTable.read(Honorifics.class, "honorifics.tsv", 3,
                "words TAB before|particle|after TAB source")) {
            String[] f = row.fields();
            switch (f[1]) {
                case "before" -> BEFORE.add(new Title(List.of(f[0].split(" ")), false));
                case "particle" -> BEFORE.add(new Title(List.of(f[0].split(" ")), true));
                case "after" -> {
                    if (f[0].contains(" ")) {
                        throw new IllegalStateException("honorifics.tsv line " + row.line() + ": a suffix is one word");
                    }
                    AFTER.add(f[0]);
                }
                default -> throw new IllegalStateException("honorifics.tsv line " + row.line()
                        + ": place must be before, particle or after, not '" + f[1] + "'");
            }
        }
        // longest phrases first: "his royal highness" before "his highness"
        BEFORE.sort((a, b) -> b.words().size() - a.words().size());
        for (Title t : BEFORE) {
            if (t.words().size() == 1) {
                ONE_WORD.add(t.words().get(0));
            }
        }
    }

    @Override
    public List<Token> apply(List<Token> tokens, Schema schema) {
        if (schema != Schema.PERSON && schema != Schema.UNKNOWN || tokens.size() < 3) {
            return tokens;
        }
        int from = 0;
        int to = tokens.size();
        // the leading titles kept as particles in a person's name (at most a few: a bit each)
        long kept = 0;
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
            for (Title title : BEFORE) {
                int n = title.words().size();
                if (to - from - n >= 2 && startsWith(tokens, from, title.words())) {
                    if (title.kept() && from + n < Long.SIZE) {
                        kept |= (1L << n) - 1 << from;
                    }
                    from += n;
                    dropped = true;
                    break;
                }
            }
        }
        if (from == 0 && to == tokens.size()) {
            return tokens;
        }
        // A person's titles and suffixes are dropped, but for those the lists also write into a person's name ("Haji",
        // "Maulavi": honorifics.tsv's "particle"), kept as particles, so that a name written with one still pairs it
        // with a listed name of two words that keeps it ("Mullah Omar"), and a reading of another script with its
        // title pairs it too ("مولوی" mwlwy ~ "Maulavi"). A name of no known kind may be a company's ("General Motors
        // Company", "Captain Cook Cruises"): all its titles and suffixes are kept, as particles.
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean inside = i >= from && i < to;
            if (inside) {
                out.add(t);
            } else if (schema == Schema.UNKNOWN || i < Long.SIZE && (kept & 1L << i) != 0) {
                out.add(t.kind() == TokenKind.WORD || t.kind() == TokenKind.GENERIC ? new Token(t.text(), TokenKind.PARTICLE) : t);
            }
        }
        return List.copyOf(out);
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
        return ONE_WORD.contains(word);
    }

    /** The titles of one word {@link #title} knows. */
    public static Set<String> oneWordTitles() {
        return java.util.Collections.unmodifiableSet(ONE_WORD);
    }
}
