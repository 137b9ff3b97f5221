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

    /** True when the equipment satisfies every condition; a condition on absent equipment fails. */
    public boolean test(String network, String domain) {
        return (networks.isEmpty() || (network != null && networks.contains(network)))
                && (domains.isEmpty() || (domain != null && domains.contains(domain)));
    }
}
