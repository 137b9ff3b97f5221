package io.interdict.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordCodecOrderTest {
    record Holder(Set<String> codes, Map<String, String> facts) {
    }

    private static byte[] encoded(Holder h) {
        Encoder out = new Encoder();
        RecordCodec.write(h, Holder.class, out);
        return out.toByteArray();
    }

    /** Set.of and Map.of iterate in an order salted per JVM: written sorted, two compilations of one input agree. */
    @Test
    void unorderedSetsAndMapsAreWrittenInTheOrderOfTheirElements() {
        Set<String> sorted = new LinkedHashSet<>(List.of("AE", "IR", "KP", "RU", "SY"));
        Map<String, String> sortedMap = new LinkedHashMap<>();
        sortedMap.put("birth_date", "1950");
        sortedMap.put("nationality", "IR");
        sortedMap.put("program", "SDGT");

        byte[] expected = encoded(new Holder(sorted, sortedMap));

        assertThat(encoded(new Holder(Set.of("SY", "KP", "AE", "RU", "IR"),
                Map.of("program", "SDGT", "birth_date", "1950", "nationality", "IR")))).isEqualTo(expected);
        assertThat(encoded(new Holder(new java.util.HashSet<>(List.of("RU", "SY", "AE", "IR", "KP")),
                new java.util.HashMap<>(Map.of("nationality", "IR", "program", "SDGT", "birth_date", "1950")))))
                .isEqualTo(expected);
    }

    private static List<Object> list(Iterable<?> items) {
        List<Object> out = new java.util.ArrayList<>();
        items.forEach(out::add);
        return out;
    }

    @Test
    void insertionOrderedAndSortedCollectionsKeepTheirOrder() {
        Set<String> meaningful = new LinkedHashSet<>(List.of("SY", "AE", "KP"));
        assertThat(list(RecordCodec.inCanonicalOrder(meaningful))).containsExactly("SY", "AE", "KP");
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put("z", "1");
        ordered.put("a", "2");
        assertThat(RecordCodec.inCanonicalOrder(ordered)).extracting(Map.Entry::getKey).containsExactly("z", "a");
        assertThat(list(RecordCodec.inCanonicalOrder(java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY))))
                .containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY);
        assertThat(list(RecordCodec.inCanonicalOrder(Set.of(java.time.DayOfWeek.FRIDAY, java.time.DayOfWeek.MONDAY))))
                .containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY);   // enums by ordinal
    }
}
