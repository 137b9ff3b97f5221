package io.interdict.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Birth dates as lists and callers write them, read into spans of years with the day when known:
 * "1972-11-21", "1972-11", "1972", "21 Nov 1972", "circa 1960" (two years either side), "1960 to 1962",
 * "1960-1962", "1970..1975". Anything else is ignored (absence is neutral).
 */
public final class BirthDates {
    /** A year span; {@code month} and {@code day} are 0 when unknown (then the date is a year or a span). */
    public record Span(int fromYear, int toYear, int month, int day) {
        boolean full() {
            return day > 0 && fromYear == toYear;
        }

        boolean overlapsYears(Span o, int slack) {
            return fromYear - slack <= o.toYear && o.fromYear - slack <= toYear;
        }
    }

    private static final Pattern ISO = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)(?:-(\\d\\d)(?:-(\\d\\d))?)?\\b");
    private static final Pattern RANGE = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\s*(?:to|-|–|\\.\\.|/)\\s*(1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})[ -]([A-Za-z]{3})[a-z]*\\.?[ -](1[89]\\d\\d|20\\d\\d)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d\\d(-\\d\\d)?");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final int CIRCA = 2;

    private BirthDates() {
    }

    public static List<Span> parse(List<String> values) {
        List<Span> out = new ArrayList<>();
        for (String v : values) {
            out.addAll(parse(v));
        }
        return out;
    }

    /** A full ISO date of a year the patterns accept (1800-2099), "1972-11-21", as one span; null for any other text. */
    static Span isoDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (v.charAt(i) < '0' || v.charAt(i) > '9')) {
                return null;
            }
        }
        int year = Integer.parseInt(v, 0, 4, 10);
        if (year < 1800 || year > 2099) {
            return null;
        }
        return new Span(year, year, Integer.parseInt(v, 5, 7, 10), Integer.parseInt(v, 8, 10, 10));
    }

    public static List<Span> parse(String value) {
        List<Span> out = new ArrayList<>(1);
        if (value == null || value.isBlank()) {
            return out;
        }
        String v = value.strip();
        Span iso = isoDate(v);
        if (iso != null) {
            out.add(iso);   // what the patterns find in a full ISO date, without running them (every party's date)
            return out;
        }
        return byPatterns(v);
    }

    /** The spans the patterns find in a stripped, non-blank value (tests compare {@link #isoDate} with it). */
    static List<Span> byPatterns(String v) {
        List<Span> out = new ArrayList<>(1);
        String lower = v.toLowerCase(Locale.ROOT);
        boolean circa = lower.contains("circa") || lower.contains("approx") || lower.startsWith("c.") || lower.startsWith("ca.");
        Matcher r = RANGE.matcher(v);
        if (r.find() && !ISO_DATE.matcher(v).matches()) {
            int a = Integer.parseInt(r.group(1));
            int b = Integer.parseInt(r.group(2));
            if (b >= a) {
                out.add(new Span(a, b, 0, 0));
                return out;
            }
        }
        Matcher d = DMY.matcher(v);
        if (d.find()) {
            int month = MONTHS.indexOf(d.group(2).toLowerCase(Locale.ROOT)) + 1;
            int year = Integer.parseInt(d.group(3));
            out.add(new Span(year, year, month, month > 0 ? Integer.parseInt(d.group(1)) : 0));
            return out;
        }
        Matcher m = ISO.matcher(v);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            out.add(circa ? new Span(year - CIRCA, year + CIRCA, 0, 0) : new Span(year, year, month, day));
        }
        return out;
    }
}
