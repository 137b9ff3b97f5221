package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.fuzzy.FuzzyMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Two ways a listed person's name is written that the lists themselves show, searched in the bundled lists (session 71):
 * <ul>
 * <li><b>titled</b>: the name (Latin, two words or more, "FAMILY, Given" written given name first) with a title before
 *     it, one of those the UN list's TITLE field gives most ("Maulavi", "Mullah", "Haji", "Qari", "Alhaj", "Sheikh",
 *     "Mufti", "Ustad", "Dr.", "General", "Colonel") or "Mr", one per person, drawn with a fixed seed;</li>
 * <li><b>short Spanish form</b>: a name written "FIRST SECOND, Given Names" (two surnames) searched as the first given
 *     name and the first surname ("GUZMAN LOERA, Joaquin" as "Joaquin GUZMAN"), as Spanish names are written short.</li>
 * </ul>
 * Found when the person is a hit at the review threshold. Tuning and held-out halves by the entity's id
 * ({@link ListScriptEvaluation#tuning}); {@code --verbose} lists misses of the tuning half only.
 */
final class ListFormsEvaluation {
    private static final String[] TITLES = {"Maulavi", "Mullah", "Haji", "Qari", "Alhaj", "Sheikh", "Mufti", "Ustad",
        "Dr.", "General", "Colonel", "Mr"};

    private ListFormsEvaluation() {
    }

    static void main(String[] args, String algorithm) {
        boolean verbose = List.of(args).contains("--verbose");
        boolean tuningOnly = List.of(args).contains("--tuning-only");
        List<Entity> entities = EvalEntities.of();
        FuzzyMatcher m = new FuzzyMatcher(entities, MatchSettings.DEFAULTS, algorithm);
        int[][] titled = new int[2][2];
        int[][] shortForm = new int[2][2];
        List<String> misses = new ArrayList<>();
        Random random = new Random(1);
        for (Entity e : entities) {
            if (e.kind() != EntityKind.PERSON) {
                continue;
            }
            int part = ListScriptEvaluation.tuning(e.id()) ? 0 : 1;
            String name = e.caption();
            if (!name.chars().allMatch(c -> c < 0x250)) {
                continue;
            }
            int comma = name.indexOf(", ");
            boolean oneComma = comma > 0 && name.indexOf(',', comma + 1) < 0;
            String natural = oneComma ? name.substring(comma + 2) + " " + name.substring(0, comma) : name;
            String title = TITLES[random.nextInt(TITLES.length)];
            if (natural.split("\\s+").length >= 2 && !natural.toLowerCase(Locale.ROOT).contains(
                    title.toLowerCase(Locale.ROOT).replace(".", ""))) {
                count(m, title + " " + natural, e, titled[part], part == 0 && verbose ? misses : null, "TITLED");
            }
            if (oneComma) {
                String[] family = name.substring(0, comma).split(" ");
                String[] given = name.substring(comma + 2).split(" ");
                if (family.length == 2 && letters(family[0]) && letters(family[1]) && letters(given[0])) {
                    count(m, given[0] + " " + family[0], e, shortForm[part], part == 0 && verbose ? misses : null, "SHORT");
                }
            }
        }
        System.out.printf(Locale.ROOT, "== listed persons written with a title before the name, %s: tuning %s | HELD-OUT %s%n",
                algorithm, fmt(titled[0]), tuningOnly ? "-" : fmt(titled[1]));
        System.out.printf(Locale.ROOT, "== listed Spanish names written short (given name and first surname), %s: tuning %s | HELD-OUT %s%n",
                algorithm, fmt(shortForm[0]), tuningOnly ? "-" : fmt(shortForm[1]));
        misses.forEach(System.out::println);
    }

    private static boolean letters(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isLetter);
    }

    private static void count(FuzzyMatcher m, String query, Entity e, int[] tally, List<String> misses, String kind) {
        boolean found = m.search(query, null, 10).stream().anyMatch(h -> h.match() && h.entityId().equals(e.id()));
        tally[1]++;
        tally[0] += found ? 1 : 0;
        if (!found && misses != null) {
            misses.add("  MISS " + kind + " " + query + " <- " + e.caption());
        }
    }

    private static String fmt(int[] t) {
        return String.format(Locale.ROOT, "%d/%d = %.3f", t[0], t[1], t[1] == 0 ? 0.0 : (double) t[0] / t[1]);
    }
}
