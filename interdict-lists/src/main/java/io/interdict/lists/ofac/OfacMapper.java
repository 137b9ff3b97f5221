package io.interdict.lists.ofac;

import io.interdict.core.entity.EntityKind;
import io.interdict.core.entity.NameStrength;
import io.interdict.lists.common.EntityBuilder;

/** Maps OFAC legacy rows (CSV and sdnList XML share the fields) to entity builders. */
public final class OfacMapper {
    private OfacMapper() {
    }

    /** {@code individual}, {@code vessel}, {@code aircraft}; null / {@code -0-} is an entity (organisation). */
    public static EntityKind kind(String sdnType) {
        if (sdnType == null) {
            return EntityKind.ORGANIZATION;
        }
        return switch (sdnType.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "individual" -> EntityKind.PERSON;
            case "vessel" -> EntityKind.VESSEL;
            case "aircraft" -> EntityKind.AIRCRAFT;
            default -> EntityKind.ORGANIZATION;
        };
    }

    public static EntityBuilder main(String prefix, OfacCsvReader.MainRow r, String remarks) {
        EntityBuilder e = new EntityBuilder(prefix + ":" + r.entNum());
        e.kind(kind(r.type())).name(r.name(), NameStrength.PRIMARY).raw(r.raw());
        programs(r.programs(), e);
        e.attr("title", r.title());
        if (r.callSign() != null) {
            e.identifier("call_sign", r.callSign());
        }
        e.attr("vessel_type", r.vesselType());
        e.attr("tonnage", r.tonnage());
        e.attr("gross_registered_tonnage", r.grt());
        e.countryName("vessel_flag", r.vesselFlag());
        e.attr("vessel_owner", r.vesselOwner());
        OfacRemarks.apply(remarks, e);
        return e;
    }

    /** Programmes are written {@code SDGT] [IRGC} (the brackets of a list with the outer pair removed). */
    public static void programs(String programs, EntityBuilder e) {
        if (programs == null) {
            return;
        }
        for (String p : programs.replace("[", "").split("\\]")) {
            e.attr(EntityBuilder.PROGRAMS, p.strip());
        }
    }

    public static void address(OfacCsvReader.AddressRow a, EntityBuilder e) {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {a.address(), a.cityStatePostal(), a.country()}) {
            if (part != null) {
                sb.append(sb.length() == 0 ? "" : ", ").append(part);
            }
        }
        if (sb.length() > 0) {
            e.attr(EntityBuilder.ADDRESS, sb.toString());
        }
        e.countryName("address_country", a.country());
        e.attr("address_remarks", a.remarks());
        e.raw(a.raw());
    }

    /** {@code aka}, {@code fka}, {@code nka} are strong aliases; OFAC marks weak ones only in the remarks. */
    public static void alias(OfacCsvReader.AliasRow a, EntityBuilder e) {
        NameStrength s = a.remarks() != null && a.remarks().toLowerCase(java.util.Locale.ROOT).contains("weak")
                ? NameStrength.WEAK_ALIAS : NameStrength.ALIAS;
        e.name(a.name(), s);
        e.raw(a.raw());
    }
}
