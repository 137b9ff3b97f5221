package io.interdict.lists.common;

import java.util.List;

/**
 * What an import found: counts, errors (any error fails the import) and warnings (real-data quirks
 * that are tolerated and kept visible, e.g. the CSL's repeated {@code _id}s).
 *
 * @param rows     source rows or records read
 * @param entities entities produced
 * @param names    names produced over all entities
 */
public record ImportReport(String source, int rows, int entities, int names, List<RowError> errors, List<RowError> warnings) {
    public ImportReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** A short readable summary plus the first {@code max} errors. */
    public String describe(int max) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": ").append(rows).append(" rows, ").append(entities).append(" entities, ")
                .append(names).append(" names, ").append(errors.size()).append(" error(s), ")
                .append(warnings.size()).append(" warning(s)");
        errors.stream().limit(max).forEach(e -> sb.append("\n  error ").append(e));
        if (errors.size() > max) {
            sb.append("\n  ... ").append(errors.size() - max).append(" more");
        }
        return sb.toString();
    }
}
