package io.interdict.lists.common;

import java.util.Locale;
import java.util.Map;

/**
 * OFAC-style document and feature labels ("Passport", "Vessel Registration Identification",
 * "Digital Currency Address - XBT"), as written in OFAC remarks, the CSL {@code ids} column and the
 * Enhanced XML, mapped to identifier schemes. One table so that every importer agrees on the scheme
 * a screening query must use.
 */
public final class IdLabels {
    /** Exact labels (lower case) to schemes. */
    private static final Map<String, String> SCHEMES = Map.ofEntries(
            Map.entry("passport", "passport"),
            Map.entry("passport no", "passport"),
            Map.entry("passport no.", "passport"),
            Map.entry("passport number", "passport"),
            Map.entry("diplomatic passport", "passport"),
            Map.entry("british national overseas passport", "passport"),
            Map.entry("stateless person passport", "passport"),
            Map.entry("national id no.", "national_id"),
            Map.entry("national identification number", "national_id"),
            Map.entry("national id", "national_id"),
            Map.entry("personal id card", "national_id"),
            Map.entry("identification number", "national_id"),
            Map.entry("national foreign id number", "national_id"),
            Map.entry("cedula no.", "national_id"),
            Map.entry("d.n.i.", "national_id"),
            Map.entry("tazkira national id card", "national_id"),
            Map.entry("turkish identification number", "national_id"),
            Map.entry("kenyan id no.", "national_id"),
            Map.entry("uae identification", "national_id"),
            Map.entry("vessel registration identification", "imo"),
            Map.entry("imo", "imo"),
            Map.entry("mmsi", "mmsi"),
            Map.entry("swift/bic", "bic"),
            Map.entry("bic", "bic"),
            Map.entry("other vessel call sign", "call_sign"),
            Map.entry("call sign", "call_sign"),
            Map.entry("vessel call sign", "call_sign"),
            Map.entry("aircraft tail number", "aircraft_tail"),
            Map.entry("previous aircraft tail number", "aircraft_tail"),
            Map.entry("aircraft manufacturer's serial number (msn)", "aircraft_msn"),
            Map.entry("aircraft mode s transponder code", "mode_s"),
            Map.entry("tax id no.", "tax_id"),
            Map.entry("r.f.c.", "tax_id"),
            Map.entry("rfc", "tax_id"),
            Map.entry("c.u.i.t.", "tax_id"),
            Map.entry("nit #", "tax_id"),
            Map.entry("ruc #", "tax_id"),
            Map.entry("v.a.t. number", "tax_id"),
            Map.entry("c.i.f.", "tax_id"),
            Map.entry("us fein", "tax_id"),
            Map.entry("fiscal code", "tax_id"),
            Map.entry("italian fiscal code", "tax_id"),
            Map.entry("inn", "tax_id"),
            Map.entry("registration number", "registration"),
            Map.entry("business registration number", "registration"),
            Map.entry("company number", "registration"),
            Map.entry("uk company number", "registration"),
            Map.entry("commercial registry number", "registration"),
            Map.entry("certificate of incorporation number", "registration"),
            Map.entry("registration id", "registration"),
            Map.entry("public registration number", "registration"),
            Map.entry("chamber of commerce number", "registration"),
            Map.entry("business number", "registration"),
            Map.entry("unified social credit code (uscc)", "uscc"),
            Map.entry("united social credit code certificate (uscc)", "uscc"),
            Map.entry("united social credit code certificate (usccc)", "uscc"),
            Map.entry("legal entity number", "lei"),
            Map.entry("d-u-n-s number", "duns"),
            Map.entry("isin", "isin"),
            Map.entry("email address", "email"),
            Map.entry("website", "domain"),
            Map.entry("phone number", "phone"),
            Map.entry("ssn", "ssn"),
            Map.entry("driver's license no.", "drivers_license"),
            Map.entry("seafarer's identification document", "seafarer_id"),
            Map.entry("c.u.r.p.", "curp"),
            Map.entry("travel document number", "travel_document"));

    private IdLabels() {
    }

    /**
     * The scheme for a label, or null when the label is a fact rather than an identifier
     * ("Gender", "Listing Date (CMIC)"). Digital currency addresses all use {@code crypto}: an
     * address is unique across chains, and queries rarely know the ticker.
     */
    public static String scheme(String label) {
        if (label == null) {
            return null;
        }
        return CACHE.computeIfAbsent(label, l -> java.util.Optional.ofNullable(lookup(l))).orElse(null);
    }

    private static final Map<String, java.util.Optional<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static String lookup(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.startsWith("digital currency address")) {
            return "crypto";
        }
        String s = SCHEMES.get(l);
        if (s != null) {
            return s;
        }
        // Remaining registry numbers ("Istanbul Chamber of Comm. No.", "RSIN") are still exact keys.
        if (l.matches(".*\\b(no\\.?|number|id|#|code)$") && !l.contains("date")) {
            return slug(l);
        }
        return null;
    }

    private static final Map<String, String> SLUGS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A label as a scheme or attribute key: lower case, runs of other characters as one '_'. */
    public static String slug(String label) {
        return SLUGS.computeIfAbsent(label, IdLabels::makeSlug);
    }

    private static String makeSlug(String label) {
        String s = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "id" : s;
    }

    /** Cleans a value for its scheme: IMO numbers lose the "IMO " prefix, domains their scheme. */
    public static String value(String scheme, String value) {
        String v = value.strip();
        if (scheme.equals("imo") && v.toUpperCase(Locale.ROOT).startsWith("IMO")) {
            v = v.substring(3).strip();
        }
        if (scheme.equals("domain")) {
            v = v.replaceFirst("(?i)^https?://", "").replaceFirst("(?i)^www\\.", "").replaceFirst("/+$", "");
        }
        return v;
    }
}
