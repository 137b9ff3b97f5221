package io.interdict.core.codec;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes and reads records of the domain (measures, relations, source infos) by their components:
 * strings, numbers, booleans, dates, enums (by name), lists, sets, string-keyed maps and nested
 * records. Records are rebuilt through their canonical constructors, so their invariants hold.
 * {@link #schema(Class)} describes the components; a compiled file records it and is rebuilt when the
 * code's records have changed, rather than read wrongly.
 */
public final class RecordCodec {
    private RecordCodec() {
    }

    /** The components of the record and of every record it holds, as text: equal schemas read alike. */
    public static String schema(Class<?> type) {
        StringBuilder sb = new StringBuilder();
        describe(type, sb, new LinkedHashSet<>());
        return sb.toString();
    }

    private static void describe(Type t, StringBuilder sb, Set<Class<?>> seen) {
        if (t instanceof ParameterizedType p) {
            sb.append(((Class<?>) p.getRawType()).getSimpleName()).append('<');
            for (Type a : p.getActualTypeArguments()) {
                describe(a, sb, seen);
                sb.append(',');
            }
            sb.append('>');
            return;
        }
        Class<?> c = (Class<?>) t;
        sb.append(c.getSimpleName());
        if (c.isEnum()) {
            sb.append('{');
            for (Object o : c.getEnumConstants()) {
                sb.append(((Enum<?>) o).name()).append(',');
            }
            sb.append('}');
        } else if (c.isRecord() && seen.add(c)) {
            sb.append('(');
            for (RecordComponent rc : c.getRecordComponents()) {
                sb.append(rc.getName()).append(':');
                describe(rc.getGenericType(), sb, seen);
                sb.append(';');
            }
            sb.append(')');
        }
    }

    /**
     * A set's elements in an order that depends on the elements alone: the iteration order of {@code Set.of} and of a
     * hash set changes from one JVM to the next (the immutable collections' order is salted at start), and an encoding
     * in that order made two compilations of the same inputs differ. An insertion-ordered or sorted set keeps its order
     * (it may mean something); any other set of comparable elements (enums, strings) is written sorted.
     */
    public static Iterable<?> inCanonicalOrder(Set<?> set) {
        if (set.size() < 2 || set instanceof java.util.LinkedHashSet || set instanceof java.util.SortedSet
                || set instanceof java.util.EnumSet || !allComparable(set)) {
            return set;
        }
        List<Object> sorted = new java.util.ArrayList<>(set);
        sorted.sort(null);
        return sorted;
    }

    /** A map's entries in an order that depends on the entries alone ({@link #inCanonicalOrder(Set)}): by key, unless
     *  the map is insertion-ordered or sorted. */
    public static <K, V> Iterable<? extends Map.Entry<K, V>> inCanonicalOrder(Map<K, V> map) {
        if (map.size() < 2 || map instanceof java.util.LinkedHashMap || map instanceof java.util.SortedMap
                || !allComparable(map.keySet())) {
            return map.entrySet();
        }
        List<Map.Entry<K, V>> sorted = new java.util.ArrayList<>(map.entrySet());
        sorted.sort((a, b) -> compare(a.getKey(), b.getKey()));
        return sorted;
    }

    private static boolean allComparable(java.util.Collection<?> c) {
        Class<?> kind = null;
        for (Object o : c) {
            if (!(o instanceof Comparable<?>) || kind != null && o.getClass() != kind) {
                return false;   // mixed or incomparable elements keep their order
            }
            kind = o.getClass();
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    public static void write(Object value, Type type, Encoder out) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (value == null) {
                out.writeInt(-1);
                return;
            }
            if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
                var c = (java.util.Collection<?>) value;
                out.writeInt(c.size());
                for (Object o : c instanceof Set<?> set ? inCanonicalOrder(set) : c) {
                    write(o, p.getActualTypeArguments()[0], out);
                }
                return;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<?, ?> m = (Map<?, ?>) value;
                out.writeInt(m.size());
                for (Map.Entry<?, ?> e : inCanonicalOrder(m)) {
                    out.writeString((String) e.getKey());
                    write(e.getValue(), p.getActualTypeArguments()[1], out);
                }
                return;
            }
            throw new IllegalArgumentException("cannot encode " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == boolean.class) {
            out.writeBoolean((Boolean) value);
        } else if (c == int.class) {
            out.writeInt((Integer) value);
        } else if (c == long.class) {
            out.writeLong((Long) value);
        } else if (c == double.class) {
            out.writeDouble((Double) value);
        } else if (c == String.class) {
            out.writeString((String) value);
        } else {
            out.writeBoolean(value != null);
            if (value == null) {
                return;
            }
            if (c == Double.class) {
                out.writeDouble((Double) value);
            } else if (c == Integer.class) {
                out.writeInt((Integer) value);
            } else if (c == Boolean.class) {
                out.writeBoolean((Boolean) value);
            } else if (c == LocalDate.class) {
                out.writeLong(((LocalDate) value).toEpochDay());
            } else if (c.isEnum()) {
                out.writeString(((Enum<?>) value).name());
            } else if (c.isRecord()) {
                try {
                    for (RecordComponent rc : c.getRecordComponents()) {
                        write(rc.getAccessor().invoke(value), rc.getGenericType(), out);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read record " + c.getName(), e);
                }
            } else {
                throw new IllegalArgumentException("cannot encode " + c.getName());
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object read(Type type, Decoder in) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            int n = in.readInt();
            if (n == -1) {
                return null;
            }
            if (n < 0 || n > in.remaining()) {
                throw new Decoder.CorruptDataException("bad collection size " + n);
            }
            if (List.class.isAssignableFrom(raw)) {
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    l.add(read(p.getActualTypeArguments()[0], in));
                }
                return l;
            }
            if (Set.class.isAssignableFrom(raw)) {
                Set<Object> s = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    s.add(read(p.getActualTypeArguments()[0], in));
                }
                return s;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                m.put(in.readString(), read(p.getActualTypeArguments()[1], in));
            }
            return m;
        }
        Class<?> c = (Class<?>) type;
        if (c == boolean.class) {
            return in.readBoolean();
        } else if (c == int.class) {
            return in.readInt();
        } else if (c == long.class) {
            return in.readLong();
        } else if (c == double.class) {
            return in.readDouble();
        } else if (c == String.class) {
            return in.readString();
        }
        if (!in.readBoolean()) {
            return null;
        }
        if (c == Double.class) {
            return in.readDouble();
        } else if (c == Integer.class) {
            return in.readInt();
        } else if (c == Boolean.class) {
            return in.readBoolean();
        } else if (c == LocalDate.class) {
            return LocalDate.ofEpochDay(in.readLong());
        } else if (c.isEnum()) {
            String name = in.readString();
            try {
                return Enum.valueOf((Class) c, name);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new Decoder.CorruptDataException("unknown " + c.getSimpleName() + " '" + name + "'");
            }
        }
        RecordComponent[] rcs = c.getRecordComponents();
        Object[] args = new Object[rcs.length];
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            args[i] = read(rcs[i].getGenericType(), in);
            types[i] = rcs[i].getType();
        }
        try {
            Constructor<?> k = c.getDeclaredConstructor(types);
            return k.newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new Decoder.CorruptDataException(c.getSimpleName() + " does not rebuild: " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild record " + c.getName(), e);
        }
    }

    /** A list of records of one type. */
    public static <T> void writeList(List<T> values, Class<T> type, Encoder out) {
        out.writeInt(values.size());
        for (T v : values) {
            write(v, type, out);
        }
    }

    public static <T> List<T> readList(Class<T> type, Decoder in) {
        int n = in.count(1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(type.cast(read(type, in)));
        }
        return out;
    }
}
