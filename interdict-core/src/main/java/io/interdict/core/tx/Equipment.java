package io.interdict.core.tx;

/** Telecom equipment facts for {@code equipment_*} transactions. */
public record Equipment(String network, String domain) {
}
