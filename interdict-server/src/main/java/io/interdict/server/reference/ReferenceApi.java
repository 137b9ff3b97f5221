package io.interdict.server.reference;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.Relation;
import io.interdict.core.measure.Citation;
import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.Reach;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.MeasureStatus;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.server.Api;
import io.interdict.server.Engine;
import io.interdict.server.auth.Role;
import io.interdict.server.http.ApiError;
import io.interdict.server.http.Param;
import io.interdict.server.http.Requests;
import io.interdict.server.http.Route;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Read-only views of the active snapshot: measures and their timelines, entities, lists. */
public final class ReferenceApi implements Api.Endpoints {
    /** A list measure targets every entry of its list; listing thousands of ids helps nobody. */
    private static final int MAX_TARGETS_SHOWN = 200;

    private final Api api;

    public ReferenceApi(Api api) {
        this.api = api;
    }

    @Override
    public List<Route> routes() {
        List<Param> dates = List.of(Param.of("date", "string", "status as of this date, YYYY-MM-DD (default today, UTC)"),
                Param.of("known_at", "string", "use only the events issued by this date"));
        return List.of(
                new Route(HandlerType.GET, "/v1/measures", Role.SCREEN, "reference",
                        "Every measure with its status on a date, clause by clause, and its next dated event",
                        dates, null, "{\"date\":…,\"measures\":[…]}", this::measures),
                new Route(HandlerType.GET, "/v1/measures/{id}", Role.SCREEN, "reference",
                        "One measure: timeline of events, clauses with targets and reach, status on a date",
                        dates, null, "A measure", this::measure),
                new Route(HandlerType.GET, "/v1/entities/<id>", Role.REVIEW, "reference",
                        "One entity: names, identifiers, relations in both directions, measures naming it, source record",
                        List.of(), null, "An entity", this::entity),
                new Route(HandlerType.GET, "/v1/lists", Role.SCREEN, "reference",
                        "The active snapshot: its sources with dates, checksums and entity counts",
                        List.of(), null, "{\"snapshot\":…,\"sources\":[…]}", this::lists));
    }

    private LocalDate dateParam(Context ctx) {
        LocalDate d = Requests.date(Requests.param(ctx, "date"), "date");
        return d == null ? LocalDate.now(api.clock()) : d;
    }

    private void measures(Context ctx) {
        Engine e = api.engine();
        LocalDate d = dateParam(ctx);
        LocalDate knownAt = Requests.date(Requests.param(ctx, "known_at"), "known_at");
        ObjectNode out = Requests.JSON.createObjectNode();
        out.put("date", d.toString());
        if (knownAt != null) {
            out.put("known_at", knownAt.toString());
        }
        out.put("snapshot", e.snapshot().hash());
        ArrayNode arr = out.putArray("measures");
        for (Measure m : e.snapshot().measures()) {
            ObjectNode o = arr.addObject();
            o.put("id", m.id());
            o.put("short_title", m.shortTitle());
            o.put("title", m.title());
            strings(o.putArray("jurisdictions"), m.jurisdictions().stream().sorted().toList());
            o.put("list", m.list());
            status(o, MeasureStatus.of(m, d, knownAt));
        }
        ctx.contentType("application/json").result(out.toString());
    }

    private static void status(ObjectNode o, MeasureStatus st) {
        o.put("status", st.summary());
        ObjectNode clauses = o.putObject("clauses");
        for (MeasureStatus.Clause c : st.clauses()) {
            clauses.put(c.id(), c.status());
        }
        if (st.next() != null) {
            ObjectNode n = o.putObject("next_event");
            n.put("date", st.next().date().toString());
            n.put("what", st.next().what());
        } else {
            o.putNull("next_event");
        }
    }

    private void measure(Context ctx) {
        Engine e = api.engine();
        String id = ctx.pathParam("id");
        Measure m = e.snapshot().measure(id).orElseThrow(() -> ApiError.notFound("no measure '" + Requests.shorten(id) + "'"));
        LocalDate d = dateParam(ctx);
        LocalDate knownAt = Requests.date(Requests.param(ctx, "known_at"), "known_at");
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("id", m.id());
        o.put("short_title", m.shortTitle());
        o.put("title", m.title());
        o.put("authority", m.authority());
        strings(o.putArray("jurisdictions"), m.jurisdictions().stream().sorted().toList());
        o.put("list", m.list());
        if (m.listSource() != null) {
            o.put("list_source", m.listSource());
        }
        citations(o.putArray("citations"), m.citations());
        strings(o.putArray("notes"), m.notes());
        o.put("date", d.toString());
        if (knownAt != null) {
            o.put("known_at", knownAt.toString());
        }
        status(o, MeasureStatus.of(m, d, knownAt));
        ArrayNode timeline = o.putArray("timeline");
        List<Event> events = new ArrayList<>(m.events());
        events.sort(Comparator.comparing(Event::effective).thenComparing(Event::issued));
        for (Event ev : events) {
            ObjectNode j = timeline.addObject();
            j.put("id", ev.id());
            j.put("type", ev.type().wire());
            j.put("issued", ev.issued().toString());
            j.put("effective", ev.effective().toString());
            putDate(j, "covers_from", ev.coversFrom());
            putDate(j, "covers_to", ev.coversTo());
            strings(j.putArray("clauses"), ev.clauses());
            putText(j, "by", ev.by());
            putText(j, "court", ev.court());
            putText(j, "text", ev.text());
            j.put("unconfirmed", ev.unconfirmed());
            j.put("derived", ev.derived());
            j.put("known", ev.knownAt(knownAt));
            citations(j.putArray("sources"), ev.sources());
        }
        ArrayNode prohibitions = o.putArray("prohibitions");
        for (Prohibition p : m.prohibitions()) {
            ObjectNode j = prohibitions.addObject();
            j.put("clause", p.clause());
            putText(j, "text", p.text());
            targets(e, j, p.targets(), m);
            reachKinds(j, p.reach(), p.kinds(), p.conditions());
            j.put("awaiting_scope", p.awaitingScope());
            putText(j, "review_only", p.reviewOnly());
            j.put("unconfirmed", p.unconfirmed());
            citations(j.putArray("sources"), p.sources());
        }
        ArrayNode obligations = o.putArray("obligations");
        for (Obligation ob : m.obligations()) {
            ObjectNode j = obligations.addObject();
            j.put("id", ob.id());
            putText(j, "text", ob.text());
            targets(e, j, ob.targets(), m);
            reachKinds(j, ob.reach(), ob.kinds(), ob.conditions());
            putDate(j, "from", ob.from());
            j.put("deadline", ob.deadline().toString());
            j.put("unconfirmed", ob.unconfirmed());
            citations(j.putArray("sources"), ob.sources());
        }
        ctx.contentType("application/json").result(o.toString());
    }

    private static void targets(Engine e, ObjectNode j, List<String> ids, Measure m) {
        ArrayNode t = j.putArray("targets");
        if (ids.isEmpty() && m.list()) {
            j.put("targets_are", "every entry of list source '" + m.listSource() + "'");
        }
        int n = 0;
        for (String id : ids) {
            if (++n > MAX_TARGETS_SHOWN) {
                j.put("targets_truncated", ids.size());
                break;
            }
            ObjectNode o = t.addObject();
            o.put("id", id);
            o.put("name", e.snapshot().entity(id).map(Entity::caption).orElse(id));
        }
    }

    private static void reachKinds(ObjectNode j, Collection<Reach> reach, Collection<TxKind> kinds, Conditions c) {
        strings(j.putArray("reach"), reach.stream().map(Reach::wire).sorted().toList());
        strings(j.putArray("kinds"), kinds.stream().map(TxKind::wire).sorted().toList());
        ObjectNode cond = j.putObject("conditions");
        strings(cond.putArray("networks"), c.networks().stream().sorted().toList());
        strings(cond.putArray("domains"), c.domains().stream().sorted().toList());
    }

    private void entity(Context ctx) {
        Engine e = api.engine();
        String id = ctx.pathParam("id");
        Entity en = e.snapshot().entity(id).orElseThrow(() -> ApiError.notFound("no entity '" + Requests.shorten(id) + "'"));
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("id", en.id());
        o.put("kind", en.kind().wire());
        o.put("caption", en.caption());
        o.put("source", en.source());
        ArrayNode names = o.putArray("names");
        for (Name n : en.names()) {
            ObjectNode j = names.addObject();
            j.put("value", n.value());
            j.put("script", n.script());
            j.put("strength", n.strength().name().toLowerCase(java.util.Locale.ROOT));
            putText(j, "lang", n.lang());
        }
        strings(o.putArray("identifiers"), en.identifiers().stream().map(Identifier::toString).toList());
        strings(o.putArray("countries"), en.countries());
        ObjectNode attrs = o.putObject("attributes");
        for (Map.Entry<String, List<String>> a : new TreeMap<>(en.attributes()).entrySet()) {
            strings(attrs.putArray(a.getKey()), a.getValue());
        }
        o.put("unconfirmed", en.unconfirmed());
        ArrayNode out = o.putArray("relations_out");
        for (Relation r : e.outgoing(en.id())) {
            relation(e, out.addObject(), r, r.to());
        }
        ArrayNode in = o.putArray("relations_in");
        for (Relation r : e.incoming(en.id())) {
            relation(e, in.addObject(), r, r.from());
        }
        strings(o.putArray("datasets"), e.datasets().of(en));
        if (en.raw() != null) {
            o.put("source_record", en.raw());
        } else {
            o.putNull("source_record");
        }
        ctx.contentType("application/json").result(o.toString());
    }

    private static void relation(Engine e, ObjectNode j, Relation r, String other) {
        j.put("kind", r.kind().wire());
        j.put("from", r.from());
        j.put("to", r.to());
        j.put("other", other);
        j.put("other_name", e.snapshot().entity(other).map(Entity::caption).orElse(other));
        if (r.share() != null) {
            j.put("share", r.share());
        }
        putDate(j, "valid_from", r.validFrom());
        putDate(j, "valid_to", r.validTo());
        j.put("unconfirmed", r.unconfirmed());
        strings(j.putArray("sources"), r.sources());
        putText(j, "note", r.note());
    }

    private void lists(Context ctx) {
        Engine e = api.engine();
        Snapshot s = e.snapshot();
        LocalDate today = LocalDate.now(api.clock());
        Map<String, Integer> counts = new TreeMap<>();
        for (Entity en : s.entities()) {
            counts.merge(en.source(), 1, Integer::sum);
        }
        ObjectNode o = Requests.JSON.createObjectNode();
        o.put("snapshot", s.hash());
        o.put("loaded_at", e.loadedAt().toString());
        o.put("entities", s.entities().size());
        o.put("relations", s.relations().size());
        o.put("measures", s.measures().size());
        o.put("algorithm", e.screener().matcher().algorithm());
        ArrayNode sources = o.putArray("sources");
        for (SourceInfo si : s.sources()) {
            ObjectNode j = sources.addObject();
            j.put("id", si.id());
            putText(j, "publisher", si.publisher());
            putText(j, "list_date", si.listDate());
            putText(j, "source_url", si.sourceUrl());
            j.put("checksum", si.checksum());
            LocalDate ld = parse(si.listDate());
            if (ld != null) {
                j.put("age_days", ChronoUnit.DAYS.between(ld, today));
            }
        }
        ObjectNode ec = o.putObject("entities_by_source");
        counts.forEach(ec::put);
        strings(o.putArray("datasets"), e.datasets().names());
        ctx.contentType("application/json").result(o.toString());
    }

    private static LocalDate parse(String s) {
        try {
            return s == null || s.length() < 10 ? null : LocalDate.parse(s.substring(0, 10));
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static void citations(ArrayNode arr, List<Citation> cs) {
        for (Citation c : cs) {
            ObjectNode j = arr.addObject();
            putText(j, "text", c.text());
            putText(j, "url", c.url());
            putText(j, "quality", c.quality());
        }
    }

    static void strings(ArrayNode arr, Collection<String> values) {
        for (String v : values) {
            arr.add(v);
        }
    }

    private static void putText(ObjectNode j, String k, String v) {
        if (v != null) {
            j.put(k, v);
        }
    }

    private static void putDate(ObjectNode j, String k, LocalDate d) {
        if (d != null) {
            j.put(k, d.equals(LocalDate.MIN) ? "-∞" : d.toString());
        }
    }
}
