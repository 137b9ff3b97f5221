package io.interdict.core.measure;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The closed vocabulary of transaction kinds (DESIGN.md). */
public enum TxKind {
    PAYMENT, PURCHASE, SERVICE_CONTRACT, APP_STORE_DISTRIBUTION, INTERNET_HOSTING, CDN, TRANSIT_PEERING,
    CODE_INTEGRATION, APP_USE, EXPORT, INVESTMENT, DATA_TRANSFER, EQUIPMENT_PURCHASE,
    EQUIPMENT_INSTALLATION, EQUIPMENT_OPERATION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isEquipment() {
        return this == EQUIPMENT_PURCHASE || this == EQUIPMENT_INSTALLATION || this == EQUIPMENT_OPERATION;
    }

    public static TxKind of(String s) {
        if (s != null) {
            String k = s.trim().toLowerCase(Locale.ROOT);
            for (TxKind t : values()) {
                if (t.wire().equals(k)) {
                    return t;
                }
            }
        }
        throw new IllegalArgumentException("unknown kind '" + s + "' (expected one of " + allWire() + ")");
    }

    public static String allWire() {
        return Arrays.stream(values()).map(TxKind::wire).collect(Collectors.joining(", "));
    }
}
