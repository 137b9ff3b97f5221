package io.interdict.lists.common;

import io.interdict.core.measure.Citation;
import io.interdict.core.measure.Event;
import io.interdict.core.measure.EventType;
import io.interdict.core.measure.Measure;
import io.interdict.core.measure.Prohibition;
import io.interdict.core.measure.Reach;
import io.interdict.core.measure.TxKind;
import io.interdict.core.screen.ListEntry;
import java.util.List;
import java.util.Set;

/**
 * {@code us-ofac-ns-cmic}: EO 13959 as amended by EO 14032, whose targets are the entries of OFAC's
 * Non-SDN Chinese Military-Industrial Complex Companies List. It restricts securities only, per entry:
 * <ul>
 *   <li>{@code purchase}: buying the entry's publicly traded securities, prohibited from its
 *       {@code Effective Date (CMIC)} (60 days after listing);</li>
 *   <li>{@code sale}: selling them, prohibited from the same date, except a sale solely to divest, which
 *       is permitted until the entry's {@code Purchase/Sales For Divestment Date (CMIC)} (365 days after
 *       listing); the transaction does not say whether it divests, so the clause is REVIEW until then;</li>
 *   <li>{@code sale-after-divestment}: every sale from the divestment date on.</li>
 * </ul>
 * Importers put the entry's dates in its attributes: {@code listed_on}, {@code effective_on} and
 * {@code effective_on:sale-after-divestment} (see {@link ListEntry}).
 */
public final class NsCmic {
    public static final String MEASURE = "us-ofac-ns-cmic";
    /** OFAC's programme tag for the list (legacy CSV/XML programme column, Enhanced XML sanctionsProgram). */
    public static final String PROGRAM = "CMIC-EO13959";
    public static final String PURCHASE = "purchase";
    public static final String SALE = "sale";
    public static final String SALE_AFTER_DIVESTMENT = "sale-after-divestment";
    /** The attribute that dates the {@code sale-after-divestment} clause of an entry. */
    public static final String DIVESTMENT_ATTRIBUTE = ListEntry.CLAUSE_EFFECTIVE_PREFIX + SALE_AFTER_DIVESTMENT;

    private static final Citation EO_13959 = new Citation("Executive Order 13959 of November 12, 2020, 85 FR 73185-73188 "
            + "(sec. 1(c) divestment carve-out at 85 FR 73186)", "http://online.flipbuilder.com/mcjt/tsle/files/basic-html/page1169.html",
            "primary");
    private static final Citation EO_14032 = new Citation("Executive Order 14032 of June 3, 2021, 86 FR 30145 (FR Doc. 2021-12019)",
            "https://regulations.justia.com/regulations/fedreg/2021/06/07/2021-12019.html", "primary");
    private static final Citation LIST = new Citation("OFAC Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List); "
            + "per-entry Listing, Effective and Purchase/Sales For Divestment Dates (CMIC)",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ENHANCED.XML",
            "primary");
    private static final Citation FAQ_859 = new Citation("OFAC FAQ 859 (2021-06-03): publicly traded securities under E.O. 13959, as amended",
            "https://home.treasury.gov/policy-issues/financial-sanctions/faqs/859", "primary");

    private NsCmic() {
    }

    static Measure measure() {
        Set<Reach> direct = Set.of(Reach.DIRECT);
        List<Citation> sources = List.of(EO_14032, LIST);
        Prohibition purchase = new Prohibition(PURCHASE,
                "purchase by a US person of publicly traded securities of a listed entry (or securities derivative of them), "
                        + "from the entry's effective date", List.of(), direct, Set.of(TxKind.SECURITIES_PURCHASE), null, false,
                null, sources, false);
        Prohibition sale = new Prohibition(SALE,
                "sale by a US person of publicly traded securities of a listed entry, from the entry's effective date; "
                        + "a sale solely to divest is permitted until the entry's divestment date", List.of(), direct,
                Set.of(TxKind.SECURITIES_SALE), null, false,
                "a sale solely to divest is permitted until the entry's divestment date, and the transaction does not say whether it divests",
                sources, false);
        Prohibition afterDivestment = new Prohibition(SALE_AFTER_DIVESTMENT,
                "every sale by a US person of publicly traded securities of a listed entry, from the entry's divestment date",
                List.of(), direct, Set.of(TxKind.SECURITIES_SALE), null, false, null, sources, false);
        List<Event> events = List.of(
                new Event("eo-13959-signed", EventType.SIGNED, java.time.LocalDate.of(2020, 11, 12), null, null, null,
                        List.of(), null, null, "EO 13959 signed (securities of Communist Chinese military companies)",
                        List.of(EO_13959), false, false),
                new Event("eo-14032-amends", EventType.AMENDED, java.time.LocalDate.of(2021, 6, 3), null, null, null,
                        List.of(), null, null, "EO 14032 replaces sections 1-5 of EO 13959; OFAC lists entries on the NS-CMIC List, "
                        + "each with its own effective (listing + 60 days) and divestment (listing + 365 days) dates",
                        List.of(EO_14032, FAQ_859), false, false));
        return new Measure(MEASURE, "OFAC NS-CMIC List (EO 13959 as amended by EO 14032)",
                "Non-SDN Chinese Military-Industrial Complex Companies List: securities prohibitions of EO 13959 as amended by EO 14032",
                "U.S. Department of the Treasury, OFAC", Set.of("US"), List.of(EO_14032, EO_13959, LIST), events,
                List.of(purchase, sale, afterDivestment), List.of(), true, MEASURE,
                List.of("Binds only securities_purchase and securities_sale: NS-CMIC entries are not blocked persons.",
                        "Entries listed under the original EO 13959 before EO 14032 (securities prohibited from 2021-01-11) "
                                + "carry no dates for that period in OFAC's files; only the EO 14032 dates are encoded.",
                        "The per-entry dates and their meaning come from OFAC's list (feature names 'Effective Date (CMIC)', "
                                + "'Purchase/Sales For Divestment Date (CMIC)'). The operative text of EO 14032 sec. 1 was not "
                                + "retrieved; the divestment carve-out is read from EO 13959 sec. 1(c) as signed (85 FR 73186: "
                                + "'purchases for value or sales made ... solely to divest ... are permitted'), which EO 14032 "
                                + "replaced [unconfirmed for EO 14032's exact wording].",
                        "That carve-out covers purchases made solely to divest as well; the engine treats every purchase as "
                                + "prohibited from the effective date (a purchase to divest cannot be told apart and is rare) [derived]."));
    }

    /**
     * Records one of OFAC's three per-entry CMIC dates ("Listing Date (CMIC)" with "03 Jun 2021" or
     * "2021-06-03"): as the entry's timeline dates when the entry belongs to this measure, else as plain
     * {@code cmic_*} facts. Returns false for any other label.
     */
    public static boolean date(String label, String value, EntityBuilder e) {
        String key = switch (label) {
            case "Listing Date (CMIC)" -> ListEntry.LISTED_ON;
            case "Effective Date (CMIC)" -> ListEntry.EFFECTIVE_ON;
            case "Purchase/Sales For Divestment Date (CMIC)" -> DIVESTMENT_ATTRIBUTE;
            default -> null;
        };
        if (key == null) {
            return false;
        }
        String iso = iso(value);
        boolean member = e.id().startsWith(MEASURE + ":");
        e.attr(member && iso != null ? key : "cmic_" + IdLabels.slug(label), iso != null ? iso : value);
        return true;
    }

    private static final java.time.format.DateTimeFormatter DMY =
            java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.ENGLISH);

    /** "03 Jun 2021" or "2021-06-03" as ISO; null when neither. */
    static String iso(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            return v.matches("\\d{4}-\\d{2}-\\d{2}") ? java.time.LocalDate.parse(v).toString()
                    : java.time.LocalDate.parse(v, DMY).toString();
        } catch (java.time.format.DateTimeParseException ex) {
            return null;
        }
    }

    /** Whether an OFAC entry belongs to this measure: every programme it carries is the CMIC one. */
    public static boolean only(List<String> programs) {
        return !programs.isEmpty() && programs.stream().allMatch(PROGRAM::equals);
    }
}
