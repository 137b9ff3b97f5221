package io.interdict.lists;

import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SnapshotException;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.common.ImportException;
import io.interdict.lists.common.ImportReport;
import io.interdict.lists.common.ImportResult;
import io.interdict.lists.common.ListFile;
import io.interdict.lists.common.ListImporter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The active list parts, one per source id, swapped atomically: readers always see a complete set,
 * an import is checked in full before it replaces anything, and a failed import leaves the previous
 * part of that source active.
 */
public final class ListSet {
    private final AtomicReference<Map<String, SourcePart>> active;

    public ListSet() {
        this(List.of());
    }

    public ListSet(List<SourcePart> initial) {
        Map<String, SourcePart> m = new LinkedHashMap<>();
        initial.forEach(p -> m.put(p.info().id(), p));
        active = new AtomicReference<>(Collections.unmodifiableMap(m));
    }

    /** The bundled default lists (see {@link BundledLists#all()}). */
    public static ListSet bundled() {
        return new ListSet(BundledLists.all());
    }

    /** The active parts, in activation order; an immutable view of one consistent state. */
    public List<SourcePart> parts() {
        return List.copyOf(active.get().values());
    }

    public Optional<SourcePart> part(String source) {
        return Optional.ofNullable(active.get().get(source));
    }

    /**
     * Imports and, only when the whole import succeeded, activates the part in place of the source's
     * previous one. On failure the exception's report names every bad row and nothing changes.
     */
    public ImportReport load(ListImporter importer, List<ListFile> files, String listDate) throws ImportException {
        ImportResult r = importer.importFiles(files, listDate);
        activate(r.part());
        return r.report();
    }

    /** Replaces the part of {@code part.info().id()} atomically. */
    public void activate(SourcePart part) {
        active.updateAndGet(old -> {
            Map<String, SourcePart> m = new LinkedHashMap<>(old);
            m.put(part.info().id(), part);
            return Collections.unmodifiableMap(m);
        });
    }

    public void remove(String source) {
        active.updateAndGet(old -> {
            Map<String, SourcePart> m = new LinkedHashMap<>(old);
            m.remove(source);
            return Collections.unmodifiableMap(m);
        });
    }

    /**
     * A snapshot of the given other parts (the built-in regime first) plus every active list,
     * reconciled so that overlapping lists assemble (see {@link PartReconciler}).
     */
    public Snapshot snapshot(List<SourcePart> others) {
        List<SourcePart> all = new ArrayList<>(others);
        all.addAll(parts());
        PartReconciler.Reconciled r = PartReconciler.reconcile(all);
        if (!r.problems().isEmpty()) {
            throw new SnapshotException(r.problems());
        }
        return Snapshot.of(r.parts());
    }
}
