package io.interdict.bench;

import java.util.Locale;

/** A confusion matrix with precision, recall and F1. */
public record Confusion(int tp, int fp, int tn, int fn) {
    public double precision() {
        return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String table() {
        return String.format(Locale.ROOT,
                "                 predicted match  predicted non-match%n"
                        + "  is match       %15d  %19d%n"
                        + "  is non-match   %15d  %19d%n"
                        + "  precision %.4f  recall %.4f  F1 %.4f",
                tp, fn, fp, tn, precision(), recall(), f1());
    }
}
