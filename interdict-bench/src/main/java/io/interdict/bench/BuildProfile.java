package io.interdict.bench;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.fuzzy.ScoringName;
import io.interdict.core.names.NamePipeline;
import io.interdict.core.names.Schema;
import io.interdict.core.snapshot.SourcePart;
import io.interdict.lists.BundledLists;
import java.util.ArrayList;
import java.util.List;

/** Debug aid: where index build time goes. */
public final class BuildProfile {
    private BuildProfile() {
    }

    public static void main(String[] args) {
        List<Entity> entities = new ArrayList<>();
        for (SourcePart p : BundledLists.all()) {
            entities.addAll(p.entities());
        }
        List<Name> names = new ArrayList<>();
        for (Entity e : entities) {
            names.addAll(e.names());
        }
        for (int round = 0; round < 2; round++) {
            long a = System.nanoTime();
            List<io.interdict.core.names.PreparedName> prepared = new ArrayList<>();
            long ascii = 0;
            for (Name n : names) {
                prepared.add(NamePipeline.standard().prepare(n.value(), Schema.UNKNOWN));
                ascii += n.value().chars().allMatch(c -> c < 128) ? 1 : 0;
            }
            long b = System.nanoTime();
            List<ScoringName> sn = new ArrayList<>();
            for (var p : prepared) {
                sn.add(ScoringName.of(p));
            }
            long c = System.nanoTime();
            io.interdict.core.match.fuzzy.CandidateIndex idx = io.interdict.core.match.fuzzy.CandidateIndex.build(sn);
            long d = System.nanoTime();
            System.out.printf("names %d (ascii %d): pipeline %.2f s, scoring names %.2f s, index %.2f s (%d keys)%n",
                    names.size(), ascii, (b - a) / 1e9, (c - b) / 1e9, (d - c) / 1e9, idx.keyCount());
        }
    }
}
