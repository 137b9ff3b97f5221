package io.interdict.core.snapshot;

import io.interdict.core.codec.Decoder;
import io.interdict.core.codec.Encoder;
import io.interdict.core.codec.KeyPostings;
import io.interdict.core.codec.RecordCodec;
import io.interdict.core.codec.Strings;
import io.interdict.core.entity.Entity;
import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.Identifier;
import io.interdict.core.entity.Name;
import io.interdict.core.entity.NameStrength;
import io.interdict.core.entity.Relation;
import io.interdict.core.measure.Measure;
import java.nio.ByteBuffer;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The compiled form of a {@link Snapshot}: sources, measures and relations, then the entities as
 * records reached through an id index. Reading decodes measures and relations at once (a few hundred
 * objects) and each entity only when it is looked up or iterated, so a command that needs one entity
 * never builds the other 27,000.
 */
public final class SnapshotCodec {
    /** The section key; a change of layout is a new key. */
    public static final String SECTION = "snapshot/2";
    /** Entities per compressed block: one lookup inflates about 40 KB; the source records compress 4 to 5 times. */
    static final int BLOCK = 64;
    /** What the layout depends on: the records of the domain. A file of other records is rebuilt. */
    public static final String SCHEMA = RecordCodec.schema(Measure.class) + RecordCodec.schema(Relation.class)
            + RecordCodec.schema(SourceInfo.class) + RecordCodec.schema(Entity.class);

    private SnapshotCodec() {
    }

    public static byte[] write(Snapshot s) {
        Encoder out = new Encoder();
        out.writeString(SCHEMA);
        out.writeString(s.hash());
        RecordCodec.writeList(s.sources(), SourceInfo.class, out);
        RecordCodec.writeList(new ArrayList<>(s.measures()), Measure.class, out);
        RecordCodec.writeList(s.relations(), Relation.class, out);
        List<String> ids = new ArrayList<>();
        KeyPostings.Builder byId = new KeyPostings.Builder();
        List<Entity> all = new ArrayList<>(s.entities());
        int[] within = new int[all.size() + 1];    // each record's offset in its inflated block
        int blocks = (all.size() + BLOCK - 1) / BLOCK;
        int[] blockAt = new int[blocks + 1];        // each block's offset in the deflated bytes
        java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        byte[] chunk = new byte[1 << 16];
        for (int b = 0; b < blocks; b++) {
            Encoder block = new Encoder();
            for (int i = b * BLOCK; i < Math.min(all.size(), (b + 1) * BLOCK); i++) {
                Entity e = all.get(i);
                byId.add(KeyPostings.hash(e.id()), ids.size(), 0);
                ids.add(e.id());
                within[i] = block.size();
                writeEntity(e, block);
            }
            blockAt[b] = deflated.size();
            deflater.reset();
            deflater.setInput(block.toByteArray());
            deflater.finish();
            while (!deflater.finished()) {
                deflated.write(chunk, 0, deflater.deflate(chunk));
            }
        }
        deflater.end();
        blockAt[blocks] = deflated.size();
        // Each entity's source part, as an index into the sources (-1: none): a list entry's dates
        // are read against its own publication.
        java.util.Map<SourceInfo, Integer> sourceIndex = new java.util.IdentityHashMap<>();
        for (int i = 0; i < s.sources().size(); i++) {
            sourceIndex.putIfAbsent(s.sources().get(i), i);
        }
        int[] origin = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            origin[i] = s.origin(ids.get(i)).map(o -> sourceIndex.getOrDefault(o, -1)).orElse(-1);
        }
        Strings.write(ids, out);
        byId.build().write(out);
        out.writeInts(within).writeInts(blockAt).writeInts(origin).writeBytes(deflated.toByteArray());
        return out.toByteArray();
    }

    /** The snapshot of a section written by {@link #write}; entities decode lazily from {@code section}. */
    public static Snapshot read(ByteBuffer section) {
        Decoder in = new Decoder(section);
        String schema = in.readString();
        if (!SCHEMA.equals(schema)) {
            throw new Decoder.CorruptDataException("written for other domain records (the program has changed since)");
        }
        String hash = in.readString();
        List<SourceInfo> sources = RecordCodec.readList(SourceInfo.class, in);
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (Measure m : RecordCodec.readList(Measure.class, in)) {
            measures.put(m.id(), m);
        }
        List<Relation> relations = RecordCodec.readList(Relation.class, in);
        Strings ids = Strings.read(in);
        KeyPostings byId = KeyPostings.read(in);
        int[] within = in.readInts();
        int[] blockAt = in.readInts();
        int[] origin = in.readInts();
        int n = in.count(1);
        ByteBuffer deflated = in.slice(n);
        if (within.length != ids.size() + 1 || blockAt.length != (ids.size() + BLOCK - 1) / BLOCK + 1 || blockAt[blockAt.length - 1] != n) {
            throw new Decoder.CorruptDataException("entity offsets do not match the entity records");
        }
        if (origin.length != ids.size()) {
            throw new Decoder.CorruptDataException("entity origins do not match the entities");
        }
        LazyEntities entities = new LazyEntities(ids, byId, within, blockAt, deflated);
        java.util.function.Function<String, SourceInfo> origins = id -> {
            int i = entities.indexOf(id);
            return i < 0 || origin[i] < 0 || origin[i] >= sources.size() ? null : sources.get(origin[i]);
        };
        return Snapshot.restored(sources, entities, relations, measures, origins, hash);
    }

    private static void writeEntity(Entity e, Encoder out) {
        out.writeString(e.id());
        out.writeString(e.kind().name());
        out.writeVarInt(e.names().size());
        for (Name n : e.names()) {
            out.writeString(n.value()).writeString(n.script()).writeByte(n.strength().ordinal()).writeString(n.lang());
        }
        out.writeVarInt(e.identifiers().size());
        for (Identifier id : e.identifiers()) {
            out.writeString(id.scheme()).writeString(id.value());
        }
        out.writeVarInt(e.countries().size());
        for (String c : e.countries()) {
            out.writeString(c);
        }
        out.writeVarInt(e.attributes().size());
        // In the order of their keys: an entity's attributes are an immutable map, whose order changes from JVM to JVM.
        for (Map.Entry<String, List<String>> a : io.interdict.core.codec.RecordCodec.inCanonicalOrder(e.attributes())) {
            out.writeString(a.getKey());
            out.writeVarInt(a.getValue().size());
            for (String v : a.getValue()) {
                out.writeString(v);
            }
        }
        out.writeBoolean(e.unconfirmed());
        out.writeString(e.raw());
    }

    private static final NameStrength[] STRENGTHS = NameStrength.values();

    private static Entity readEntity(Decoder in) {
        String id = in.readString();
        EntityKind kind;
        try {
            kind = EntityKind.valueOf(in.readString());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Decoder.CorruptDataException("entity " + id + ": unknown kind");
        }
        int count = in.readVarInt();
        List<Name> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String value = in.readString();
            String script = in.readString();
            int strength = in.readByte();
            if (strength < 0 || strength >= STRENGTHS.length) {
                throw new Decoder.CorruptDataException("entity " + id + ": unknown name strength");
            }
            names.add(new Name(value, script, STRENGTHS[strength], in.readString()));
        }
        count = in.readVarInt();
        List<Identifier> identifiers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            identifiers.add(new Identifier(in.readString(), in.readString()));
        }
        count = in.readVarInt();
        List<String> countries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            countries.add(in.readString());
        }
        count = in.readVarInt();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = in.readString();
            int values = in.readVarInt();
            List<String> vs = new ArrayList<>(values);
            for (int v = 0; v < values; v++) {
                vs.add(in.readString());
            }
            attributes.put(key, vs);
        }
        boolean unconfirmed = in.readBoolean();
        return new Entity(id, kind, names, identifiers, countries, attributes, unconfirmed, in.readString());
    }

    /**
     * The entities of a compiled snapshot by id, in their compiled order, each decoded once when first read.
     * A block is inflated once and kept while some of its entities are still undecoded (a batch of queries
     * reads its candidates' entities in no order, one or two per block at a time), then dropped: at most the
     * inflated entity records are held (about 20 MB for the bundled lists, in 281 blocks), and once every entity is
     * decoded, none. They are held softly: a process short of memory (a server whose traffic never reads some
     * entities) lets the collector take them back, and a block is inflated again when next read.
     */
    private static final class LazyEntities extends AbstractMap<String, Entity> {
        private final Strings ids;
        private final KeyPostings byId;
        private final int[] within;
        private final int[] blockAt;
        private final ByteBuffer deflated;
        private final AtomicReferenceArray<Entity> decoded;
        /** Each block's inflated records, from its first read until its last entity is decoded. */
        private final AtomicReferenceArray<java.lang.ref.SoftReference<ByteBuffer>> inflated;
        /** How many entities of each block are not decoded yet. */
        private final AtomicIntegerArray undecoded;

        LazyEntities(Strings ids, KeyPostings byId, int[] within, int[] blockAt, ByteBuffer deflated) {
            this.ids = ids;
            this.byId = byId;
            this.within = within;
            this.blockAt = blockAt;
            this.deflated = deflated;
            this.decoded = new AtomicReferenceArray<>(ids.size());
            int blocks = blockAt.length - 1;
            this.inflated = new AtomicReferenceArray<>(blocks);
            this.undecoded = new AtomicIntegerArray(blocks);
            for (int b = 0; b < blocks; b++) {
                undecoded.set(b, Math.min(ids.size(), (b + 1) * BLOCK) - b * BLOCK);
            }
        }

        private Entity at(int i) {
            Entity e = decoded.get(i);
            if (e == null) {
                int b = i / BLOCK;
                ByteBuffer block = block(b);
                int start = within[i];
                int end = i + 1 == ids.size() || (i + 1) % BLOCK == 0 ? block.limit() : within[i + 1];
                if (start < 0 || end < start || end > block.limit()) {
                    throw new Decoder.CorruptDataException("entity " + i + " lies outside its block");
                }
                e = readEntity(new Decoder(block.slice(start, end - start)));
                if (decoded.compareAndSet(i, null, e)) {
                    if (undecoded.decrementAndGet(b) == 0) {
                        inflated.set(b, null);
                    }
                } else {
                    e = decoded.get(i);
                }
            }
            return e;
        }

        private ByteBuffer block(int b) {
            java.lang.ref.SoftReference<ByteBuffer> kept = inflated.get(b);
            ByteBuffer bytes = kept == null ? null : kept.get();
            if (bytes != null) {
                return bytes;
            }
            bytes = inflate(b);
            // Kept only while an entity of the block is undecoded (two threads at once may both inflate it).
            if (undecoded.get(b) > 0) {
                inflated.compareAndSet(b, kept, new java.lang.ref.SoftReference<>(bytes));
            }
            return bytes;
        }

        private ByteBuffer inflate(int b) {
            int length = blockAt[b + 1] - blockAt[b];
            if (length < 0 || blockAt[b] < 0 || blockAt[b + 1] > deflated.limit()) {
                throw new Decoder.CorruptDataException("entity block " + b + " lies outside the records");
            }
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            try {
                inflater.setInput(deflated.slice(blockAt[b], length));
                byte[] out = new byte[Math.max(256, length * 5)];   // the records compress 4 to 5 times
                int size = 0;
                while (!inflater.finished()) {
                    if (size == out.length) {
                        out = java.util.Arrays.copyOf(out, out.length * 2);
                    }
                    int n = inflater.inflate(out, size, out.length - size);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new Decoder.CorruptDataException("entity block " + b + " ends early");
                    }
                    size += n;
                }
                if (out.length - size > size / 4) {
                    out = java.util.Arrays.copyOf(out, size);   // kept for a while: not a quarter more than it holds
                }
                return ByteBuffer.wrap(out, 0, size).slice();
            } catch (java.util.zip.DataFormatException e) {
                throw new Decoder.CorruptDataException("entity block " + b + " does not inflate: " + e.getMessage());
            } finally {
                inflater.end();
            }
        }

        private int indexOf(Object key) {
            if (!(key instanceof String id)) {
                return -1;
            }
            long range = byId.find(KeyPostings.hash(id));
            for (int p = (int) (range >>> 32); p < (int) range; p++) {
                int i = byId.first(p);
                if (id.equals(ids.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Entity get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : at(i);
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public int size() {
            return ids.size();
        }

        /** The i-th element of every entity, in compiled order. */
        private <T> Iterator<T> inOrder(java.util.function.IntFunction<T> element) {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < ids.size();
                }

                @Override
                public T next() {
                    if (next >= ids.size()) {
                        throw new NoSuchElementException();
                    }
                    return element.apply(next++);
                }
            };
        }

        @Override
        public Collection<Entity> values() {
            return new AbstractCollection<>() {
                @Override
                public Iterator<Entity> iterator() {
                    return inOrder(LazyEntities.this::at);
                }

                @Override
                public int size() {
                    return ids.size();
                }
            };
        }

        @Override
        public Set<String> keySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<String> iterator() {
                    return inOrder(ids::get);
                }

                @Override
                public boolean contains(Object o) {
                    return indexOf(o) >= 0;
                }

                @Override
                public int size() {
                    return ids.size();
                }
            };
        }

        @Override
        public Set<Entry<String, Entity>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Entity>> iterator() {
                    Iterator<Entity> it = values().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Entry<String, Entity> next() {
                            Entity e = it.next();
                            return new SimpleImmutableEntry<>(e.id(), e);
                        }
                    };
                }

                @Override
                public int size() {
                    return ids.size();
                }
            };
        }
    }
}
