package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.BundledLists;
import io.interdict.lists.Embedded;
import java.util.ArrayList;
import java.util.List;

/**
 * The entities an evaluation or a benchmark searches.
 * <ul>
 *   <li>By default, the product's: the embedded snapshot's ({@link Embedded#snapshot()}), as {@code interdict match},
 *       {@code screen} and {@code serve} search them on the embedded defaults. That is the built-in regime's parties
 *       and the bundled lists, with the entries several lists publish reconciled (docs/lists.md, "Reconciling
 *       overlapping parts": the newest list's copy of an entry is kept, the others' left out). 17,969 entities.</li>
 *   <li>With {@code --raw-lists} (JMH and other entry points without options: {@code -Dinterdict.rawLists=true}), every
 *       bundled list record as imported, before reconciling: 27,159 records, of 17,789 ids. The index merges the copies
 *       of one id into one entity with the names of every copy, including older lists' aliases that the product drops,
 *       and counts words over those entities. No product path builds this index: it is what the harness searched until
 *       session 60, kept to compare with the figures measured on it.</li>
 * </ul>
 * Both are in the lists' order, so an index built twice from them is the same.
 */
public final class EvalEntities {
    /** The option (or, with "-Dinterdict." before it, the system property) that selects the raw list records. */
    public static final String RAW_LISTS = "--raw-lists";

    private EvalEntities() {
    }

    /** The product's entities, or the raw list records when {@code args} hold {@link #RAW_LISTS} or the system
     *  property {@code interdict.rawLists} is true. */
    public static List<Entity> of(String... args) {
        return raw(args) ? rawLists() : product();
    }

    /** Which {@link #of} gives, as the harness prints it. */
    public static String described(String... args) {
        return raw(args) ? "raw list records (" + RAW_LISTS + ")" : "the product's snapshot (regime and lists, reconciled)";
    }

    private static boolean raw(String... args) {
        return List.of(args).contains(RAW_LISTS) || Boolean.getBoolean("interdict.rawLists");
    }

    /** The embedded snapshot's entities: what the product searches on its embedded defaults. */
    public static List<Entity> product() {
        return new ArrayList<>(Embedded.snapshot().entities());
    }

    /** Every bundled list record as imported, the lists' republished entries included. */
    public static List<Entity> rawLists() {
        List<Entity> entities = new ArrayList<>();
        for (SourcePart p : BundledLists.all()) {
            entities.addAll(p.entities());
        }
        return entities;
    }
}
