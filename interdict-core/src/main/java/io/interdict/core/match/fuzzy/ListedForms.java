package io.interdict.core.match.fuzzy;

import io.interdict.core.entity.Entity;
import io.interdict.core.entity.Name;
import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.NameNotes;
import io.interdict.core.names.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * What a listed name is indexed under ({@link FuzzyMatcher}'s build): its forms as a query may name the party, and in
 * interdict-v2 each form's Russian spelling, English reading and romanisations.
 */
final class ListedForms {
    private ListedForms() {
    }

    /**
     * The forms a listed name is indexed in (v2): {@link InterdictV1#alternatives}, each also with its umlauts spelled out
     * ({@link io.interdict.core.names.UmlautSpelling}: "Müller" as "Mueller"), and each also without the notes
     * written into it and as each other name they give ({@link NameNotes}: "AL-HARAMAIN (ALBANIA BRANCH)" as
     * "AL-HARAMAIN", "El Harrachi (الحراشي)" as "El Harrachi" and "الحراشي", "PEARL (A.K.A. NEI-CHIEN CHU) LI" as
     * "PEARL LI" and "NEI-CHIEN CHU"): a query names the party one way, not the field as a whole. A field of several
     * names separated by semicolons ({@link io.interdict.core.names.NameSeries}) is indexed as each name's forms.
     */
    static List<String> of(String value) {
        // Several names in one field, separated by semicolons (NameSeries: "Qasim Soleimani; Qasem Sulaimani; …"): each
        // name's forms, the field whole none.
        List<String> series = io.interdict.core.names.NameSeries.of(value);
        if (series != null) {
            List<String> out = new ArrayList<>();
            for (String name : series) {
                for (String form : of(name)) {
                    if (!out.contains(form)) {
                        out.add(form);
                    }
                }
            }
            return out;
        }
        List<String> forms = InterdictV1.alternatives(value, true);
        List<String> out = null;
        for (String form : forms) {
            // "Müller" also as "Mueller", the passports' spelling (the pipeline folds it to "muller"); "Badr al-Din" also
            // as "Badruddin".
            for (String other : new String[] {io.interdict.core.names.UmlautSpelling.spelledOut(form),
                io.interdict.core.names.DinCompounds.joined(form)}) {
                if (other != null) {
                    if (out == null) {
                        out = new ArrayList<>(forms);
                    }
                    out.add(other);
                }
            }
            NameNotes.Read notes = NameNotes.read(form);
            List<String> pieces = notes != null ? notes.pieces() : io.interdict.core.names.ScriptPieces.sideBySide(form);
            // Two halves side by side are the name twice only when they compare as one ("Agha Jan Alizai اغا جان عالیزی",
            // not "בן שחר Trading Group").
            if (pieces == null || notes == null
                    && InterdictV2.compare(pieces.get(0), pieces.get(1), Schema.UNKNOWN).score() < MatchSettings.DEFAULTS.reviewThreshold()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(forms);
            }
            for (String other : pieces) {
                if (!out.contains(other)) {
                    out.add(other);
                }
            }
        }
        return out == null ? forms : out;
    }

    /** A text a listed name is indexed under: one of its forms, or (v2) a form's Russian spelling, English reading or
     *  romanisation ({@code reading}: read from Hangul or Han, prepared as such). */
    record Indexed(Name name, String text, boolean reading) {
    }

    /** Each entity's {@link Indexed} texts, in its names' order, worked out in parallel. */
    @SuppressWarnings("unchecked")
    static List<Indexed>[] indexed(List<Entity> entities, boolean v2) {
        List<Indexed>[] out = new List[entities.size()];
        java.util.stream.IntStream.range(0, entities.size()).parallel().forEach(k -> {
            Entity entity = entities.get(k);
            Schema schema = Schema.of(entity.kind());
            List<Indexed> forms = new ArrayList<>();
            for (Name n : entity.names()) {
                for (String alt : v2 ? of(n.value()) : InterdictV1.alternatives(n.value())) {
                    forms.add(new Indexed(n, alt, false));
                    if (!v2) {
                        continue;
                    }
                    // A Belarusian person's name is also indexed in its Russian form, as Latin text.
                    String russian = ScriptReadings.belarusianAsRussian(alt, schema);
                    if (russian != null) {
                        forms.add(new Indexed(n, russian, false));
                    }
                    // An organisation's name in another script is also indexed in English, as Latin text.
                    for (String english : ScriptReadings.translations(alt, schema)) {
                        forms.add(new Indexed(n, english, false));
                    }
                    // A name in Hangul or Han is also indexed in its other romanisations.
                    for (String reading : ScriptReadings.readings(alt, schema)) {
                        forms.add(new Indexed(n, reading, true));
                    }
                }
            }
            out[k] = forms;
        });
        return out;
    }
}
