package io.interdict.core.measure;

import java.util.Set;

/**
 * Conditions on the transaction a clause needs besides its kind: the network generation and
 * network domain of equipment. Empty sets mean "any".
 */
public record Conditions(Set<String> networks, Set<String> domains) {
    public static final Set<String> NETWORKS = Set.of("2g", "3g", "4g", "5g", "full_fibre");
    public static final Set<String> DOMAINS = Set.of("core", "access", "transmission", "site");
    public static final Conditions NONE = new Conditions(Set.of(), Set.of());

    public Conditions {
        networks = networks == null ? Set.of() : Set.copyOf(networks);
        domains = domains == null ? Set.of() : Set.copyOf(domains);
        for (String n : networks) {
            if (!NETWORKS.contains(n)) {
                throw new IllegalArgumentException("unknown network '" + n + "' (expected one of " + NETWORKS + ")");
            }
        }
        for (String d : domains) {
            if (!DOMAINS.contains(d)) {
                throw new IllegalArgumentException("unknown domain '" + d + "' (expected one of " + DOMAINS + ")");
            }
        }
    }

    public boolean isEmpty() {
        return networks.isEmpty() && domains.isEmpty();
    }

    /** Whether a transaction's equipment meets the conditions. */
    public enum Fit { MET, UNKNOWN, NOT_MET }

    /**
     * MET when every condition holds; NOT_MET when the transaction states a network or domain outside
     * them; UNKNOWN when a condition is on a fact the transaction does not state (the hit then needs
     * review rather than being dropped: a Huawei equipment purchase of unstated network is not cleared).
     */
    public Fit fit(String network, String domain) {
        Fit n = dimension(networks, network);
        Fit d = dimension(domains, domain);
        if (n == Fit.NOT_MET || d == Fit.NOT_MET) {
            return Fit.NOT_MET;
        }
        return n == Fit.UNKNOWN || d == Fit.UNKNOWN ? Fit.UNKNOWN : Fit.MET;
    }

    private static Fit dimension(Set<String> allowed, String value) {
        if (allowed.isEmpty()) {
            return Fit.MET;
        }
        if (value == null) {
            return Fit.UNKNOWN;
        }
        return allowed.contains(value) ? Fit.MET : Fit.NOT_MET;
    }
}
