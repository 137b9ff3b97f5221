package io.interdict.console.lists;

import io.interdict.console.ConsoleContext;
import io.interdict.console.screen.DecisionView;
import io.interdict.console.web.Frame;
import io.interdict.console.web.Routes;
import io.interdict.console.web.Routes.BadInput;
import io.interdict.console.web.Routes.NotFound;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Relation;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.diff.ListDiff;
import io.interdict.server.Engine;
import io.interdict.server.auth.Role;
import io.interdict.store.snapshot.SnapshotArchive;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lists: each source of the active snapshot with its publisher, list date, age and checksum; the
 * snapshots the store knows; the difference between two retained snapshots (entities added, removed and
 * changed, by {@link ListDiff}); and entity pages with names, identifiers, relations and measures.
 */
public final class ListsPage {
    public static final int DIFF_SHOWN = 500;

    public record Source(String id, String publisher, String listDate, String ageDays, String url, String checksum, long entities) {
    }

    public record Known(String hash, String firstUsedAt, boolean retained, boolean active) {
    }

    public record Index(String hash, String loadedAt, List<Source> sources, List<Known> snapshots) {
    }

    public record DiffView(String a, String b, int added, int removed, int changed, int unchanged, List<Entity> addedShown,
                           List<Entity> removedShown, List<ListDiff.Change> changedShown, List<String> sourcesChanged) {
    }

    public record RelationView(String kind, String otherId, String otherName, String share, String valid, boolean unconfirmed) {
    }

    public record MeasureRef(String id, String title, String clause) {
    }

    public record EntityView(Entity entity, List<RelationView> out, List<RelationView> in, List<MeasureRef> measures,
                             Map<String, List<String>> attributes) {
    }

    private final ConsoleContext cx;
    private final Routes routes;

    public ListsPage(ConsoleContext cx, Routes routes) {
        this.cx = cx;
        this.routes = routes;
    }

    public void mount() {
        routes.get("/lists", Role.SCREEN, "lists", "Lists", this::index);
        routes.get("/lists/diff", Role.SCREEN, "lists", "Snapshot difference", this::diff);
        // Entity pages show the raw source record: the review role, as for GET /v1/entities.
        routes.get("/entity/<id>", Role.REVIEW, "lists", "Entity", this::entity);
    }

    private void index(Context ctx, Frame frame) {
        Engine e = cx.engine();
        Snapshot s = e.snapshot();
        Map<String, Long> counts = new HashMap<>();
        for (Entity en : s.entities()) {
            counts.merge(en.source(), 1L, Long::sum);
        }
        LocalDate today = cx.today();
        List<Source> sources = new ArrayList<>();
        for (SourceInfo i : s.sources()) {
            String age = "";
            if (i.listDate() != null) {
                try {
                    age = Long.toString(ChronoUnit.DAYS.between(LocalDate.parse(i.listDate().substring(0, 10)), today));
                } catch (DateTimeParseException | IndexOutOfBoundsException ex) {
                    age = "";
                }
            }
            sources.add(new Source(i.id(), i.publisher(), i.listDate(), age, DecisionView.safeUrl(i.sourceUrl()), i.checksum(),
                    counts.getOrDefault(i.id(), 0L)));
        }
        List<Known> known = new ArrayList<>();
        for (SnapshotArchive.Info k : cx.store().snapshots().list()) {
            known.add(new Known(k.hash(), k.firstUsedAt(), k.retained(), k.hash().equals(s.hash())));
        }
        if (known.stream().noneMatch(Known::active)) {
            known.add(0, new Known(s.hash(), "no decision recorded with it yet", false, true));
        }
        routes.render(ctx, "lists.jte", frame, new Index(s.hash(), e.loadedAt().toString(), sources, known));
    }

    private Snapshot snapshot(String hash, String field) {
        if (hash == null || hash.isBlank()) {
            throw new BadInput("field '" + field + "' is required: pick a snapshot");
        }
        if (hash.equals(cx.engine().snapshot().hash())) {
            return cx.engine().snapshot();
        }
        Optional<Snapshot> s = cx.store().snapshots().load(hash);
        return s.orElseThrow(() -> new NotFound("snapshot " + hash + " is not retained in the store (store.retain_snapshots)"));
    }

    private void diff(Context ctx, Frame frame) {
        Snapshot a = snapshot(ctx.queryParam("a"), "a");
        Snapshot b = snapshot(ctx.queryParam("b"), "b");
        // One delta over all entities: a snapshot does not record which part each entity came from.
        SourceInfo ia = new SourceInfo("snapshot", null, null, null, a.hash());
        SourceInfo ib = new SourceInfo("snapshot", null, null, null, b.hash());
        ListDiff.Delta d = ListDiff.diff(new SourcePart(ia, List.copyOf(a.entities()), List.of(), List.of()),
                new SourcePart(ib, List.copyOf(b.entities()), List.of(), List.of()));
        List<String> changedSources = new ArrayList<>();
        Map<String, String> before = new HashMap<>();
        a.sources().forEach(i -> before.put(i.id(), i.checksum()));
        for (SourceInfo i : b.sources()) {
            String old = before.remove(i.id());
            if (old == null) {
                changedSources.add(i.id() + " added");
            } else if (!old.equals(i.checksum())) {
                changedSources.add(i.id() + " changed");
            }
        }
        before.keySet().forEach(k -> changedSources.add(k + " removed"));
        routes.render(ctx, "listsdiff.jte", frame, new DiffView(a.hash(), b.hash(), d.added().size(), d.removed().size(),
                d.changed().size(), d.unchanged(), first(d.added()), first(d.removed()), first(d.changed()), changedSources));
    }

    private static <T> List<T> first(List<T> l) {
        return l.size() <= DIFF_SHOWN ? l : l.subList(0, DIFF_SHOWN);
    }

    private void entity(Context ctx, Frame frame) {
        String id = ctx.pathParam("id");
        Engine e = cx.engine();
        Entity en = e.snapshot().entity(id).orElseThrow(() -> new NotFound("no entity " + id));
        List<RelationView> out = new ArrayList<>();
        for (Relation r : e.outgoing(id)) {
            out.add(view(r, r.to(), e.snapshot()));
        }
        List<RelationView> in = new ArrayList<>();
        for (Relation r : e.incoming(id)) {
            in.add(view(r, r.from(), e.snapshot()));
        }
        List<MeasureRef> measures = new ArrayList<>();
        for (Measure m : e.snapshot().measures()) {
            if (m.list() && en.source().equals(m.listSource())) {
                measures.add(new MeasureRef(m.id(), m.shortTitle(), "every entry of " + m.listSource()));
            }
            for (Prohibition p : m.prohibitions()) {
                if (p.targets().contains(id)) {
                    measures.add(new MeasureRef(m.id(), m.shortTitle(), p.clause()));
                }
            }
            for (Obligation o : m.obligations()) {
                if (o.targets().contains(id)) {
                    measures.add(new MeasureRef(m.id(), m.shortTitle(), o.id()));
                }
            }
        }
        routes.render(ctx, "entity.jte", frame, new EntityView(en, out, in, measures, new java.util.TreeMap<>(en.attributes())));
    }

    private static RelationView view(Relation r, String other, Snapshot s) {
        String valid = (r.validFrom() == null ? "…" : r.validFrom().toString()) + " – " + (r.validTo() == null ? "open" : r.validTo().toString());
        return new RelationView(r.kind().wire(), other, s.entity(other).map(Entity::caption).orElse(other),
                r.share() == null ? "" : Math.round(r.share() * 100) + "%", valid, r.unconfirmed());
    }
}
