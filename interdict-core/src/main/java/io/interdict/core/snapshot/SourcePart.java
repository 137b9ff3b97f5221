package io.interdict.core.snapshot;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Relation;
import io.interdict.core.measure.Measure;
import java.util.List;

/** What one source contributes to a snapshot. */
public record SourcePart(SourceInfo info, List<Entity> entities, List<Relation> relations, List<Measure> measures) {
    public SourcePart {
        entities = entities == null ? List.of() : List.copyOf(entities);
        relations = relations == null ? List.of() : List.copyOf(relations);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
