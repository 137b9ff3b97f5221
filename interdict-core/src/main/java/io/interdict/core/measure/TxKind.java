package io.interdict.core.measure;

import io.interdict.core.Wire;

/** The closed vocabulary of transaction kinds (DESIGN.md). */
public enum TxKind {
    PAYMENT, PURCHASE, SERVICE_CONTRACT, APP_STORE_DISTRIBUTION, INTERNET_HOSTING, CDN, TRANSIT_PEERING,
    CODE_INTEGRATION, APP_USE, EXPORT, INVESTMENT, DATA_TRANSFER, EQUIPMENT_PURCHASE,
    EQUIPMENT_INSTALLATION, EQUIPMENT_OPERATION, SECURITIES_PURCHASE, SECURITIES_SALE;

    public String wire() {
        return Wire.name(this);
    }

    public boolean isEquipment() {
        return this == EQUIPMENT_PURCHASE || this == EQUIPMENT_INSTALLATION || this == EQUIPMENT_OPERATION;
    }

    public static TxKind of(String s) {
        return Wire.parse(TxKind.class, s, "kind");
    }
}
