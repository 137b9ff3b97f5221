package io.interdict.core.match.fuzzy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.Cancellation;
import io.interdict.core.match.AttributeScore;
import io.interdict.core.match.EntityMatch;
import io.interdict.core.match.Feature;
import io.interdict.core.match.IdentifierIndex;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.match.MatchedOn;
import io.interdict.core.match.MatcherFactory;
import io.interdict.core.match.NameLimits;
import io.interdict.core.match.PartyMatcher;
import io.interdict.core.names.AbbreviatedWords;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import io.interdict.core.names.TokenKind;
import io.interdict.core.tx.Party;
import io.interdict.core.tx.Traits;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code interdict-v1} and {@code interdict-v2} matcher: identifiers exactly through {@link IdentifierIndex} (always 1.0),
 * names through the {@link CandidateIndex} and {@link InterdictV1} (or {@link InterdictV2}) scoring;
 * v2 also reads names in Hangul and Han in their other romanisations ({@link ScriptReadings}) and
 * scores the party's birth date, nationality, country, gender and identifiers ({@link AttributeScore}).
 * Built once per snapshot ({@link IndexBuilder}, or read from a compiled snapshot through {@link FuzzyIndexCodec}),
 * immutable and thread-safe.
 */
public final class FuzzyMatcher implements PartyMatcher {
    public static final String ALGORITHM = InterdictV1.NAME;
    /** Names fully scored per query: the candidate index ranks by shared rare tokens first. 12 keeps the
     *  UN positives' recall (99.6%) and halves the query cost of 20 (scoring is half of it). */
    static final int CANDIDATES_PER_QUERY = 12;
    /** interdict-v2 scores more: a one-letter typo in a short word ("KM TONG-HO") shares no key with it, and
     *  the name must then be found through its other, often common, words. */
    static final int CANDIDATES_PER_QUERY_V2 = Integer.getInteger("interdict.v2.candidates", 16);
    /** A word held by at least this share of the indexed *entities* is common. Counted per entity, not
     *  per name: aliases and the same party republished by several lists ("MAHAN AIR" in SDN, CSL and
     *  the UK list, each with airline/airways aliases) must not make a rare name look common, or
     *  "Mahaan Air" loses MAHAN AIR; since session 76 interdict-v2 counts a party once whichever lists
     *  write it ({@link IndexBuilder#republished}), where before only one id's copies were one entity.
     *  Tuned on the 50,000 yente negatives against all bundled lists
     *  (27,000 entities): at 0.03% (5 entities) 0.36% of them match, at 0.06% 0.65%, at 0.1% 0.90%;
     *  the UN positives' recall is 99.6% throughout. */
    static final double COMMON_SHARE = 0.0003;
    /** ...and by at least this many names, so that in a small list nothing is common. */
    static final int COMMON_MIN = 5;
    /** interdict-v2: a query word held by this many entities is a name of its own, not a misspelt one ("hwan" ~
     *  "hwang"); a word one entity holds is as likely a typo's chance collision ("RAIF" ~ "ARIF", "BASHI" ~ "BASHIR"). */
    static final int KNOWN_MIN = 2;
    /** interdict-v2: a word held by fewer than this many times {@link #commonThreshold} entities is scarce among the
     *  common ones ({@link InterdictV2#COMMON_RUN_SCARCE}). */
    static final int SCARCE = 3;
    /** Search results below this are noise, not candidates. */
    static final double MIN_CANDIDATE_SCORE = 0.5;
    /** A query in Han is read as a candidate spells it (FittedReading) only when the name as read already pairs a word
     *  ("YAMAMOTO, Ippei" for 山本一平 read "yamamoto ichihei": 0.1): a Han name is read in several ways (Japanese cuts,
     *  Mandarin, Korean), and reading every candidate of every Han query cost a tenth of the screening time. Hangul and
     *  the alphabets are read against every candidate ("PARK, Ji-hoon" for 박지훈 read "bak jihun" pairs nothing). */
    static final double FIT_FLOOR = 0.05;

    private final MatchSettings settings;
    /** {@code interdict-v2} scoring, readings and attributes; else {@code interdict-v1} exactly as released. */
    private final boolean v2;
    /** Per entity (v2): what the list says besides names. */
    private final AttributeScore.EntityFacts[] facts;
    /** Entity index by id (v2: for matches found by another matcher); a compiled matcher makes it on first use. */
    private volatile Map<String, Integer> entityIndex;
    /** Per entity, its names' indices ({@link #namesByEntity}); null until an echo first asks. */
    private volatile int[][] namesByEntity;
    /** The names that are another romanisation of a Hangul or Han name (v2); null for a compiled matcher, which asks {@link #compiled}. */
    private final java.util.BitSet readingNames;
    private final Map<String, Integer> entityFrequency;
    private final int commonThreshold;
    private final IdentifierIndex identifiers;
    private final CandidateIndex index;
    private final ScoringName[] scoring;
    private final Name[] nameOf;
    private final int[] entityOf;
    private final String[] entityIds;
    private final int[] sourceOf;
    /** Per group of names that score alike: the group's name, its members, their sources, common tokens. */
    private final int[] groupOf;
    private final ScoringName[] groups;
    /** Per group, lazily: 0 not known yet, 1 no member written in Hangul or Han, 2 one is ({@link FittedReading}). */
    private final byte[] fittable;
    /** Per name, lazily as {@link #fittable}: whether it is written in Hangul or Han ({@link FittedReading#appliesToListed}). */
    private final byte[] fittableNames;
    private final int[][] members;
    private final long[] groupSources;
    private final boolean[][] candidateCommon;
    /** Per group, what {@link CoverageBound} reads of its name ({@link CoverageBound#summary}); a compiled matcher makes it on first use. */
    private final long[][] boundSummaries;
    /** Phonetic code, skeleton and letters of every word of the lists: a query's words are mostly among them. */
    private final Map<String, ScoringName.TokenFacts> tokenFacts;
    private final Map<String, Integer> sourceIds;
    /** Where the arrays above are filled from, one element when first used, for a matcher read from a
     *  compiled snapshot ({@link FuzzyIndexCodec}); null when built in memory (the arrays are full). */
    private final FuzzyIndexCodec.Source compiled;
    /** Whether a search skips the candidates {@link CoverageBound} proves below {@link #MIN_CANDIDATE_SCORE} (v2);
     *  tests turn it off to compare the results with and without (they are the same). */
    boolean coverageBound = true;

    public FuzzyMatcher(Collection<Entity> entities, MatchSettings settings) {
        this(entities, settings, InterdictV1.NAME);
    }

    /** @param algorithm {@code interdict-v1} or {@code interdict-v2} */
    public FuzzyMatcher(Collection<Entity> entities, MatchSettings settings, String algorithm) {
        this(Objects.requireNonNull(settings, "settings"), IndexBuilder.build(entities, isV2(algorithm)));
    }

    /** A matcher over an index built in memory ({@link IndexBuilder}): every array full. */
    private FuzzyMatcher(MatchSettings settings, IndexBuilder.Built built) {
        FuzzyIndexCodec.Parts p = built.parts();
        this.settings = settings;
        this.compiled = null;
        this.v2 = p.algorithm().equals(InterdictV2.NAME);
        this.identifiers = p.identifiers();
        this.sourceIds = p.sourceIds();
        this.entityIds = p.entityIds();
        this.facts = built.facts();
        this.entityIndex = built.entityIndex();
        this.readingNames = p.readings();
        this.tokenFacts = p.tokenFacts();
        this.scoring = p.scoring();
        this.nameOf = p.nameOf();
        this.entityOf = p.entityOf();
        this.sourceOf = p.sourceOf();
        this.groupOf = p.groupOf();
        this.groups = p.groups();
        this.members = p.members();
        this.groupSources = p.groupSources();
        this.boundSummaries = p.boundSummaries();
        this.fittable = new byte[groups.length];
        this.fittableNames = new byte[scoring.length];
        this.index = p.index();
        this.entityFrequency = p.entityFrequency();
        KeyFilter words = KeyFilter.ofStrings(entityFrequency.keySet());
        this.listed = new ListedWords(words, t -> frequency(t) > 0);
        this.widelyListed = new ListedWords(words, t -> frequency(t) > 1);
        this.commonThreshold = commonThreshold(entityIds.length);
        this.candidateCommon = p.candidateCommon();
    }

    /** Whether {@code algorithm} names interdict-v2; interdict-v1 otherwise, and any other name is refused. */
    private static boolean isV2(String algorithm) {
        if (!algorithm.equals(InterdictV1.NAME) && !algorithm.equals(InterdictV2.NAME)) {
            throw new IllegalArgumentException("unknown fuzzy algorithm '" + algorithm + "'");
        }
        return algorithm.equals(InterdictV2.NAME);
    }

    /** How many entities hold a word that is common among {@code entities} ({@link #COMMON_SHARE}, {@link #COMMON_MIN}). */
    static int commonThreshold(int entities) {
        return Math.max(COMMON_MIN, (int) (COMMON_SHARE * entities));
    }

    /**
     * {@link NamePipeline#warmUpAsync()}, and after the pipeline the tables an index build reads of every listed name
     * (the organisation glossary, the Han, Hangul and kana readings, the Belarusian forms, the notes' and spellings'
     * rules): each loads on its first name, half a second together, which would otherwise fall inside the first build.
     * Called where a process starts importing lists, so they load on the other core meanwhile. Idempotent; never waited for.
     */
    public static void warmUpAsync() {
        NamePipeline.warmUpAsync(() -> {
            for (String name : new String[] {"Министерство обороны Российской Федерации", "支付宝网络技术有限公司",
                "주식회사 조선광선은행", "アレフ 株式会社", "شركة الحراشي للتجارة", "Αλέξανδρος Παπαδόπουλος"}) {
                ScriptReadings.translations(name, Schema.ORGANIZATION);
                ScriptReadings.readings(name, Schema.ORGANIZATION);
            }
            // Romanised Russian words and other languages' activity words, read in Latin names of no schema too (the
            // romanised table transliterates the glossary's words on loading: a few tenths of a second, ICU's included).
            ScriptReadings.translations("AO KONTSERN OKEANPRIBOR", Schema.UNKNOWN);
            ScriptReadings.translations("Haldor Rederi AS", Schema.UNKNOWN);
            for (String name : new String[] {"김정은", "山田太郎", "やまだ たろう", "Аляксандр Лукашэнка", "กิติชัย",
                "पद्म प्रधान", "Badr al-Din Müller (الحراشي)"}) {
                ScriptReadings.readings(name, Schema.PERSON);
                ScriptReadings.belarusianAsRussian(name, Schema.PERSON);
                ListedForms.of(name);
            }
        });
    }

    /** A matcher over a compiled index: arrays of names, groups and entity ids start empty and fill from {@code compiled}. */
    FuzzyMatcher(String algorithm, FuzzyIndexCodec.Source compiled, MatchSettings settings, IdentifierIndex identifiers,
                 CandidateIndex index, Map<String, Integer> entityFrequency, Map<String, ScoringName.TokenFacts> tokenFacts,
                 Map<String, Integer> sourceIds, int entities, int[] entityOf, int[] sourceOf, int[] groupOf, long[] groupSources) {
        this.compiled = compiled;
        this.v2 = algorithm.equals(InterdictV2.NAME);
        // v2's entity facts are derived from the snapshot's entity when first scored (AttributeScore decides what they hold).
        this.facts = v2 ? new AttributeScore.EntityFacts[entities] : null;
        this.entityIndex = null;
        this.readingNames = null;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.identifiers = identifiers;
        this.index = index;
        this.entityFrequency = entityFrequency;
        // A compiled table's words already have their filter; another map's are filtered here.
        KeyFilter words = entityFrequency instanceof FuzzyIndexCodec.WordMap<?> table ? table.filter()
                : KeyFilter.ofStrings(entityFrequency.keySet());
        this.listed = new ListedWords(words, t -> frequency(t) > 0);
        this.widelyListed = new ListedWords(words, t -> frequency(t) > 1);
        this.tokenFacts = tokenFacts;
        this.sourceIds = sourceIds;
        this.entityOf = entityOf;
        this.sourceOf = sourceOf;
        this.groupOf = groupOf;
        this.groupSources = groupSources;
        this.entityIds = new String[entities];
        this.scoring = new ScoringName[entityOf.length];
        this.nameOf = new Name[entityOf.length];
        this.groups = new ScoringName[groupSources.length];
        this.fittable = new byte[groupSources.length];
        this.fittableNames = new byte[entityOf.length];
        this.members = new int[groupSources.length][];
        this.candidateCommon = new boolean[groupSources.length][];
        this.boundSummaries = new long[groupSources.length][];
        this.commonThreshold = commonThreshold(entities);
    }

    // Element access: a compiled matcher decodes an element the first time it is read. Two threads may
    // both decode it; each stores an equal immutable value, so the race is benign.
    ScoringName group(int g) {
        ScoringName n = groups[g];
        if (n == null) {
            FuzzyIndexCodec.Group decoded = compiled.group(g);
            candidateCommon[g] = decoded.common();
            n = decoded.name();
            groups[g] = n;
        }
        return n;
    }

    /**
     * Reads a word of each candidate's bound summary and name, as far as they are already at hand, before any is bounded:
     * a search's time goes mostly to waiting for memory (a query searched again at once, its candidates' data still in
     * the processor's caches, takes a third of the time), the candidates' data lie far apart, and the reads of one loop
     * that depend on nothing but the groups are waited for together, where the bound's own reads, one candidate after
     * another, are waited for in turn. Changes nothing else.
     */
    private void prefetch(int[] ids, CoverageBound.Scratch scratch) {
        long read = 0;
        for (int g : ids) {
            long[] b = boundSummaries[g];
            if (b != null) {
                read += b[0] + b[b.length - 1];
            }
            ScoringName n = groups[g];
            if (n != null) {
                read += n.text.length;
            }
        }
        scratch.keep(read);
    }

    /** Group g's {@link CoverageBound#summary}: worked out when the index was built, or read as compiled. */
    long[] boundSummary(int g) {
        long[] b = boundSummaries[g];
        if (b == null) {
            b = compiled != null ? compiled.boundSummary(g) : null;
            b = b != null ? b : CoverageBound.summary(group(g), commaFamily(g));
            // Another thread that sees the array sees it filled (as a final field's): a half-seen summary could skip a match.
            java.lang.invoke.VarHandle.releaseFence();
            boundSummaries[g] = b;
        }
        return b;
    }

    /** Whether any member of group {@code g} writes a person's family name apart with a comma ({@link
     *  CoverageBound#commaFamily}). */
    private boolean commaFamily(int g) {
        for (int id : members(g)) {
            if (CoverageBound.commaFamily(scoringName(id))) {
                return true;
            }
        }
        return false;
    }

    private boolean[] candidateCommon(int g) {
        boolean[] c = candidateCommon[g];
        if (c == null) {
            group(g);
            c = candidateCommon[g];
        }
        return c;
    }

    /** Whether a member of group g is written in Hangul or Han, which a Latin query may read ({@link FittedReading}). A
     *  benign race as above: each thread computes the same value. */
    private boolean fittable(int g) {
        byte f = fittable[g];
        if (f == 0) {
            f = 1;
            // Read from the group's summary, not its name: most candidates' names are never decoded otherwise.
            if (CoverageBound.transliterated(boundSummary(g))) {
                for (int id : members(g)) {
                    if (fittableName(id)) {
                        f = 2;
                        break;
                    }
                }
            }
            fittable[g] = f;
        }
        return f == 2;
    }

    /** Whether name {@code id} is written in Hangul or Han, which a Latin query may read (as {@link #fittable}). */
    private boolean fittableName(int id) {
        byte f = fittableNames[id];
        if (f == 0) {
            f = FittedReading.appliesToListed(name(id).value()) ? (byte) 2 : (byte) 1;
            fittableNames[id] = f;
        }
        return f == 2;
    }

    int[] members(int g) {
        int[] m = members[g];
        if (m == null) {
            m = compiled.members(g);
            members[g] = m;
        }
        return m;
    }

    String entityId(int e) {
        String id = entityIds[e];
        if (id == null) {
            id = compiled.entityId(e);
            entityIds[e] = id;
        }
        return id;
    }

    Name name(int id) {
        Name n = nameOf[id];
        if (n == null) {
            n = compiled.name(id);
            nameOf[id] = n;
        }
        return n;
    }

    /** Whether name {@code id} is a reading of a listed name in another romanisation ({@link ScriptReadings#readings}). */
    private boolean readingName(int id) {
        return readingNames != null ? readingNames.get(id) : compiled.reading(id);
    }

    /** The prepared name of name {@code id} (explanations only: scores use its group's name, which scores alike). */
    private ScoringName scoringName(int id) {
        ScoringName n = scoring[id];
        if (n == null) {
            Schema schema = group(groupOf[id]).schema();
            String text = compiled.text(id);
            n = ScoringName.known(compiled.reading(id) ? ScriptReadings.prepare(text, schema)
                    : pipeline().prepare(text, schema), tokenFacts);
            n.ownPlaces = group(groupOf[id]).ownPlaces;   // its group's words, and so its group's places
            scoring[id] = n;
        }
        return n;
    }

    /** What the lists say about entity {@code e} besides its names (v2). */
    AttributeScore.EntityFacts facts(int e) {
        AttributeScore.EntityFacts f = facts[e];
        if (f == null) {
            f = compiled.facts(e);
            facts[e] = f;
        }
        return f;
    }

    /** The index of the entity with this id, or null. */
    private Integer entityIndexOf(String id) {
        Map<String, Integer> m = entityIndex;
        if (m == null) {
            Map<String, Integer> byId = new HashMap<>();
            for (int e = 0; e < entityIds.length; e++) {
                byId.put(entityId(e), e);
            }
            m = Map.copyOf(byId);
            entityIndex = m;
        }
        return m.get(id);
    }

    /** What the compiled form needs: the arrays of a matcher built in memory. */
    FuzzyIndexCodec.Parts parts() {
        return new FuzzyIndexCodec.Parts(algorithm(), identifiers, index, entityFrequency, tokenFacts, sourceIds, entityIds, scoring,
                nameOf, entityOf, sourceOf, groupOf, groups, members, groupSources, candidateCommon, readingNames, boundSummaries);
    }

    /** The name pipeline of this matcher's algorithm ({@link NamePipeline#v1()} for {@code interdict-v1}). */
    private NamePipeline pipeline() {
        return v2 ? NamePipeline.standard() : NamePipeline.v1();
    }

    /** The most a person's family name written apart with a comma moves a name's score (interdict-v2's surname_partial
     *  and family_missing or family_crossed, which only lower it). */
    private static final double FAMILY_NAME_SPREAD = InterdictV2.SURNAME_PARTIAL
            + Math.max(InterdictV2.FAMILY_MISSING, InterdictV2.FAMILY_CROSSED);

    /** Per group (v2), whether its members write a person's family name apart in different ways ({@link FamilyName}):
     *  0 not known yet, 1 alike, 2 mixed. Worked out when first needed; a race stores the same value. */
    private byte[] familyMixed;

    private boolean familyMixed(int g) {
        byte[] known = familyMixed;
        if (known == null) {
            known = new byte[groupSources.length];
            familyMixed = known;
        }
        if (known[g] == 0) {
            int[] ids = members(g);
            boolean mixed = false;
            if (ids.length > 1 && group(g).schema().isPerson()) {
                int first = FamilyName.words(scoringName(ids[0]));
                for (int k = 1; k < ids.length && !mixed; k++) {
                    mixed = FamilyName.words(scoringName(ids[k])) != first;
                }
            }
            known[g] = (byte) (mixed ? 2 : 1);
        }
        return known[g] == 2;
    }

    /** One bit per source; sources past the 63rd share the last bit (their names are checked one by one). */
    static long sourceBit(int source) {
        return 1L << Math.min(source, 63);
    }

    public static MatcherFactory factory() {
        return MatcherFactory.of(ALGORITHM, FuzzyMatcher::new, FuzzyIndexCodec.INSTANCE);
    }

    /** The {@code interdict-v2} factory. */
    public static MatcherFactory factoryV2() {
        return MatcherFactory.of(InterdictV2.NAME, (entities, s) -> new FuzzyMatcher(entities, s, InterdictV2.NAME),
                FuzzyIndexCodec.V2);
    }

    @Override
    public String algorithm() {
        return v2 ? InterdictV2.NAME : ALGORITHM;
    }

    /** The identifier index this matcher matches identifiers with (a name search can share it). */
    public IdentifierIndex identifiers() {
        return identifiers;
    }

    public MatchSettings settings() {
        return settings;
    }

    /** Number of indexed names (aliases and '/'-alternatives count separately). */
    public int indexedNames() {
        return scoring.length;
    }

    /** Number of groups of names that score alike: what the candidate index holds. */
    public int nameGroups() {
        return groups.length;
    }

    /**
     * Ranked candidates for a name: at most {@code limit} entities, best first, each with its best
     * name and the explanation of its score.
     *
     * @param source a source prefix to search only ({@code "ofac-sdn"}, {@code "un-sc"}), or null for all
     */
    public List<SearchHit> search(String name, String source, int limit) {
        return search(name, Traits.NONE, source, limit, Cancellation.NONE);
    }

    /** {@link #search(String, String, int)}, stopping with {@link Cancellation.Cancelled} when asked to. */
    public List<SearchHit> search(String name, String source, int limit, Cancellation cancel) {
        return search(name, Traits.NONE, source, limit, cancel);
    }

    /**
     * {@link #search(String, String, int)} with what the query says besides the name: under
     * {@code interdict-v2} each hit's score is its name score moved by {@link AttributeScore}
     * (conflicts lower it, agreement raises it a little), and the explanation names each feature;
     * {@code interdict-v1} ignores them.
     */
    public List<SearchHit> search(String name, Traits traits, String source, int limit) {
        return search(name, traits, source, limit, Cancellation.NONE);
    }

    /** The search itself, checking {@code cancel} between candidate batches. */
    public List<SearchHit> search(String name, Traits traits, String source, int limit, Cancellation cancel) {
        if (limit <= 0 || name == null || name.isBlank()) {
            return List.of();
        }
        NameLimits.require("name", name);
        Integer sourceId = null;
        if (source != null) {
            sourceId = sourceIds.get(source);
            if (sourceId == null) {
                return List.of();
            }
        }
        final int wanted = sourceId == null ? -1 : sourceId;
        Map<Integer, Scored> best = new HashMap<>();
        long wantedBit = sourceId == null ? -1L : sourceBit(sourceId);
        // Every group holds a name of some source (a bit of groupSources), so without a wanted source all are accepted.
        java.util.function.IntPredicate everySource = wantedBit == -1L ? null : g -> (groupSources[g] & wantedBit) != 0;
        boolean attributes = v2 && traits != null && !traits.isEmpty();
        // The forms the query is read in (QueryForms), in the order they are scored; repaired readings are appended.
        QueryForms read = QueryForms.of(name, v2, heldWords);
        FieldReading field = read.field;
        name = read.name;
        String written = name;
        boolean cut = read.cut;
        List<String> forms = read.forms;
        int plain = read.plain;
        java.util.BitSet foreignRepairs = new java.util.BitSet();
        double top = 0;
        List<ScoringName> asWritten = v2 ? new ArrayList<>(plain) : List.of();
        FittedReading reader = read.reader;
        int readOnly = read.readOnly;
        int repaired = read.repaired;
        // The groups already read with it: another form of the query meets them again, and the reading, its score and
        // what it offered depend on the query's text and the group alone.
        java.util.BitSet readGroups = reader == null ? null : new java.util.BitSet();
        // The readings QueryRepair prepared, by their text (plain text, as the search prepares a repaired reading); null
        // until it runs.
        Map<String, ScoringName> repairs = null;
        // When the query as written already matched: the best it matched, and the repaired readings' hits, kept apart
        // until they are seen to score above it.
        double bettering = 0;
        Map<Integer, Scored> repairedBest = null;
        for (int f = 0; f < forms.size(); f++) {
            cancel.check();
            String alt = forms.get(f);
            // A repaired reading of a name written in another script is still a transliteration ("桂英" read "guiying",
            // split "gui ying"), not Latin text a typist wrote.
            boolean plainText = f < plain || f >= repaired && !foreignRepairs.get(f - repaired);
            ScoringName q = plainText && repairs != null ? repairs.get(alt) : null;
            if (q == null) {
                q = ScoringName.known(plainText ? pipeline().prepare(alt, read.schemaOf(f)) : read.leftInScript(f)
                        ? ScriptReadings.leftInScript(ScriptReadings.prepare(alt, Schema.UNKNOWN), name)
                        : ScriptReadings.prepare(alt, read.schemaOf(f)), tokenFacts);
                if (v2) {
                    q = q.readFrom(plainText ? alt : name);   // a name in Han or Hangul, or its reading: family name first
                }
            }
            if (v2 && f < plain) {
                asWritten.add(q);
            }
            // Words written shortened ("Engg.", in an organisation's name "Dev") are also read as the candidates' words they
            // shorten (v2): found once for all the form's candidates. The form is an organisation's when its prepared
            // words hold a legal form or a generic word.
            AbbreviatedWords.Shortened shortenings = v2 && f < plain ? AbbreviatedWords.of(alt, q.legal.length > 0 || q.holds(TokenKind.GENERIC)) : null;
            int[] ids = index.candidates(q, v2 ? CANDIDATES_PER_QUERY_V2 : CANDIDATES_PER_QUERY, everySource,
                    f < plain || f >= repaired ? CandidateIndex.Form.WRITTEN : readingForm(name, alt));
            if (v2 && f < plain) {
                ids = withAirlineForms(ids, alt, everySource);
            }
            QueryWords words = v2 ? queryWords(q) : new QueryWords(commonTokens(tokenFrequencies(q)), null, null);
            boolean[] common = words.common();
            PairMemo memo = v2 ? PairMemo.forQuery(q) : null;
            FittedReading foreign = f < repaired ? reader : null;
            // A candidate's value matters below MIN_CANDIDATE_SCORE only against a Han query, which is read as the
            // candidate spells it from FIT_FLOOR up: one that CoverageBound proves below the floor that matters is not
            // aligned (nor read so).
            boolean readOnlyForm = f >= readOnly && f < repaired;
            long[] bound = v2 && coverageBound && !readOnlyForm ? CoverageBound.forQuery(q) : null;
            double floor = foreign != null && foreign.han() ? FIT_FLOOR : MIN_CANDIDATE_SCORE;
            if (bound != null && boundable(ids) == 0) {
                bound = null;   // every candidate read from another script: none to bound
            }
            CoverageBound.Scratch boundScratch = bound != null ? CoverageBound.scratch() : null;
            // What the bound knows of the query; the features it may subtract where they certainly apply only against the
            // value's own floor: below it, value() returns its coverage and conflict alone (an upper bound), and that is
            // what FIT_FLOOR is compared with for a Han query.
            CoverageBound.Certain certain = bound != null
                    ? CoverageBound.Certain.of(q, common, words.known(), candidateCommons, floor >= MIN_CANDIDATE_SCORE) : null;
            // A legal form the repair read into the query ("KOTI COPR" -> "koti corp") is a company's: that reading
            // meets listed names with a legal form only ("Sakina Stas" read "sakina sas" is not "SALINA").
            boolean formRead = f >= repaired && QueryRepair.readsLegalForm(q, asWritten);
            cancel.check();
            if (bound != null) {
                prefetch(ids, boundScratch);
            }
            // A name read from another script finds its listed Latin spelling among candidates its readings rank poorly
            // (no vowels, consonant keys many names share): the other lists' spellings of that name are then looked up
            // too (Echoes), and scored against the query like any candidate.
            boolean echoing = v2 && q.prepared.transliterated() && f < repaired && !readOnlyForm;
            // Where this form's hits go: a repaired reading's, after the query as written matched, apart (bettering).
            Map<Integer, Scored> into = f >= repaired && repairedBest != null ? repairedBest : best;
            long[] strong = null;
            int[] echoed = null;
            for (int[] pass = ids; pass != null; pass = echoed == null && strong != null
                    ? (echoed = echoes(strong, ids, everySource)) : null) {
                for (int g : pass) {
                    if (formRead && group(g).legal.length == 0) {
                        continue;
                    }
                    if (readOnlyForm) {
                        // a spelling looked up only to be read as the candidate spells it: nothing of its own is scored
                        if (!readGroups.get(g)) {
                            readGroups.set(g);
                            top = Math.max(top, fitted(q, foreign, g, wanted, attributes ? traits : null, into));
                        }
                        continue;
                    }
                    double v = !v2 ? InterdictV1.value(q, group(g), common, candidateCommon(g))
                            : bound != null && CoverageBound.below(bound, boundSummary(g), q, groupNames, g, memo, floor, boundScratch, certain) ? 0.0
                            : InterdictV2.value(q, group(g), words.against(candidateCommon(g)), MIN_CANDIDATE_SCORE, memo);
                    if (echoing && v >= settings.reviewThreshold()) {
                        strong = Echoes.add(strong, g, v);
                    }
                    if (v2 && v < 1.0 && (foreign != null ? (v >= FIT_FLOOR || !foreign.han()) && !readGroups.get(g)
                            : !q.prepared.transliterated() && fittable(g))) {
                        if (foreign != null) {
                            readGroups.set(g);
                        }
                        top = Math.max(top, fitted(q, foreign, g, wanted, attributes ? traits : null, into));
                    }
                    if (shortenings != null) {
                        top = Math.max(top, shortened(shortenings, g, wanted, attributes ? traits : null, into));
                    }
                    if (cut && f < plain && v < settings.reviewThreshold()) {
                        top = Math.max(top, completedCut(alt, g, wanted, attributes ? traits : null, into));
                    }
                    // A group's members may write a person's family name apart with a comma or not (FamilyName), which
                    // interdict-v2 scores otherwise: each is then scored as written, as its explanation is.
                    boolean family = v2 && v >= MIN_CANDIDATE_SCORE - FAMILY_NAME_SPREAD && familyMixed(g);
                    if (v < MIN_CANDIDATE_SCORE && !family) {
                        continue;
                    }
                    for (int id : members(g)) {
                        if (wanted < 0 || sourceOf[id] == wanted) {
                            double own = family ? InterdictV2.value(q, scoringName(id), words.against(candidateCommon(g)),
                                    MIN_CANDIDATE_SCORE, memo) : v;
                            if (own >= MIN_CANDIDATE_SCORE) {
                                top = Math.max(top, offer(into, id, own, attributes ? traits : null, q, words, null,
                                        f < repaired ? read.feature(f, alt) : null));
                            }
                        }
                    }
                }
            }
            // A repaired reading is a fallback when the query as written (and read) found no match; when it found one, a
            // repaired reading's hits count only where they score above it ("AL MOURABIT OUN" meets OFAC's
            // "AL-MURABITOUN" at 0.962 as written, and read "al mourabitoun" the UN's "AL MOURABITOUN" at 1.0).
            if (v2 && f == repaired - 1) {
                if (top >= settings.reviewThreshold()) {
                    bettering = top;
                    repairedBest = new HashMap<>();
                }
                // What the repair prepares (a reading it tries, the reading it returns) is prepared once: the search
                // then scores the very name.
                Map<String, ScoringName> tried = new HashMap<>();
                repairs = tried;
                for (ScoringName w : asWritten) {
                    if (w.prepared.transliterated() && CrossScript.kana(written) && CrossScript.han(written)) {
                        // A Japanese name in kanji and kana: the pipeline's text reads its kanji in Mandarin, and its
                        // repairs would be of that ("くみ子 近藤" kumizi jinteng, split "jin teng" ~ "JIN TENG"); the
                        // name's readings are Japanese (JapaneseNameSplit.withKana).
                        continue;
                    }
                    String fixed = QueryRepair.reading(w, listed, widelyListed, heldTogether,
                            s -> tried.computeIfAbsent(s,
                                    k -> ScoringName.known(pipeline().prepare(k, Schema.UNKNOWN), tokenFacts)));
                    if (fixed != null) {
                        foreignRepairs.set(forms.size() - repaired, w.prepared.transliterated());
                        forms.add(fixed);
                    }
                }
            }
        }
        if (repairedBest != null) {
            for (Scored x : repairedBest.values()) {
                Scored prev = best.get(x.entity);
                if (x.score > bettering && (prev == null || x.score > prev.score)) {
                    best.put(x.entity, x);
                }
            }
        }
        if (v2 && io.interdict.core.names.HanCharacters.whollyHan(name)) {
            byHanCharacters(name, best);
        }
        List<Scored> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble((Scored x) -> x.score).reversed()
                .thenComparing(x -> entityId(x.entity)));
        List<SearchHit> out = new ArrayList<>(Math.min(limit, ranked.size()));
        for (Scored x : ranked.subList(0, Math.min(limit, ranked.size()))) {
            // Explanations only for what is returned, and only when read.
            ScoringName candidate = x.candidate != null ? x.candidate : scoringName(x.name);
            boolean[] candidateCommonTokens = x.candidate != null ? null : candidateCommon(groupOf[x.name]);
            Name hitName = name(x.name);
            out.add(new SearchHit(entityId(x.entity), hitName.value(), hitName.strength(),
                    x.score, x.score >= settings.reviewThreshold(), () -> field == null ? explain(x, candidate, candidateCommonTokens)
                            : field.explain(explain(x, candidate, candidateCommonTokens))));
        }
        return out;
    }

    /** A query written wholly in Han characters against listed names written so too: each hit's score moved by the
     *  characters the two write alike ({@link WrittenInHan}), its feature added to the hit's explanation; a hit it takes
     *  below {@link #MIN_CANDIDATE_SCORE} is no hit, as one scored so is never offered. */
    private void byHanCharacters(String query, Map<Integer, Scored> best) {
        for (java.util.Iterator<Map.Entry<Integer, Scored>> it = best.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Integer, Scored> e = it.next();
            Scored x = e.getValue();
            Feature f = WrittenInHan.feature(query, name(x.name).value(), x.score);
            if (f == null) {
                continue;
            }
            if (x.score + f.value() < MIN_CANDIDATE_SCORE) {
                it.remove();
                continue;
            }
            List<Feature> moved = new ArrayList<>(x.moved);
            moved.add(f);
            e.setValue(new Scored(x.entity, x.name, x.query, x.words, x.score + f.value(), moved, x.candidate));
        }
    }

    /**
     * {@code ids} and the candidates of {@code form} with its airline's word written as each other one, which bring up
     * the listed names that write that one ("MAHAN AIRLINES": MAHAN AIR, which the many listed airlines' words would
     * crowd out); they are scored as the query is written. A method of its own: the search loop stays small enough for
     * the compiler.
     */
    private int[] withAirlineForms(int[] ids, String form, java.util.function.IntPredicate everySource) {
        for (String other : OrganisationWords.airlineForms(form)) {
            ids = union(ids, index.candidates(ScoringName.known(pipeline().prepare(other, Schema.UNKNOWN), tokenFacts),
                    CANDIDATES_PER_QUERY_V2, everySource, CandidateIndex.Form.WRITTEN));
        }
        return ids;
    }

    /**
     * The candidates of the Latin names of the parties a form met at the review threshold ({@code strong}, {@link
     * Echoes}): the name met, if Latin, then the party's other Latin names the lists give it (not its weak aliases nor
     * the readings the index adds), at most {@link Echoes#LOOKUPS} names in all, each looked up as a query written so
     * would be; less the groups {@code scored} already holds.
     */
    private int[] echoes(long[] strong, int[] scored, java.util.function.IntPredicate everySource) {
        int[][] byEntity = namesByEntity();
        int[] looked = new int[Echoes.LOOKUPS];
        int n = 0;
        int[] found = new int[0];
        for (int g : Echoes.groups(strong)) {
            int first = members(g)[0];
            int[] names = byEntity[entityOf[first]];
            for (int k = -1; k < names.length && n < looked.length; k++) {
                int id = k < 0 ? first : names[k];
                int h = groupOf[id];
                ScoringName listed = group(h);
                if (listed.prepared.transliterated() || readingName(id) || name(id).strength() == io.interdict.core.entity.NameStrength.WEAK_ALIAS
                        || java.util.Arrays.stream(looked, 0, n).anyMatch(x -> x == h)) {
                    continue;
                }
                looked[n++] = h;
                found = union(found, index.candidates(listed, CANDIDATES_PER_QUERY_V2, everySource, CandidateIndex.Form.WRITTEN));
            }
        }
        return Echoes.less(found, scored);
    }

    /** Per entity, its names' indices (built when first asked: only an echo reads it). */
    private int[][] namesByEntity() {
        int[][] byEntity = namesByEntity;
        if (byEntity == null) {
            int[] count = new int[entityIds.length];
            for (int e : entityOf) {
                count[e]++;
            }
            byEntity = new int[entityIds.length][];
            for (int e = 0; e < byEntity.length; e++) {
                byEntity[e] = new int[count[e]];
            }
            int[] fill = new int[entityIds.length];
            for (int id = 0; id < entityOf.length; id++) {
                byEntity[entityOf[id]][fill[entityOf[id]]++] = id;
            }
            namesByEntity = byEntity;
        }
        return byEntity;
    }

    /** The groups of both, each once, {@code a}'s first. */
    private static int[] union(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        int n = a.length;
        outer:
        for (int g : b) {
            for (int k = 0; k < n; k++) {
                if (out[k] == g) {
                    continue outer;
                }
            }
            out[n++] = g;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private NameScore explain(Scored x, ScoringName candidate, boolean[] candidateCommonTokens) {
        if (!v2) {
            return InterdictV1.score(x.query, candidate, x.words.common(), candidateCommonTokens);
        }
        NameScore n = InterdictV2.score(x.query, candidate, x.words.against(candidateCommonTokens));
        Feature listedInEnglish = listedInEnglish(x, candidate);
        if (x.moved.isEmpty() && listedInEnglish == null) {
            return n;
        }
        List<Feature> all = new ArrayList<>(n.features());
        all.addAll(x.moved);
        if (listedInEnglish != null) {
            all.add(listedInEnglish);
        }
        return new NameScore(x.score, all, n.pairs(), n.algorithm());
    }

    /** The {@code read_in_english} feature of a hit on a listed organisation's name indexed in English (a text that is
     *  neither one of the name's '/' alternatives nor a reading), {@code read_as_russian} of one on a Belarusian
     *  person's name indexed in its Russian form, or what a listed form of the name's own was read as (without a note,
     *  as the other name a note gives, umlauts spelt out, words joined); else null. */
    private Feature listedInEnglish(Scored x, ScoringName candidate) {
        if (x.candidate != null || readingName(x.name)) {
            return null;
        }
        String listed = name(x.name).value();
        String indexed = candidate.prepared.original();
        if (indexed == null || InterdictV1.alternatives(listed).contains(indexed)) {
            return null;
        }
        for (String alt : InterdictV1.alternatives(listed)) {
            if (indexed.equals(io.interdict.core.names.BelarusianForms.russian(alt))) {
                return InterdictV2.readAsRussian(listed, indexed);
            }
            // The listed name's own other forms (ListedForms): read without a note, as the other name a note gives,
            // with its umlauts spelt out, its "al-Din" compound joined; never "read in English".
            if (indexed.equals(io.interdict.core.names.UmlautSpelling.spelledOut(alt))) {
                return new Feature("umlaut_spelled_out", 0.0, "\"" + alt + "\" read as \"" + indexed + "\"");
            }
            if (indexed.equals(io.interdict.core.names.DinCompounds.joined(alt))) {
                return new Feature("words_joined", 0.0, "\"" + alt + "\" read as \"" + indexed + "\"");
            }
            io.interdict.core.names.NameNotes.Read notes = io.interdict.core.names.NameNotes.read(alt);
            if (notes != null && indexed.equals(notes.name())) {
                return FieldReading.noteSetAside(alt, notes);
            }
            if (notes != null && notes.otherNames().contains(indexed)) {
                return FieldReading.otherNameRead(alt, indexed);
            }
        }
        // A form of a series of names ("VESSEL I-IV") is the listed name as written; the rest is its English reading.
        return ListedForms.of(listed).contains(indexed) ? null : InterdictV2.readInEnglish(listed, indexed);
    }

    /** {@link #candidateCommon}, for the bound: asked of a group it has decoded. */
    private final java.util.function.IntFunction<boolean[]> candidateCommons = this::candidateCommon;
    /** {@link #group}, for the bound: it decodes a candidate's name only when the summaries leave it open. */
    private final java.util.function.IntFunction<ScoringName> groupNames = this::group;
    /** How many entities hold a word ({@link #frequency}), as a function. */
    private final java.util.function.ToIntFunction<String> heldWords = this::frequency;
    /** Whether the lists hold a word; whether they hold it in two names or more. One instance each per matcher: the query
     *  repair keeps its work on the words it asks of them ({@code QueryRepair}'s memo of splits). */
    private final ListedWords listed;
    private final ListedWords widelyListed;
    /** Whether some listed name may hold both words (false only when certainly none does), for the repair's splits. */
    private final java.util.function.BiPredicate<String, String> heldTogether = this::mayHoldBoth;

    private boolean mayHoldBoth(String a, String b) {
        return index.mayHoldBoth(a, b);
    }

    /** Whether a reading of the query is its loanword reading, as a foreign name written in Han or Hangul
     *  ({@link io.interdict.core.names.LoanwordReading#han}, {@link io.interdict.core.names.LoanwordReading#hangul}). */
    /** What a reading of the query ({@code reading}, of {@code name}) is to the index: a loanword reading, a Thai
     *  name's RTGS reading (v2), or neither. */
    private CandidateIndex.Form readingForm(String name, String reading) {
        return loanwordReading(name, reading) ? CandidateIndex.Form.LOANWORD
                : v2 && io.interdict.core.names.ThaiReading.isThai(name) ? CandidateIndex.Form.THAI_READING
                : CandidateIndex.Form.WRITTEN;
    }

    private static boolean loanwordReading(String name, String reading) {
        for (String a : InterdictV1.alternatives(name)) {
            if (io.interdict.core.names.LoanwordSpelling.words(a) == null) {
                continue;
            }
            if (reading.equals(io.interdict.core.names.LoanwordReading.han(a))
                    || reading.equals(io.interdict.core.names.LoanwordReading.hangul(a))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many of the candidate groups {@link CoverageBound} can bound at all ({@link CoverageBound#boundable}). Asked of
     * every candidate before any is bounded, it also reads the first word of each one's summary at once: a group's
     * summary is seldom in a cache, and reads issued together wait for memory side by side instead of one after the other
     * in the candidate loop (speed9: 2-5 % less CPU per query; see docs/matching-history.md, "Speed").
     */
    private int boundable(int[] ids) {
        int n = 0;
        for (int g : ids) {   // no early exit: every summary is read
            n += CoverageBound.boundable(boundSummary(g)) ? 1 : 0;
        }
        return n;
    }

    /**
     * Group g's members scored with a name read as the other spells it ({@link FittedReading}): the query's
     * ({@code foreign}, the reader of its Hangul, Han, Cyrillic or Armenian text) read as the candidate spells it, or else a member
     * written in Hangul or Han read as the (Latin) query spells it. Each member's entity keeps its best score in
     * {@code best}; returns the highest total put there (0 when none). Apart from the search loop, which stays small.
     */
    private double fitted(ScoringName q, FittedReading foreign, int g, int wanted, Traits traits, Map<Integer, Scored> best) {
        ScoringName fq = null;
        QueryWords fqWords = null;
        if (foreign != null) {
            fq = fittedQuery(foreign, group(g));
            if (fq == null) {
                return 0;
            }
            fqWords = queryWords(fq);
        }
        double groupScore = fq == null ? 0
                : InterdictV2.value(fq, group(g), fqWords.against(candidateCommon(g)), MIN_CANDIDATE_SCORE);
        QueryWords words = null;
        double top = 0;
        for (int id : members(g)) {
            if (wanted >= 0 && sourceOf[id] != wanted) {
                continue;
            }
            double v = groupScore;
            ScoringName fc = null;
            if (fq == null) {
                fc = fittableName(id) ? fittedCandidate(q, name(id).value(), group(g).schema()) : null;
                if (fc == null) {
                    continue;
                }
                if (words == null) {
                    words = queryWords(q);
                }
                v = InterdictV2.value(q, fc, words.against(null), MIN_CANDIDATE_SCORE);
            }
            if (v < MIN_CANDIDATE_SCORE) {
                continue;
            }
            top = Math.max(top, fq != null ? offer(best, id, v, traits, fq, fqWords, null)
                    : offer(best, id, v, traits, q, words, fc));
        }
        return top;
    }

    /**
     * Offers name {@code id}'s score {@code v}, moved by the query's {@code traits} when given, as its entity's best;
     * the total when it became the entity's best, else 0. {@code candidate}: the name as read for the query, when it
     * was ({@link FittedReading}); null for the listed name itself.
     */
    private double offer(Map<Integer, Scored> best, int id, double v, Traits traits, ScoringName q, QueryWords words,
                         ScoringName candidate) {
        return offer(best, id, v, traits, q, words, candidate, null);
    }

    /** {@link #offer(Map, int, double, Traits, ScoringName, QueryWords, ScoringName)}; {@code read}: a feature
     *  {@code v} already counts that the query's reading adds to the explanation (null: none). */
    private double offer(Map<Integer, Scored> best, int id, double v, Traits traits, ScoringName q, QueryWords words,
                         ScoringName candidate, Feature read) {
        int entity = entityOf[id];
        List<Feature> moved = traits == null ? List.of() : AttributeScore.features(traits, facts(entity));
        double total = traits == null ? v : Math.max(0.0, Math.min(1.0, v + AttributeScore.total(moved)));
        Scored prev = best.get(entity);
        if (prev != null && total <= prev.score) {
            return 0;
        }
        if (read != null) {
            List<Feature> all = new ArrayList<>(moved.size() + 1);
            all.add(read);
            all.addAll(moved);
            moved = all;
        }
        best.put(entity, new Scored(entity, id, q, words, total, moved, candidate));
        return total;
    }

    /**
     * The query's words written shortened with a full stop read as the words of group {@code g}'s name they shorten
     * ({@link AbbreviatedWords}: "Harwell Engg. Works" against "HARWELL ENGINEERING WORKS"), scored against the group at
     * {@link InterdictV2#ABBREVIATION} a word, and offered for its members; the best total offered, or 0. {@code form}:
     * a plain form of the query as written, its shortened words found.
     */
    private double shortened(AbbreviatedWords.Shortened form, int g, int wanted, Traits traits, Map<Integer, Scored> best) {
        int[] ids = members(g);
        AbbreviatedWords.Reading r = form.against(name(ids[0]).value());
        if (r == null) {
            return 0;
        }
        ScoringName q = ScoringName.known(pipeline().prepare(r.text(), Schema.UNKNOWN), tokenFacts);
        QueryWords words = queryWords(q);
        double penalty = InterdictV2.ABBREVIATION * r.expansions().size();
        double v = InterdictV2.value(q, group(g), words.against(candidateCommon(g)), MIN_CANDIDATE_SCORE) - penalty;
        if (v < MIN_CANDIDATE_SCORE) {
            return 0;
        }
        Feature read = InterdictV2.abbreviationFeature(r, penalty);
        double top = 0;
        for (int id : ids) {
            if (wanted < 0 || sourceOf[id] == wanted) {
                top = Math.max(top, offer(best, id, v, traits, q, words, null, read));
            }
        }
        return top;
    }

    /**
     * Group g's members scored with the query's last word read as each word of the member's name it begins, against
     * that name cut after the word as the query was, the query maybe cut at a payment message's line width ({@link
     * io.interdict.core.names.FieldCut}: "PUBLIC JOINT STOCK COMPANY UZHURALZ"); the best total offered, 0 when none.
     */
    private double completedCut(String form, int g, int wanted, Traits traits, Map<Integer, Scored> best) {
        int[] ids = members(g);
        double top = 0;
        for (int id : ids) {
            if (wanted >= 0 && sourceOf[id] != wanted) {
                continue;
            }
            Name listed = name(id);
            for (io.interdict.core.names.FieldCut.Completion c : io.interdict.core.names.FieldCut.completions(form, listed.value())) {
                ScoringName q = ScoringName.known(pipeline().prepare(c.read(), Schema.UNKNOWN), tokenFacts).readFrom(c.read());
                // The listed name cut after the word as the field was: the words a cut field cannot show are not missing.
                ScoringName candidate = ScoringName.known(pipeline().prepare(c.otherCut(), scoringName(id).schema()), tokenFacts);
                QueryWords words = queryWords(q);
                double v = InterdictV2.value(q, candidate, words.against(null), MIN_CANDIDATE_SCORE);
                if (v >= MIN_CANDIDATE_SCORE) {
                    top = Math.max(top, offer(best, id, v, traits, q, words, candidate, InterdictV2.wordCut(form, c.read())));
                }
            }
        }
        return top;
    }

    /** The query's Hangul or Han name read as the candidate (a Latin name) spells it, or null ({@link FittedReading}). */
    private ScoringName fittedQuery(FittedReading query, ScoringName candidate) {
        if (candidate.prepared.transliterated() || candidate.size() == 0) {
            return null;
        }
        List<String> r = query.read(java.util.Arrays.asList(candidate.text));
        return r.isEmpty() ? null
                : ScoringName.known(ScriptReadings.prepare(r.get(0), Schema.UNKNOWN), tokenFacts).readFrom(query.foreign());
    }

    /** A listed Hangul or Han name ({@link FittedReading#appliesToListed}) read as the (Latin) query spells it, or null. */
    private static ScoringName fittedCandidate(ScoringName q, String listed, Schema schema) {
        if (q.size() == 0) {
            return null;
        }
        List<String> r = FittedReading.of(listed, java.util.Arrays.asList(q.text));
        return r.isEmpty() ? null : ScoringName.of(ScriptReadings.prepare(r.get(0), schema)).readFrom(listed);
    }

    /** @param candidate the candidate as scored when it was read to fit the query ({@link FittedReading}), else null */
    private record Scored(int entity, int name, ScoringName query, QueryWords words, double score, List<Feature> moved,
                          ScoringName candidate) {
    }

    /**
     * What the lists say of a query's words, each by the entities that hold it: common ({@link #commonTokens}), known
     * ({@link #knownTokens}; null in interdict-v1), scarce among the common ({@link #scarceTokens}; null in v1).
     */
    private record QueryWords(boolean[] common, boolean[] known, boolean[] scarce) {
        /** The list's context for scoring the query against a candidate whose common words are {@code candidateCommon}
         *  (null: not known). */
        InterdictV2.ListContext against(boolean[] candidateCommon) {
            return new InterdictV2.ListContext(common, candidateCommon, known, scarce);
        }
    }

    /** {@link QueryWords} of query {@code q} (interdict-v2): one lookup per word. */
    private QueryWords queryWords(ScoringName q) {
        int[] frequencies = tokenFrequencies(q);
        return new QueryWords(commonTokens(frequencies), knownTokens(frequencies), scarceTokens(frequencies));
    }

    /** How many indexed names hold each token of the prepared name (for explanations and tuning). */
    public Map<String, Integer> frequencies(String name) {
        ScoringName q = ScoringName.of(pipeline().prepare(name, Schema.UNKNOWN));
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < q.size(); i++) {
            out.put(q.text[i], frequency(q.text[i]));
        }
        return out;
    }

    /** How many entities hold each query word (one lookup per word). */
    private int[] tokenFrequencies(ScoringName q) {
        int[] f = new int[q.size()];
        for (int i = 0; i < q.size(); i++) {
            f[i] = frequency(q.text[i]);
        }
        return f;
    }

    /** Whether each query word is a word the lists hold themselves (then a close spelling is another name, not a typo). */
    private static boolean[] knownTokens(int[] frequencies) {
        boolean[] known = new boolean[frequencies.length];
        for (int i = 0; i < known.length; i++) {
            known[i] = frequencies[i] >= KNOWN_MIN;
        }
        return known;
    }

    /** Whether each query word is held by fewer than {@link #SCARCE} times as many entities as make a word common
     *  ({@link #commonTokens}): among words paired with common ones, three paired closely with such a word among them
     *  are a rare name together ({@link InterdictV2#COMMON_RUN_SCARCE}). */
    private boolean[] scarceTokens(int[] frequencies) {
        boolean[] scarce = new boolean[frequencies.length];
        for (int i = 0; i < scarce.length; i++) {
            scarce[i] = frequencies[i] < SCARCE * commonThreshold;
        }
        return scarce;
    }

    private boolean[] commonTokens(int[] frequencies) {
        boolean[] common = new boolean[frequencies.length];
        for (int i = 0; i < common.length; i++) {
            common[i] = frequencies[i] >= commonThreshold;
        }
        return common;
    }

    /** How many entities hold this exact token in any of their names. */
    private int frequency(String token) {
        return entityFrequency.getOrDefault(token, 0);
    }

    /** Pairwise comparison under a schema (FtM name: Person, Organization, Company, LegalEntity, Vessel; or null). */
    public static NameScore compare(String name1, String name2, String schema) {
        return InterdictV1.compare(name1, name2, Schema.of(schema));
    }

    /** Pairwise comparison by the named algorithm ({@code interdict-v1} or {@code interdict-v2}). */
    public static NameScore compare(String algorithm, String name1, String name2, String schema) {
        return InterdictV2.NAME.equals(algorithm) ? InterdictV2.compare(name1, name2, Schema.of(schema))
                : InterdictV1.compare(name1, name2, Schema.of(schema));
    }

    /**
     * A name match another matcher found (the exact token-set matcher of the screening union), scored
     * with the party's attributes as this matcher scores its own (v2); null when they take it under the
     * review threshold. Identifier matches and v1 pass unchanged.
     */
    public EntityMatch withAttributes(EntityMatch m, Party party) {
        if (!v2 || m.matchedOn() != MatchedOn.NAME) {
            return m;
        }
        Integer e = entityIndexOf(m.entityId());
        if (e == null) {
            return m;
        }
        List<Feature> moved = AttributeScore.features(party.scoredTraits(), facts(e));
        if (moved.isEmpty()) {
            return m;
        }
        double score = Math.max(0.0, Math.min(1.0, m.score() + AttributeScore.total(moved)));
        if (score < settings.reviewThreshold()) {
            return null;
        }
        List<Feature> features = new ArrayList<>(m.features());
        features.addAll(moved);
        return new EntityMatch(m.entityId(), m.matchedOn(), m.query(), m.candidate(), m.strength(), score, features);
    }

    /** Identifier matches (1.0) first, then name matches at or above the review threshold. */
    @Override
    public List<EntityMatch> match(Party party) {
        return match(party, Cancellation.NONE);
    }

    @Override
    public List<EntityMatch> match(Party party, Cancellation cancel) {
        Map<String, EntityMatch> out = new LinkedHashMap<>();
        for (EntityMatch m : identifiers.match(party.ids())) {
            out.putIfAbsent(m.entityId(), m);
        }
        if (party.name() != null && !party.name().isBlank()) {
            for (SearchHit h : search(party.name(), v2 ? party.scoredTraits() : Traits.NONE, null, 50, cancel)) {
                if (!h.match()) {
                    continue;
                }
                List<Feature> features = new ArrayList<>(h.explanation().features());
                features.add(new Feature("token_pairs", 0.0, String.join("; ", h.explanation().pairs())));
                out.putIfAbsent(h.entityId(), new EntityMatch(h.entityId(), MatchedOn.NAME, party.name(), h.name(),
                        h.strength(), h.score(), features));
            }
        }
        return new ArrayList<>(out.values());
    }
}
