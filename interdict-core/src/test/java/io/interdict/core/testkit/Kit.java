package io.interdict.core.testkit;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.Relation;
import io.interdict.core.entity.RelationKind;
import io.interdict.core.match.ExactMatcher;
import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.Reach;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.Decision;
import io.interdict.core.screen.Policy;
import io.interdict.core.screen.Screener;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.core.tx.Equipment;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One-line builders for entities, measures and transactions in tests. */
public final class Kit {
    private Kit() {
    }

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public static Entity entity(String id, EntityKind kind, String... names) {
        List<Name> ns = new ArrayList<>();
        for (String n : names) {
            ns.add(ns.isEmpty() ? Name.primary(n) : Name.alias(n));
        }
        return new Entity(id, kind, ns, List.of(), List.of(), null, false, null);
    }

    public static Entity withIds(Entity e, String... ids) {
        return new Entity(e.id(), e.kind(), e.names(), Arrays.stream(ids).map(Identifier::parse).toList(), e.countries(),
                e.attributes(), e.unconfirmed(), e.raw());
    }

    public static Relation rel(String from, RelationKind kind, String to) {
        return new Relation(from, to, kind, null, null, null, false, List.of(), null);
    }

    public static Event event(EventType type, String issued) {
        return new Event(null, type, d(issued), null, null, null, List.of(), null, null, null, List.of(), false, false);
    }

    public static Event event(EventType type, String issued, String effective, String... clauses) {
        return new Event(null, type, d(issued), d(effective), null, null, List.of(clauses), null, null, null, List.of(), false, false);
    }

    public static Event covering(EventType type, String issued, String from, String to, String... clauses) {
        return new Event(null, type, d(issued), null, from == null ? null : d(from), to == null ? null : d(to),
                List.of(clauses), "test order", "Test Court", null, List.of(), false, false);
    }

    public static Prohibition clause(String id, List<String> targets, Set<Reach> reach, Set<TxKind> kinds) {
        return new Prohibition(id, null, targets, reach, kinds, null, false, null, List.of(), false);
    }

    public static Prohibition clause(String id, List<String> targets, Set<TxKind> kinds, Conditions c, boolean awaitingScope) {
        return new Prohibition(id, null, targets, Set.of(Reach.DIRECT), kinds, c, awaitingScope, null, List.of(), false);
    }

    public static Obligation obligation(String id, List<String> targets, Set<TxKind> kinds, Conditions c, String deadline) {
        return new Obligation(id, null, targets, null, kinds, c, null, d(deadline), List.of(), false);
    }

    public static Measure measure(String id, String jurisdiction, List<Event> events, List<Prohibition> ps, List<Obligation> os) {
        return new Measure(id, id.toUpperCase(), "Test measure " + id, null, Set.of(jurisdiction), List.of(), events, ps, os,
                false, null, List.of());
    }

    public static Snapshot snapshot(List<Entity> entities, List<Relation> relations, List<Measure> measures) {
        return Snapshot.of(List.of(new SourcePart(new SourceInfo("test", "test", null, null, "sha256:0"), entities, relations, measures)));
    }

    public static Screener screener(Snapshot s) {
        return new Screener(s, new ExactMatcher(s.entities()), Policy.DEFAULT);
    }

    public static Transaction tx(String date, TxKind kind, String jurisdiction, String name) {
        return new Transaction("t", d(date), null, kind, jurisdiction, List.of(new Party("counterparty", name, null, List.of())), null, null, null, null);
    }

    public static Transaction tx(String date, String knownAt, TxKind kind, String jurisdiction, Party party, Equipment eq) {
        return new Transaction("t", d(date), knownAt == null ? null : d(knownAt), kind, jurisdiction, List.of(party), eq, null, null, null);
    }

    public static String statusOf(Decision d, String measure) {
        return d.hits().stream().filter(h -> h.measure().equals(measure)).map(h -> h.status().wire()).findFirst().orElse("none");
    }
}
