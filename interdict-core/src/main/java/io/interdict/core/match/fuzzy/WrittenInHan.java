package io.interdict.core.match.fuzzy;

import io.interdict.core.match.Feature;
import io.interdict.core.names.HanCharacters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code han_characters}: two names written wholly in Han characters are compared by their readings, as every name in
 * another script is, and many characters share a reading. Their score is then multiplied by the share of the shorter
 * name's characters the other writes too, each in any of its forms ({@link HanCharacters#shared}): "辛伟" (Xin Wei) ~
 * "微信" (Weixin, WeChat) scored 1.0 by their readings "xin wei" ~ "wei xin", and 0 now; "张伟" ~ "張偉" (one name,
 * simplified and traditional) keeps its 1.0, and so does a brand against the company that writes it ("支付宝" ~
 * "支付宝网络技术有限公司"). Pairwise ({@link PairwiseComparison#compare}) and in a search ({@link FuzzyMatcher}),
 * against the listed name as the list writes it.
 */
final class WrittenInHan {
    static final String FEATURE = "han_characters";

    private WrittenInHan() {
    }

    /** The feature for two names and the score they have otherwise, or null when it moves nothing (not both wholly
     *  Han, or every character of the shorter written in the other). */
    static Feature feature(String name1, String name2, double score) {
        if (score <= 0 || !HanCharacters.whollyHan(name1) || !HanCharacters.whollyHan(name2)) {
            return null;
        }
        double share = HanCharacters.shared(name1, name2);
        if (share >= 1.0) {
            return null;
        }
        return new Feature(FEATURE, score * share - score,
                String.format(Locale.ROOT, "%.2f of the fewer characters written alike in both", share));
    }

    /** {@code s} with the feature added and its score moved, or {@code s} as it is. */
    static NameScore applied(String name1, String name2, NameScore s) {
        Feature f = feature(name1, name2, s.score());
        if (f == null) {
            return s;
        }
        List<Feature> all = new ArrayList<>(s.features());
        all.add(f);
        return new NameScore(s.score() + f.value(), all, s.pairs(), s.algorithm());
    }
}
