package io.interdict.regime;

import io.interdict.core.entity.Entity;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.Measure;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regime a snapshot is built with: the built-in one plus the user's overlays, in order. An overlay
 * adds measures, entities and relations, and events to measures below it; it cannot redefine them.
 * Each overlay is a source part of its own ({@code regime-overlay:<dir>}, checksummed), so it is part of
 * every decision's snapshot id and of the snapshot identity the store keeps.
 *
 * @param parts   the built-in part (with overlay events folded into its measures) then one part per overlay
 * @param version {@code sha256:} over the built-in and overlay checksums: the regime's version
 */
public record Regime(List<SourcePart> parts, String version) {
    public Regime {
        parts = List.copyOf(parts);
    }

    /** The built-in regime alone. */
    public static Regime builtIn() {
        return load(List.of());
    }

    /**
     * The built-in regime with {@code overlays} applied in order. Every problem of every overlay is
     * reported together as {@code dir/file:line: field: message}.
     */
    public static Regime load(List<Path> overlays) {
        RegimeLoader.Loaded builtIn = RegimeLoader.builtIn();
        List<SourcePart> parts = new ArrayList<>(List.of(builtIn.part()));
        Map<String, RegimeDocs.SourceDoc> sources = new LinkedHashMap<>(builtIn.sources());
        List<String> problems = new ArrayList<>();
        for (Path dir : overlays) {
            if (!Files.isDirectory(dir)) {
                problems.add(dir + ": not a directory (a regime overlay is a directory with index.yaml)");
                continue;
            }
            try {
                RegimeLoader.Loaded o = RegimeLoader.overlay(dir, base(parts, sources));
                parts = withEvents(parts, o.extraEvents());
                parts.add(withEventsOwn(o.part(), o.extraEvents()));
                sources.putAll(o.sources());
            } catch (RegimeException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RegimeException(problems);
        }
        return new Regime(parts, version(parts));
    }

    /** The source ids of the overlay parts, in order. */
    public List<String> overlayIds() {
        return parts.stream().map(p -> p.info().id()).filter(id -> id.startsWith(RegimeLoader.OVERLAY_PREFIX)).toList();
    }

    private static RegimeLoader.Base base(List<SourcePart> parts, Map<String, RegimeDocs.SourceDoc> sources) {
        Set<String> ids = new HashSet<>();
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (SourcePart p : parts) {
            p.entities().forEach(e -> ids.add(e.id()));
            p.measures().forEach(m -> measures.put(m.id(), m));
        }
        return new RegimeLoader.Base(ids, Map.copyOf(sources), measures);
    }

    /** The parts below with each measure named in {@code events} given those events too. */
    private static List<SourcePart> withEvents(List<SourcePart> parts, Map<String, List<Event>> events) {
        List<SourcePart> out = new ArrayList<>(parts.size() + 1);
        for (SourcePart p : parts) {
            out.add(withEventsOwn(p, events));
        }
        return out;
    }

    private static SourcePart withEventsOwn(SourcePart p, Map<String, List<Event>> events) {
        if (p.measures().stream().noneMatch(m -> events.containsKey(m.id()))) {
            return p;
        }
        List<Measure> ms = new ArrayList<>();
        for (Measure m : p.measures()) {
            List<Event> extra = events.get(m.id());
            if (extra == null) {
                ms.add(m);
                continue;
            }
            List<Event> all = new ArrayList<>(m.events());
            all.addAll(extra);
            ms.add(new Measure(m.id(), m.shortTitle(), m.title(), m.authority(), m.jurisdictions(), m.citations(), all,
                    m.prohibitions(), m.obligations(), m.list(), m.listSource(), m.notes()));
        }
        return new SourcePart(p.info(), p.entities(), p.relations(), ms);
    }

    static String version(List<SourcePart> parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (SourcePart p : parts) {
                SourceInfo i = p.info();
                md.update((i.id() + "=" + i.checksum() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Entities of every part, for callers that only need to look one up. */
    public List<Entity> entities() {
        return parts.stream().flatMap(p -> p.entities().stream()).toList();
    }
}
