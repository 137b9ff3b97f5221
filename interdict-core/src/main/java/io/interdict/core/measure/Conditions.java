package io.interdict.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Conditions on the transaction a clause needs besides its kind: the network generation and network
 * domain of equipment, and who owns the device the transaction concerns. Empty sets mean "any".
 */
public record Conditions(Set<String> networks, Set<String> domains, Set<String> deviceOwners) {
    public static final Set<String> NETWORKS = Set.of("2g", "3g", "4g", "5g", "full_fibre");
    public static final Set<String> DOMAINS = Set.of("core", "access", "transmission", "site");
    /** Who owns (or issued) the device: a government of the jurisdiction, or anyone else. */
    public static final Set<String> DEVICE_OWNERS = Set.of("government", "private");
    public static final Conditions NONE = new Conditions(Set.of(), Set.of(), Set.of());

    public Conditions {
        networks = checked(networks, NETWORKS, "network");
        domains = checked(domains, DOMAINS, "domain");
        deviceOwners = checked(deviceOwners, DEVICE_OWNERS, "device owner");
    }

    public Conditions(Set<String> networks, Set<String> domains) {
        this(networks, domains, Set.of());
    }

    private static Set<String> checked(Set<String> values, Set<String> vocabulary, String what) {
        Set<String> copy = values == null ? Set.of() : Set.copyOf(values);
        for (String v : copy) {
            if (!vocabulary.contains(v)) {
                throw new IllegalArgumentException("unknown " + what + " '" + v + "' (expected one of " + vocabulary + ")");
            }
        }
        return copy;
    }

    public boolean isEmpty() {
        return networks.isEmpty() && domains.isEmpty() && deviceOwners.isEmpty();
    }

    /** Whether a transaction's facts meet the conditions. */
    public enum Fit { MET, UNKNOWN, NOT_MET }

    /**
     * MET when every condition holds; NOT_MET when the transaction states a value outside one of them;
     * UNKNOWN when a condition is on a fact the transaction does not state (the hit then needs review
     * rather than being dropped: a Huawei equipment purchase of unstated network is not cleared).
     */
    public Fit fit(String network, String domain, String deviceOwner) {
        Fit fit = Fit.MET;
        for (Fit f : List.of(dimension(networks, network), dimension(domains, domain), dimension(deviceOwners, deviceOwner))) {
            if (f == Fit.NOT_MET) {
                return Fit.NOT_MET;
            }
            if (f == Fit.UNKNOWN) {
                fit = Fit.UNKNOWN;
            }
        }
        return fit;
    }

    public Fit fit(String network, String domain) {
        return fit(network, domain, null);
    }

    /** The facts a condition depends on that the transaction leaves unstated ("network", "device_owner"). */
    public List<String> unstated(String network, String domain, String deviceOwner) {
        List<String> out = new ArrayList<>();
        if (!networks.isEmpty() && network == null) {
            out.add("the equipment's network");
        }
        if (!domains.isEmpty() && domain == null) {
            out.add("the equipment's domain");
        }
        if (!deviceOwners.isEmpty() && deviceOwner == null) {
            out.add("who owns the device (device_owner)");
        }
        return out;
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
