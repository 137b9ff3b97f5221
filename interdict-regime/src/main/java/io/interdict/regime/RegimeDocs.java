package io.interdict.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The YAML shapes of the built-in regime files (docs/regime-format.md), bound strictly by Jackson. */
final class RegimeDocs {
    private RegimeDocs() {
    }

    record IndexDoc(List<String> files) {
    }

    record SourcesDoc(Map<String, SourceDoc> sources) {
    }

    record SourceDoc(String url, String repo, String path, String cite, String quality, String note) {
    }

    record EntitiesDoc(List<EntityDoc> entities, List<RelationDoc> relations) {
    }

    record EntityDoc(String id, String kind, List<NameDoc> names, List<String> ids, List<String> countries,
                     Boolean unconfirmed, Object notes, Object note, List<String> src) {
    }

    record NameDoc(String value, String lang, String strength, Boolean derived, Boolean unconfirmed, String note) {
    }

    record RelationDoc(String from, String kind, String to, Double share, LocalDate validFrom, LocalDate validTo,
                       Boolean unconfirmed, List<String> src, String note) {
    }

    record MeasureDoc(String id, String shortTitle, String title, String authority, List<String> jurisdictions,
                      List<CitationDoc> citations, Object notes, List<ProhibitionDoc> prohibitions,
                      List<ObligationDoc> obligations, List<EventDoc> events, List<String> src) {
    }

    record CitationDoc(String cite, String src, String url) {
    }

    record ConditionsDoc(List<String> networks, List<String> domains, List<String> deviceOwners) {
    }

    record ProhibitionDoc(String clause, String text, List<String> targets, List<String> reach, List<String> kinds,
                          ConditionsDoc conditions, Boolean awaitingScope, String reviewOnly, Boolean unconfirmed,
                          List<String> src, Object note) {
    }

    record ObligationDoc(String id, String text, List<String> targets, List<String> reach, List<String> kinds,
                         ConditionsDoc conditions, LocalDate from, LocalDate deadline, Boolean unconfirmed,
                         Boolean derived, List<String> src, Object note) {
    }

    record EventDoc(String id, String type, LocalDate date, LocalDate effective, LocalDate coversFrom,
                    LocalDate coversTo, List<String> clauses, String by, String court, String text,
                    Boolean unconfirmed, Boolean derived, List<String> src, Object note) {
    }

    /** An overlay's {@code events/<measure>.yaml}: further events for a measure defined below it. */
    record EventsDoc(String measure, List<EventDoc> events, Object note) {
    }
}
