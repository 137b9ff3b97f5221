package io.interdict.regime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.entity.Relation;
import io.interdict.core.entity.RelationKind;
import io.interdict.core.measure.Citation;
import io.interdict.core.measure.Conditions;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Obligation;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.Reach;
import io.interdict.core.measure.TxKind;
import io.interdict.core.snapshot.SourceInfo;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.regime.RegimeDocs.CitationDoc;
import io.interdict.regime.RegimeDocs.ConditionsDoc;
import io.interdict.regime.RegimeDocs.EntitiesDoc;
import io.interdict.regime.RegimeDocs.EntityDoc;
import io.interdict.regime.RegimeDocs.EventDoc;
import io.interdict.regime.RegimeDocs.EventsDoc;
import io.interdict.regime.RegimeDocs.IndexDoc;
import io.interdict.regime.RegimeDocs.MeasureDoc;
import io.interdict.regime.RegimeDocs.NameDoc;
import io.interdict.regime.RegimeDocs.ObligationDoc;
import io.interdict.regime.RegimeDocs.ProhibitionDoc;
import io.interdict.regime.RegimeDocs.RelationDoc;
import io.interdict.regime.RegimeDocs.SourceDoc;
import io.interdict.regime.RegimeDocs.SourcesDoc;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Loads the built-in regime (docs/regime-format.md) into a {@link SourcePart}: strict binding (unknown
 * keys are errors), then validation of vocabularies, source keys and references. All problems are
 * collected and reported together as {@code file:line: field: message}.
 */
public final class RegimeLoader {
    public static final String SOURCE_ID = "interdict-regime";
    private static final String ROOT = "regime/";
    private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();
    private final Function<String, String> files;
    /** How problems name the files: {@code regime/} for the built-in one, the directory for others. */
    private final String label;
    /** For an overlay: what the regime below it defines (its entities, sources and measures); else null. */
    private final Base base;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, List<Event>> extraEvents = new LinkedHashMap<>();
    private Map<String, SourceDoc> sources = Map.of();

    /** What an overlay may refer to: the entities, source keys and measures of the regime below it. */
    record Base(Set<String> entityIds, Map<String, SourceDoc> sources, Map<String, Measure> measures) {
    }

    /** An overlay as loaded: its own part (new entities, relations, measures) and events for measures below it. */
    record Loaded(SourcePart part, Map<String, List<Event>> extraEvents, Map<String, SourceDoc> sources) {
    }

    private RegimeLoader(Function<String, String> files, String label, Base base) {
        this.files = files;
        this.label = label;
        this.base = base;
    }

    /** The regime bundled on the classpath. */
    public static SourcePart load() {
        return builtIn().part();
    }

    static Loaded builtIn() {
        RegimeLoader l = new RegimeLoader(RegimeLoader::classpath, ROOT, null);
        return new Loaded(l.run(), Map.of(), l.sources);
    }

    /** A regime in a directory laid out like the bundled one (index.yaml at its root). */
    public static SourcePart load(Path dir) {
        return new RegimeLoader(reader(dir), ROOT, null).run();
    }

    /** An overlay directory on top of {@code base} (docs/regime-format.md, "Overlays"). */
    static Loaded overlay(Path dir, Base base) {
        RegimeLoader l = new RegimeLoader(reader(dir), dir + "/", base);
        SourcePart part = l.run();
        return new Loaded(part, l.extraEvents, l.sources);
    }

    private static Function<String, String> reader(Path dir) {
        return name -> {
            try {
                return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return null;
            }
        };
    }

    private static String classpath(String name) {
        try (InputStream in = RegimeLoader.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String file, Class<T> type) {
        String text = files.apply(file);
        if (text == null) {
            problems.add(label + file + ": file not found");
            return null;
        }
        texts.put(file, text);
        try {
            return yaml.readValue(text, type);
        } catch (JsonMappingException e) {
            // Records are built after all their properties are read, so Jackson's location is the end of
            // the object; find the offending key (and value) in the text instead.
            List<String> anchors = new ArrayList<>();
            String field = "";
            for (JsonMappingException.Reference r : e.getPath()) {
                if (r.getFieldName() != null) {
                    anchors.add(r.getFieldName() + ":");
                    field = field.isEmpty() ? r.getFieldName() : field + "." + r.getFieldName();
                } else {
                    field = field + "[" + r.getIndex() + "]";
                }
            }
            if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f && f.getValue() != null) {
                anchors.add(String.valueOf(f.getValue()));
            }
            int line = anchors.isEmpty() && e.getLocation() != null ? e.getLocation().getLineNr() : lineOf(file, anchors);
            problems.add(label + file + ":" + line + ": " + field + ": " + e.getOriginalMessage().split("\n")[0]);
            return null;
        } catch (IOException e) {
            problems.add(label + file + ": " + e.getMessage().split("\n")[0]);
            return null;
        }
    }

    /**
     * Reports a problem at the line of {@code value} that follows the line of {@code owner} (the id of the
     * record it belongs to); either may be null.
     */
    private void problem(String file, String owner, String value, String field, String message) {
        List<String> anchors = new ArrayList<>();
        if (owner != null) {
            anchors.add(owner);
        }
        if (value != null && !value.equals(owner)) {
            anchors.add(value);
        }
        problems.add(label + file + ":" + lineOf(file, anchors) + ": " + field + ": " + message);
    }

    private void problem(String file, String near, String field, String message) {
        problem(file, near, null, field, message);
    }

    /** The line where the anchors occur in order (each searched from the previous one's line); 0 if unknown. */
    private int lineOf(String file, List<String> anchors) {
        String text = texts.get(file);
        if (text == null || anchors.isEmpty()) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        int at = 0;
        int found = 0;
        for (String a : anchors) {
            for (int i = at; i < lines.length; i++) {
                if (lines[i].contains(a)) {
                    at = i;
                    found = i + 1;
                    break;
                }
            }
        }
        return found;
    }

    private SourcePart run() {
        IndexDoc index = read("index.yaml", IndexDoc.class);
        SourcesDoc sd = read("sources.yaml", SourcesDoc.class);
        if (index == null || sd == null || index.files() == null) {
            if (index != null && index.files() == null) {
                problem("index.yaml", "files", "files", "missing");
            }
            throw new RegimeException(problems);
        }
        sources = sd.sources() == null ? Map.of() : sd.sources();
        sources.forEach((k, s) -> {
            if (s == null || (s.url() == null && s.repo() == null)) {
                problem("sources.yaml", k + ":", "sources." + k, "needs url or repo");
            }
            if (base != null && base.sources().containsKey(k)) {
                problem("sources.yaml", k + ":", "sources." + k, "the regime below already defines source key '" + k + "'; cite it as is");
            }
        });
        if (base != null) {
            Map<String, SourceDoc> all = new LinkedHashMap<>(base.sources());
            all.putAll(sources);
            sources = all;
        }
        List<Entity> entities = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Measure> measures = new ArrayList<>();
        Set<String> entityIds = new HashSet<>(base == null ? Set.of() : base.entityIds());
        boolean entitiesUnreadable = false;
        List<Runnable> referenceChecks = new ArrayList<>();
        for (String file : index.files()) {
            if (file.equals("sources.yaml") || file.equals("index.yaml")) {
                continue;   // read first, above
            }
            if (base != null && file.startsWith("events/")) {
                EventsDoc doc = read(file, EventsDoc.class);
                if (doc != null) {
                    extraEvents(file, doc, measures, referenceChecks);
                }
            } else if (file.startsWith("measures/")) {
                MeasureDoc m = read(file, MeasureDoc.class);
                if (m != null) {
                    Measure measure = measure(file, m, entityIds, referenceChecks);
                    if (measure != null) {
                        measures.add(measure);
                    }
                }
            } else {
                EntitiesDoc e = read(file, EntitiesDoc.class);
                if (e != null) {
                    entities(file, e, entities, relations, entityIds, referenceChecks);
                } else {
                    entitiesUnreadable = true;
                }
            }
        }
        if (!entitiesUnreadable) {
            referenceChecks.forEach(Runnable::run);    // else every reference would be reported as unknown
        }
        Set<String> measureIds = new HashSet<>();
        for (Measure m : measures) {
            if (base != null && base.measures().containsKey(m.id())) {
                problem("measures/" + m.id() + ".yaml", m.id(), "id", "measure " + m.id()
                        + " is defined by the regime below; add events to it in events/" + m.id() + ".yaml instead");
            }
            if (!measureIds.add(m.id())) {
                problems.add(label + "index.yaml: measure id " + m.id() + " defined twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new RegimeException(problems);
        }
        SourceInfo info = base == null ? new SourceInfo(SOURCE_ID, "Interdict built-in regime", null, "classpath:" + ROOT, checksum())
                : new SourceInfo(OVERLAY_PREFIX + overlayName(), "regime overlay", null, label, checksum());
        return new SourcePart(info, entities, relations, measures);
    }

    /** Source ids of overlay parts: {@code regime-overlay:<directory name>}. */
    public static final String OVERLAY_PREFIX = "regime-overlay:";

    private String overlayName() {
        String l = label.endsWith("/") ? label.substring(0, label.length() - 1) : label;
        return l.substring(l.lastIndexOf('/') + 1);
    }

    /**
     * {@code events/<measure>.yaml}: further events for a measure of the regime below (or of this overlay),
     * validated as a measure's own events are; they join that measure's timeline.
     */
    private void extraEvents(String file, EventsDoc doc, List<Measure> own, List<Runnable> checks) {
        if (doc.measure() == null) {
            problem(file, "measure:", "measure", "names the measure the events belong to");
            return;
        }
        if (!file.equals("events/" + doc.measure() + ".yaml")) {
            problem(file, doc.measure(), "measure", "file name must be events/" + doc.measure() + ".yaml");
        }
        Measure target = base.measures().get(doc.measure());
        Set<String> clauseIds = new HashSet<>();
        if (target != null) {
            target.prohibitions().forEach(p -> clauseIds.add(p.clause()));
            target.obligations().forEach(o -> clauseIds.add(o.id()));
        } else {
            checks.add(() -> {
                if (own.stream().noneMatch(m -> m.id().equals(doc.measure()))) {
                    problem(file, doc.measure(), "measure", "unknown measure '" + doc.measure() + "'");
                }
            });
            own.stream().filter(m -> m.id().equals(doc.measure())).forEach(m -> {
                m.prohibitions().forEach(p -> clauseIds.add(p.clause()));
                m.obligations().forEach(o -> clauseIds.add(o.id()));
            });
        }
        if (doc.events() == null || doc.events().isEmpty()) {
            problem(file, "events", "events", "no events given");
            return;
        }
        extraEvents.computeIfAbsent(doc.measure(), k -> new ArrayList<>())
                .addAll(events(file, doc.measure(), clauseIds, doc.events(), checks));
    }

    private String checksum() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            texts.forEach((f, t) -> {
                md.update(f.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(t.getBytes(StandardCharsets.UTF_8));
            });
            return "sha256:" + HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Citation> cite(String file, String owner, String field, List<String> keys, boolean required) {
        List<Citation> out = new ArrayList<>();
        if (keys == null || keys.isEmpty()) {
            if (required) {
                problem(file, owner, field, "no source (src) given");
            }
            return out;
        }
        for (String k : keys) {
            SourceDoc s = sources.get(k);
            if (s == null) {
                problem(file, k, field, "unknown source key '" + k + "'");
            } else {
                String url = s.url() != null ? s.url() : "https://github.com/" + s.repo() + (s.path() != null ? "/blob/HEAD/" + s.path() : "");
                out.add(new Citation(s.cite(), url, s.quality()));
            }
        }
        return out;
    }

    private <T> T vocab(String file, String owner, String field, String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            problem(file, owner, value, field, e.getMessage());
            return null;
        }
    }

    private void entities(String file, EntitiesDoc doc, List<Entity> entities, List<Relation> relations,
                          Set<String> entityIds, List<Runnable> checks) {
        List<EntityDoc> eds = doc.entities() == null ? List.of() : doc.entities();
        for (int i = 0; i < eds.size(); i++) {
            EntityDoc e = eds.get(i);
            String f = "entities[" + i + "]";
            if (e.id() == null || !e.id().startsWith("interdict:")) {
                problem(file, e.id(), f + ".id", "must start with 'interdict:' (got " + e.id() + ")");
                continue;
            }
            if (!entityIds.add(e.id())) {
                problem(file, e.id(), f + ".id", "duplicate entity id " + e.id());
            }
            EntityKind kind = vocab(file, e.id(), f + ".kind", e.kind(), EntityKind::of);
            List<Name> names = new ArrayList<>();
            List<NameDoc> nds = e.names() == null ? List.of() : e.names();
            if (nds.isEmpty()) {
                problem(file, e.id(), f + ".names", "an entity needs at least one name");
            }
            for (int j = 0; j < nds.size(); j++) {
                NameDoc n = nds.get(j);
                if (n.value() == null || n.value().isBlank()) {
                    problem(file, e.id(), f + ".names[" + j + "]", "empty name");
                    continue;
                }
                NameStrength st = vocab(file, n.value(), f + ".names[" + j + "].strength", n.strength(), NameStrength::of);
                if (Boolean.TRUE.equals(n.unconfirmed())) {
                    st = NameStrength.WEAK_ALIAS;   // an unconfirmed name may only ever support a REVIEW
                }
                names.add(new Name(n.value(), null, st, n.lang()));
            }
            List<Identifier> ids = new ArrayList<>();
            for (String id : e.ids() == null ? List.<String>of() : e.ids()) {
                Identifier parsed = vocab(file, id, f + ".ids", id, Identifier::parse);
                if (parsed != null) {
                    ids.add(parsed);
                }
            }
            for (String c : e.countries() == null ? List.<String>of() : e.countries()) {
                if (!ISO_COUNTRIES.contains(c)) {
                    problem(file, e.id(), f + ".countries", "unknown ISO 3166 country '" + c + "'");
                }
            }
            Map<String, List<String>> attrs = new LinkedHashMap<>();
            List<String> urls = cite(file, e.id(), f + ".src", e.src(), true).stream().map(Citation::url).toList();
            attrs.put("sources", urls);
            Object notes = e.notes() != null ? e.notes() : e.note();
            if (notes != null) {
                attrs.put("notes", notes instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(notes)));
            }
            entities.add(new Entity(e.id(), kind, names, ids, e.countries(), attrs, Boolean.TRUE.equals(e.unconfirmed()), null));
        }
        List<RelationDoc> rds = doc.relations() == null ? List.of() : doc.relations();
        for (int i = 0; i < rds.size(); i++) {
            RelationDoc r = rds.get(i);
            String f = "relations[" + i + "]";
            RelationKind kind = vocab(file, r.from(), f + ".kind", r.kind(), RelationKind::of);
            List<String> urls = cite(file, r.from(), f + ".src", r.src(), true).stream().map(Citation::url).toList();
            if (kind == null || r.from() == null || r.to() == null) {
                problem(file, r.from(), f, "needs from, kind and to");
                continue;
            }
            try {
                relations.add(new Relation(r.from(), r.to(), kind, r.share(), r.validFrom(), r.validTo(),
                        Boolean.TRUE.equals(r.unconfirmed()), urls, r.note()));
            } catch (IllegalArgumentException ex) {
                problem(file, r.from(), f, ex.getMessage());
            }
            checks.add(() -> {
                for (String id : List.of(r.from(), r.to())) {
                    if (!entityIds.contains(id)) {
                        problem(file, id, f, "unknown entity " + id);
                    }
                }
            });
        }
    }

    private Set<TxKind> kinds(String file, String near, String field, List<String> ks) {
        Set<TxKind> out = EnumSet.noneOf(TxKind.class);
        for (String k : ks == null ? List.<String>of() : ks) {
            TxKind t = vocab(file, near, field, k, TxKind::of);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private Set<Reach> reach(String file, String near, String field, List<String> rs) {
        Set<Reach> out = EnumSet.of(Reach.DIRECT);
        for (String r : rs == null ? List.<String>of() : rs) {
            Reach x = vocab(file, near, field, r, Reach::of);
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }

    private static boolean isJurisdiction(String j) {
        try {
            return io.interdict.core.measure.Jurisdiction.parse(j).equals(j);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Conditions conditions(String file, String near, String field, ConditionsDoc c) {
        if (c == null) {
            return Conditions.NONE;
        }
        try {
            return new Conditions(c.networks() == null ? null : new LinkedHashSet<>(c.networks()),
                    c.domains() == null ? null : new LinkedHashSet<>(c.domains()),
                    c.deviceOwners() == null ? null : new LinkedHashSet<>(c.deviceOwners()));
        } catch (IllegalArgumentException e) {
            problem(file, near, field, e.getMessage());
            return Conditions.NONE;
        }
    }

    private void targets(String file, String field, List<String> targets, Set<String> entityIds, List<Runnable> checks) {
        for (String t : targets == null ? List.<String>of() : targets) {
            checks.add(() -> {
                if (!entityIds.contains(t)) {
                    problem(file, t, field, "unknown entity " + t);
                }
            });
        }
    }

    private Measure measure(String file, MeasureDoc m, Set<String> entityIds, List<Runnable> checks) {
        if (m.id() == null || m.title() == null) {
            problem(file, "id:", "id/title", "a measure needs an id and a title");
            return null;
        }
        if (!file.equals("measures/" + m.id() + ".yaml")) {
            problem(file, m.id(), "id", "file name must be measures/" + m.id() + ".yaml");
        }
        Set<String> jurisdictions = new LinkedHashSet<>();
        for (String j : m.jurisdictions() == null ? List.<String>of() : m.jurisdictions()) {
            if (!j.equals("*") && !isJurisdiction(j)) {
                problem(file, j, "jurisdictions", "unknown ISO 3166-1 alpha-2 or ISO 3166-2 code '" + j + "'");
            }
            jurisdictions.add(j);
        }
        if (jurisdictions.isEmpty()) {
            problem(file, m.id(), "jurisdictions", "at least one jurisdiction is needed");
        }
        boolean cited = m.citations() != null && m.citations().stream().anyMatch(c -> c.src() != null || c.url() != null);
        List<Citation> citations = new ArrayList<>(cite(file, m.id(), "src", m.src(), !cited));
        for (CitationDoc c : m.citations() == null ? List.<CitationDoc>of() : m.citations()) {
            List<Citation> base = c.src() == null ? List.of() : cite(file, c.src(), "citations", List.of(c.src()), false);
            String url = c.url() != null ? c.url() : base.isEmpty() ? null : base.get(0).url();
            String quality = base.isEmpty() ? null : base.get(0).quality();
            citations.add(0, new Citation(c.cite(), url, quality));
        }
        Set<String> clauseIds = new HashSet<>();
        List<Prohibition> prohibitions = new ArrayList<>();
        List<ProhibitionDoc> pds = m.prohibitions() == null ? List.of() : m.prohibitions();
        for (int i = 0; i < pds.size(); i++) {
            ProhibitionDoc p = pds.get(i);
            String f = "prohibitions[" + i + "]";
            if (p.clause() == null || !clauseIds.add(p.clause())) {
                problem(file, p.clause(), f + ".clause", "missing or duplicate clause id " + p.clause());
                continue;
            }
            if (p.targets() == null || p.targets().isEmpty()) {
                problem(file, p.clause(), f + ".targets", "a built-in clause needs targets");
            }
            targets(file, f + ".targets", p.targets(), entityIds, checks);
            prohibitions.add(new Prohibition(p.clause(), p.text(), p.targets(), reach(file, p.clause(), f + ".reach", p.reach()),
                    kinds(file, p.clause(), f + ".kinds", p.kinds()), conditions(file, p.clause(), f + ".conditions", p.conditions()),
                    Boolean.TRUE.equals(p.awaitingScope()), p.reviewOnly(),
                    cite(file, p.clause(), f + ".src", p.src(), true), Boolean.TRUE.equals(p.unconfirmed())));
        }
        List<Obligation> obligations = new ArrayList<>();
        List<ObligationDoc> ods = m.obligations() == null ? List.of() : m.obligations();
        for (int i = 0; i < ods.size(); i++) {
            ObligationDoc o = ods.get(i);
            String f = "obligations[" + i + "]";
            if (o.id() == null || !clauseIds.add(o.id())) {
                problem(file, o.id(), f + ".id", "missing or duplicate obligation id " + o.id());
                continue;
            }
            if (o.deadline() == null) {
                problem(file, o.id(), f + ".deadline", "an obligation needs a deadline");
                continue;
            }
            if (o.targets() == null || o.targets().isEmpty()) {
                problem(file, o.id(), f + ".targets", "an obligation needs targets");
            }
            targets(file, f + ".targets", o.targets(), entityIds, checks);
            obligations.add(new Obligation(o.id(), o.text(), o.targets(), reach(file, o.id(), f + ".reach", o.reach()),
                    kinds(file, o.id(), f + ".kinds", o.kinds()), conditions(file, o.id(), f + ".conditions", o.conditions()),
                    o.from(), o.deadline(), cite(file, o.id(), f + ".src", o.src(), true), Boolean.TRUE.equals(o.unconfirmed())));
        }
        List<Event> events = events(file, m.id(), clauseIds, m.events() == null ? List.of() : m.events(), checks);
        List<String> notes = m.notes() == null ? List.of()
                : m.notes() instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(m.notes()));
        return new Measure(m.id(), m.shortTitle(), m.title(), m.authority(), jurisdictions, citations, events,
                prohibitions, obligations, false, null, notes);
    }

    private List<Event> events(String file, String measureId, Set<String> clauseIds, List<EventDoc> eds, List<Runnable> checks) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < eds.size(); i++) {
            EventDoc e = eds.get(i);
            String f = "events[" + i + "]";
            EventType type = vocab(file, e.type(), f + ".type", e.type(), EventType::of);
            if (type == null) {
                continue;
            }
            if (e.date() == null) {
                problem(file, e.type(), f + ".date", "an event needs the date it was issued");
                continue;
            }
            for (String c : e.clauses() == null ? List.<String>of() : e.clauses()) {
                checks.add(() -> {
                    if (!clauseIds.contains(c)) {
                        problem(file, c, f + ".clauses", "unknown clause or obligation '" + c + "' of " + measureId);
                    }
                });
            }
            if (type == EventType.DEADLINE && (e.clauses() == null || e.clauses().size() != 1 || e.effective() == null)) {
                problem(file, e.type(), f, "a deadline event names exactly one obligation in clauses and the new deadline in effective");
            }
            try {
                events.add(new Event(e.id(), type, e.date(), e.effective(), e.coversFrom(), e.coversTo(), e.clauses(), e.by(),
                        e.court(), e.text(), cite(file, e.type(), f + ".src", e.src(), true),
                        Boolean.TRUE.equals(e.unconfirmed()), Boolean.TRUE.equals(e.derived())));
            } catch (IllegalArgumentException ex) {
                problem(file, e.type(), f, ex.getMessage());
            }
        }
        return events;
    }
}
