package io.interdict.core.screen;

import static io.interdict.core.testkit.Kit.entity;
import static io.interdict.core.testkit.Kit.event;
import static io.interdict.core.testkit.Kit.rel;
import static io.interdict.core.testkit.Kit.statusOf;
import static io.interdict.core.testkit.Kit.tx;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.entity.Relation;
import io.interdict.core.entity.RelationKind;
import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Reach;
import io.interdict.core.measure.TxKind;
import io.interdict.core.snapshot.Snapshot;
import io.interdict.core.testkit.Kit;
import io.interdict.core.tx.Equipment;
import io.interdict.core.tx.Party;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreenerTest {
    static final Entity APP = Kit.withIds(entity("t:app/pay", EntityKind.APP, "PayApp", "支付应用"), "android:com.example.pay");
    static final Entity DEV = entity("t:org/dev", EntityKind.ORGANIZATION, "DevCo Ltd");
    static final Entity PARENT = entity("t:org/parent", EntityKind.ORGANIZATION, "Parent Holdings Limited");
    static final Entity SUB = entity("t:org/sub", EntityKind.ORGANIZATION, "SubCo");
    static final Entity OTHER_APP = entity("t:app/chat", EntityKind.APP, "ChatApp");
    static final Entity VENDOR = new Entity("t:org/vendor", EntityKind.ORGANIZATION,
            List.of(Name.primary("Vendor Technologies Co., Ltd."), new Name("Vendor", null, NameStrength.WEAK_ALIAS, null)),
            List.of(), List.of(), null, false, null);

    static Snapshot snapshot(Relation... extra) {
        List<Relation> rels = new java.util.ArrayList<>(List.of(
                rel("t:app/pay", RelationKind.DEVELOPED_BY, "t:org/dev"),
                rel("t:org/dev", RelationKind.SUBSIDIARY_OF, "t:org/parent"),
                rel("t:org/sub", RelationKind.SUBSIDIARY_OF, "t:org/parent"),
                rel("t:app/chat", RelationKind.DEVELOPED_BY, "t:org/parent")));
        rels.addAll(List.of(extra));
        Measure apps = Kit.measure("apps", "US", List.of(event(EventType.SIGNED, "2021-01-01")),
                List.of(Kit.clause("all", List.of("t:app/pay"), Set.of(Reach.DEVELOPERS_AND_CONTROLLERS, Reach.SUBSIDIARIES), Set.of())), List.of());
        Measure equipment = Kit.measure("equipment", "GB", List.of(event(EventType.SIGNED, "2021-01-01")),
                List.of(Kit.clause("no-5g", List.of("t:org/vendor"), Set.of(TxKind.EQUIPMENT_PURCHASE), new Conditions(Set.of("5g"), Set.of()), false)),
                List.of(Kit.obligation("core", List.of("t:org/vendor"), Set.of(TxKind.EQUIPMENT_OPERATION), new Conditions(Set.of(), Set.of("core")), "2023-12-31")));
        return Kit.snapshot(List.of(APP, DEV, PARENT, SUB, OTHER_APP, VENDOR), rels, List.of(apps, equipment));
    }

    @Test
    void targetMatchedByNameInAnyWrittenFormAndByIdentifier() {
        Screener s = Kit.screener(snapshot());
        assertThat(s.screen(tx("2021-02-01", TxKind.PAYMENT, "US", "payapp")).outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(s.screen(tx("2021-02-01", TxKind.PAYMENT, "US", "支付应用")).outcome()).isEqualTo(Outcome.BLOCK);
        Decision byId = s.screen(tx("2021-02-01", null, TxKind.PAYMENT, "US",
                new Party("counterparty", "Unrelated Name", null, List.of(io.interdict.core.entity.Identifier.parse("android:COM.EXAMPLE.PAY"))), null));
        assertThat(byId.hits()).singleElement().satisfies(h -> {
            assertThat(h.match().matchedOn().wire()).isEqualTo("identifier");
            assertThat(h.match().score()).isEqualTo(1.0);
        });
    }

    @Test
    void aDirectHitOnATargetAppNamesTheDeveloperItBites() {
        Decision d = Kit.screener(snapshot()).screen(tx("2021-02-01", TxKind.PAYMENT, "US", "PayApp"));
        assertThat(d.hits().get(0).path()).containsExactly("t:app/pay", "t:org/dev");
    }

    @Test
    void developersControllersAndSubsidiariesAreReachedWithTheirPath() {
        Screener s = Kit.screener(snapshot());
        Decision dev = s.screen(tx("2021-02-01", TxKind.PAYMENT, "US", "DevCo Limited"));
        assertThat(dev.hits()).singleElement().satisfies(h -> assertThat(h.path()).containsExactly("t:app/pay", "t:org/dev"));
        Decision parent = s.screen(tx("2021-02-01", TxKind.PAYMENT, "US", "Parent Holdings Ltd."));
        assertThat(parent.hits().get(0).path()).containsExactly("t:app/pay", "t:org/dev", "t:org/parent");
        Decision sub = s.screen(tx("2021-02-01", TxKind.PAYMENT, "US", "SubCo"));
        assertThat(sub.hits().get(0).path()).containsExactly("t:app/pay", "t:org/dev", "t:org/parent", "t:org/sub");
        // Dealing with another app of the controller is dealing with the controller.
        Decision chat = s.screen(tx("2021-02-01", TxKind.PAYMENT, "US", "ChatApp"));
        assertThat(chat.hits().get(0).path()).endsWith("t:org/parent", "t:app/chat");
    }

    @Test
    void anUnconfirmedOrExpiredRelationWeakensOrBreaksThePath() {
        Relation unconfirmed = new Relation("t:org/x", "t:org/parent", RelationKind.SUBSIDIARY_OF, null, null, null, true, List.of(), null);
        Entity x = entity("t:org/x", EntityKind.ORGANIZATION, "Xco");
        Snapshot base = snapshot();
        List<Entity> es = new java.util.ArrayList<>(base.entities());
        es.add(x);
        Relation expired = new Relation("t:org/y", "t:org/parent", RelationKind.SUBSIDIARY_OF, null, null, Kit.d("2021-01-31"), false, List.of(), null);
        es.add(entity("t:org/y", EntityKind.ORGANIZATION, "Yco"));
        List<Relation> rels = new java.util.ArrayList<>(base.relations());
        rels.add(unconfirmed);
        rels.add(expired);
        Snapshot s = Kit.snapshot(es, rels, List.copyOf(base.measures()));
        Decision dx = Kit.screener(s).screen(tx("2021-02-01", TxKind.PAYMENT, "US", "Xco"));
        assertThat(dx.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(dx.hits().get(0).reason()).contains("unconfirmed");
        assertThat(Kit.screener(s).screen(tx("2021-01-31", TxKind.PAYMENT, "US", "Yco")).outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(Kit.screener(s).screen(tx("2021-02-01", TxKind.PAYMENT, "US", "Yco")).hits()).isEmpty();
    }

    @Test
    void otherJurisdictionsKindsAndConditionsYieldNoHit() {
        Screener s = Kit.screener(snapshot());
        assertThat(s.screen(tx("2021-02-01", TxKind.PAYMENT, "GB", "PayApp")).hits()).isEmpty();
        Party vendor = new Party("counterparty", "Vendor Technologies Company Limited", null, List.of());
        assertThat(s.screen(tx("2022-01-01", null, TxKind.EQUIPMENT_PURCHASE, "GB", vendor, new Equipment("5g", "access"))).outcome())
                .isEqualTo(Outcome.BLOCK);
        assertThat(s.screen(tx("2022-01-01", null, TxKind.EQUIPMENT_PURCHASE, "GB", vendor, new Equipment("4g", "access"))).hits()).isEmpty();
        assertThat(s.screen(tx("2022-01-01", null, TxKind.PAYMENT, "GB", vendor, null)).hits()).isEmpty();
        // Network not stated: the clause may apply, so it is a hit that needs review, not a silent pass.
        Decision unknown = s.screen(tx("2022-01-01", null, TxKind.EQUIPMENT_PURCHASE, "GB", vendor, null));
        assertThat(unknown.outcome()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void obligationsBlockOnAndAfterTheirDeadline() {
        Screener s = Kit.screener(snapshot());
        Party vendor = new Party("counterparty", "Vendor Technologies Co Ltd", null, List.of());
        Equipment core = new Equipment("5g", "core");
        assertThat(statusOf(s.screen(tx("2023-12-30", null, TxKind.EQUIPMENT_OPERATION, "GB", vendor, core)), "equipment")).isEqualTo("deadline_pending");
        Decision on = s.screen(tx("2023-12-31", null, TxKind.EQUIPMENT_OPERATION, "GB", vendor, core));
        assertThat(on.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(on.hits().get(0).deadline()).isEqualTo(Kit.d("2023-12-31"));
        assertThat(s.screen(tx("2024-01-01", null, TxKind.EQUIPMENT_OPERATION, "GB", vendor, new Equipment("5g", "access"))).hits()).isEmpty();
    }

    private static Hit listHit(String entity, String entityName, String query, String candidate, NameStrength strength,
                               double score) {
        return new Hit("ofac-sdn", "list", Status.IN_FORCE, Effect.BLOCK, 0, entity, entityName,
                new io.interdict.core.match.EntityMatch(entity, io.interdict.core.match.MatchedOn.NAME, query, candidate,
                        strength, score, List.of()), List.of(entity), null, "listed");
    }

    @Test
    void ofTwoHitsAsStrongAMeasureShowsTheOneMatchedOnTheNameAsWritten() {
        // OFAC's party HIZBALLAH, and a person one of whose aliases is "Hizb Allah": both 1.0 for "Hizballah"
        Hit alias = listHit("x:2", "KHAN, Hizb Ullah Astam", "Hizballah", "Hizb Allah", NameStrength.ALIAS, 1.0);
        Hit written = listHit("x:1", "HIZBALLAH", "Hizballah", "HIZBALLAH", NameStrength.ALIAS, 1.0);
        assertThat(Screener.stronger(alias, written).entity()).isEqualTo("x:1");
        assertThat(Screener.stronger(written, alias).entity()).isEqualTo("x:1");
        // neither written as the query: the entity's primary name before an alias
        Hit primary = listHit("x:3", "HIZB ALLAH PARTY", "Hizballah", "HIZB ALLAH PARTY", NameStrength.PRIMARY, 1.0);
        assertThat(Screener.stronger(alias, primary).entity()).isEqualTo("x:3");
        assertThat(Screener.stronger(primary, alias).entity()).isEqualTo("x:3");
        // the score comes first
        Hit higher = listHit("x:4", "KHAN", "Hizballah", "Hizb Allah", NameStrength.ALIAS, 1.0);
        Hit lower = listHit("x:5", "HIZBALLAH", "Hizballah", "HIZBALLAH", NameStrength.PRIMARY, 0.99);
        assertThat(Screener.stronger(lower, higher).entity()).isEqualTo("x:4");
    }

    @Test
    void aWeakAliasMatchIsReviewNotBlock() {
        Decision d = Kit.screener(snapshot()).screen(tx("2022-01-01", null, TxKind.EQUIPMENT_PURCHASE, "GB",
                new Party("counterparty", "Vendor", null, List.of()), new Equipment("5g", "core")));
        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(d.hits().get(0).reason()).contains("weak alias");
    }

    @Test
    void outcomeIsTheStrongestEffectAcrossPartiesAndMeasures() {
        Screener s = Kit.screener(snapshot());
        var t = new io.interdict.core.tx.Transaction("t", Kit.d("2021-02-01"), null, TxKind.PAYMENT, "US",
                List.of(new Party("a", "Nobody", null, List.of()), new Party("b", "PayApp", null, List.of())), null, null, null, null);
        Decision d = s.screen(t);
        assertThat(d.outcome()).isEqualTo(Outcome.BLOCK);
        assertThat(d.hits()).singleElement().satisfies(h -> assertThat(h.party()).isEqualTo(1));
    }

    @Test
    void policyMayTightenButNeverLoosen() {
        var tighter = new Policy(Policy.DEFAULT.match(), java.util.Map.of(Status.AWAITING_SCOPE, Effect.REVIEW));
        assertThat(tighter.effect(Status.AWAITING_SCOPE)).isEqualTo(Effect.REVIEW);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Policy(Policy.DEFAULT.match(), java.util.Map.of(Status.IN_FORCE, Effect.ALLOW)))
                .hasMessageContaining("may not loosen in_force");
    }
}
