package io.interdict.core.match.fuzzy;

import io.interdict.core.match.Feature;
import io.interdict.core.names.AccountReferences;
import io.interdict.core.names.AddressTail;
import io.interdict.core.names.CountryTail;
import io.interdict.core.names.PartyFieldLines;
import io.interdict.core.names.RegistrationReferences;
import java.util.ArrayList;
import java.util.List;

/**
 * What a name field holds besides the name, set aside before the name is read ({@code interdict-v2}): the account or
 * party identifier line and the line numbers of a SWIFT party field ({@link PartyFieldLines}), an account reference
 * written into the name ({@link AccountReferences}: "MAHAN AIR ACCT NO 12345678"), a company's or a vessel's
 * registration number ({@link RegistrationReferences}: "Delmar Shipping Ltd (Reg. No. HE 123456)"), then a postal
 * address written after the name ({@link AddressTail}). Before all, a word written in two alphabets is read in one
 * ({@link io.interdict.core.names.LookalikeLetters#letters}), with the feature {@code lookalikes_read}. Each part set
 * aside is a feature of no weight of its own, so an
 * explanation says which words were not read as the name: {@code account_set_aside}, {@code registration_set_aside},
 * {@code address_set_aside}, {@code directive_set_aside} (and {@link #countrySetAside} for a country, which is read both with and without).
 *
 * @param name     the name to read (the field itself when nothing is set aside)
 * @param setAside the features naming what was set aside (empty when nothing)
 */
record FieldReading(String name, List<Feature> setAside) {
    static FieldReading of(String written) {
        String name = written;
        List<Feature> features = List.of();
        // A word written in two alphabets (LookalikeLetters: "ВАЅНАR" with Cyrillic letters and a Latin R) is read in one.
        String letters = io.interdict.core.names.LookalikeLetters.letters(written);
        if (letters != null) {
            name = letters;
            features = new ArrayList<>(List.of(new Feature("lookalikes_read", 0.0, "\"" + written + "\" read as \"" + letters
                    + "\" (letters of two alphabets that look alike)")));
        }
        PartyFieldLines.Read lines = PartyFieldLines.read(name);
        if (lines != null) {
            name = lines.lines();
            if (lines.setAside() != null) {
                features = new ArrayList<>(features);
                features.add(new Feature("account_set_aside", 0.0,
                        "read without the account or party identifier line \"" + lines.setAside() + "\""));
            }
        }
        io.interdict.core.names.PaymentDirectives.Read directive = io.interdict.core.names.PaymentDirectives.read(name);
        if (directive != null) {
            name = directive.name();
            features = new ArrayList<>(features);
            features.add(new Feature("directive_set_aside", 0.0, "read without the payment directive \"" + directive.directive() + "\""));
        }
        AccountReferences.Read account = AccountReferences.read(name);
        if (account != null) {
            name = account.name();
            features = new ArrayList<>(features);
            features.add(new Feature("account_set_aside", 0.0, "read without the account reference \"" + account.reference() + "\""));
        }
        RegistrationReferences.Read registration = RegistrationReferences.read(name);
        if (registration != null) {
            name = registration.name();
            features = new ArrayList<>(features);
            features.add(new Feature("registration_set_aside", 0.0, "read without the registration number \""
                    + registration.reference() + "\""));
        }
        AddressTail.Read address = AddressTail.read(name);
        if (address != null) {
            name = address.name();
            features = new ArrayList<>(features);
            features.add(new Feature("address_set_aside", 0.0, "read without the address \"" + address.tail() + "\""));
        }
        return new FieldReading(name, List.copyOf(features));
    }

    /** The {@code country_set_aside} feature of a name read without the country named after it ({@link CountryTail}),
     *  which a search and a pairwise comparison read both ways. */
    static Feature countrySetAside(String written) {
        return new Feature("country_set_aside", 0.0, "read without the country \"" + CountryTail.country(written) + "\"");
    }

    /** The {@code note_set_aside} feature of a name read without the notes written into it ({@link
     *  io.interdict.core.names.NameNotes}), which a search and a pairwise comparison read both ways. */
    static Feature noteSetAside(String written, io.interdict.core.names.NameNotes.Read read) {
        return new Feature("note_set_aside", 0.0, "\"" + written + "\" read without the note \""
                + String.join(" ", read.notes()) + "\"");
    }

    /** The {@code holder_read} feature of a joint account's field read as one of its holders ({@link
     *  io.interdict.core.names.JointHolders}), which a search and a pairwise comparison read besides the field as written. */
    static Feature holderRead(String written, String holder) {
        return new Feature("holder_read", 0.0, "\"" + written + "\" read as the joint holder \"" + holder + "\"");
    }

    /** The {@code digits_read} feature of a name read with the digits typed for letters as those letters ({@link
     *  io.interdict.core.names.TypedLetters#digits}), which a search and a pairwise comparison read besides the name as written. */
    static Feature digitsRead(String written, String read) {
        return new Feature("digits_read", 0.0, "\"" + written + "\" read as \"" + read + "\" (digits typed for letters)");
    }

    /** The {@code other_name_read} feature of a name read as another name of the party a note in it gives. */
    static Feature otherNameRead(String written, String other) {
        return new Feature("other_name_read", 0.0, "\"" + written + "\" read as the other name its note gives, \""
                + other + "\"");
    }

    /** {@code n} with the features of what was set aside added. */
    NameScore explain(NameScore n) {
        if (setAside.isEmpty()) {
            return n;
        }
        List<Feature> all = new ArrayList<>(n.features());
        all.addAll(setAside);
        return new NameScore(n.score(), all, n.pairs(), n.algorithm());
    }
}
