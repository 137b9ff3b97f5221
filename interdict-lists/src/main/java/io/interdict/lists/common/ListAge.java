package io.interdict.lists.common;

import io.interdict.core.snapshot.SourceInfo;
import io.interdict.regime.RegimeLoader;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How old the lists of a snapshot are, counted to a given day: screening with a list years old gives
 * the decisions of years ago, so every command that screens says so (the bundled snapshots are a
 * working default, not current data).
 */
public final class ListAge {
    private ListAge() {
    }

    /** Days from the list's date to {@code today}, or null when the list carries no usable date. */
    public static Long days(String listDate, LocalDate today) {
        if (listDate == null || listDate.length() < 10) {
            return null;
        }
        try {
            return ChronoUnit.DAYS.between(LocalDate.parse(listDate.substring(0, 10)), today);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * One warning naming every list older than {@code maxAgeDays} on {@code today}, or with no date;
     * empty when all are current. The built-in regime is dated event by event and is not a list.
     */
    public static Optional<String> warning(List<SourceInfo> sources, LocalDate today, int maxAgeDays) {
        List<String> stale = new ArrayList<>();
        for (SourceInfo s : sources) {
            if (s.id().equals(RegimeLoader.SOURCE_ID)) {
                continue;
            }
            Long age = days(s.listDate(), today);
            if (age == null) {
                stale.add(s.id() + " (date unknown)");
            } else if (age > maxAgeDays) {
                stale.add(s.id() + " " + s.listDate() + " (" + age + " days)");
            }
        }
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("lists older than " + maxAgeDays + " days (lists.max_age_days): " + String.join(", ", stale)
                + "; decisions reflect those dates, not today's lists: run `interdict lists update` or `interdict lists import`");
    }
}
