package io.interdict.core.names;

import java.text.Normalizer;
import java.util.List;

/**
 * A Modern Greek name as it is spelt in Latin letters. ICU's Greek-Latin transliterates letter by letter as
 * for Ancient Greek ("Γιάννης" -> "giannes", "Ευάγγελος" -> "euangelos", "Μπακογιάννης" -> "mpakogiannes");
 * Greek names are spelt by their Modern Greek sound.
 * <p>Two readings (Wikipedia, "Romanization of Greek": ELOT 743, which the UN adopted (V/19, 1987) and Greek
 * passports use, and the popular spellings it lists for Γιάννης: "Yannis, Yiannis, Giannis, but not Giannes"):
 * <ul>
 *   <li><b>ELOT 743</b>: η, ι, υ in a diphthong as i (υ alone y); αυ, ευ, ηυ as av, ev, iv before a vowel or a
 *   voiced consonant and af, ef, if before a voiceless one; μπ b at the start of a word, mb inside; ντ nt;
 *   γκ gk (the conversion column of the UN's ELOT 743 table, resolution V/19, annex; Greek identity cards and passports
 *   are written in ELOT 743: "Γκίκας" "Gkikas"); γγ ng, γξ nx, γχ nch; ου ou, αι ai, ει ei, οι oi; χ ch, β v, φ f, θ th;</li>
 *   <li><b>popular</b> (by sound): as ELOT 743, with υ, ει, οι as i and αι as e (Οικονόμου "ikonomou"), ντ as d at the
 *   start of a word and nd inside, γκ g at the start and ng inside, γι (γει, γοι) before a vowel as y ("Γιάννης" -> "yannis"), and χ as h, the English
 *   letter nearest its sound ("Χάρης" Haris, "Χατζής" Hatzis; freeportecon.com, "Greek names and surnames:
 *   understanding the Χ symbol": "English often uses the sound 'h' or a combination of 'ch' or 'kh'").</li>
 * </ul>
 * A diaeresis (ϊ, ϋ) keeps two vowels apart (Ευαγγελία's ευ is a diphthong, Ταΰγετος's αϋ is not).
 */
public final class GreekReading {
    private static final String VOICELESS = "θκξπστφχψ";
    private static final String VOWELS = "αεηιουω";

    private GreekReading() {
    }

    /** Whether the text has a Greek letter. */
    public static boolean isGreek(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0370' && c <= '\u03FF' || c >= '\u1F00' && c <= '\u1FFF') {
                return true;
            }
        }
        return false;
    }

    /** The name in ELOT 743, then in the popular reading, then as a foreign name written in Greek (distinct; words in
     *  other scripts as they are). */
    public static List<String> read(String name) {
        List<String> out = new java.util.ArrayList<>(3);
        for (String r : new String[] {readAll(name, false, false), readAll(name, true, false), readAll(name, true, true)}) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    private static String readAll(String name, boolean popular, boolean loanword) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(isGreek(w) ? word(w, popular, loanword) : w);
        }
        return sb.toString();
    }

    static String word(String w, boolean popular) {
        return word(w, popular, false);
    }

    /**
     * One word: lower-cased, accents off; a diaeresis marked as an upper-case vowel (no diphthong). With {@code loanword},
     * a foreign name as Greek writes it (popular reading besides): Greek has no letters for b, d, g and dʒ and writes
     * them μπ, ντ, γκ and τζ wherever they stand ("For a /b/ they write the compound μπ ('mp'), and for a /d/ they write
     * ντ ('nt')", blog.plover.com, "Multilingual transliteration corruption", 2023: Αντετοκούνμπο is "Adetokunbo";
     * artsweb.bham.ac.uk, "Transliteration topics": Τζεμ "Cem", Ντάναγουεϊ "Dunaway"; γκ for g: derived, as the BGN/PCGN
     * column writes it at a word's start), so "Ντόναλντ" is "donald" and "Άσαντ" "asad"; and γ before e or i sounds (ε,
     * αι, η, ι, ει, οι, υ) as y, as BGN/PCGN writes it ("γ g, y before αι, ε, ει, η, ι, οι, υ, υι"): "Ταγίπ" "tayip".
     */
    static String word(String w, boolean popular, boolean loanword) {
        String s = prepare(w);
        StringBuilder out = new StringBuilder();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : 0;
            char after = i + 2 < n ? s.charAt(i + 2) : 0;
            boolean initial = i == 0;
            // γι, γει, γοι before a vowel: y (popular)
            if (popular && c == 'γ') {
                int len = next == 'ι' ? 1 : (next == 'ε' || next == 'ο') && after == 'ι' ? 2 : 0;
                if (len > 0 && i + 1 + len < n && isVowel(s.charAt(i + 1 + len))) {
                    out.append('y');
                    i += len;
                    continue;
                }
            }
            String two = next == 0 ? "" : "" + c + next;
            if (loanword) {
                String foreign = switch (two) {
                    case "μπ" -> "b";
                    case "ντ" -> "d";
                    case "γκ" -> "g";
                    case "τζ" -> "j";
                    default -> null;
                };
                if (foreign != null) {
                    out.append(foreign);
                    i++;
                    continue;
                }
                if (c == 'γ' && "εηιυ".indexOf(next) >= 0 || c == 'γ' && (next == 'α' || next == 'ο') && after == 'ι') {
                    out.append('y');
                    continue;
                }
            }
            switch (two) {
                case "ου" -> { out.append("ou"); i++; continue; }
                case "αι" -> { out.append(popular ? "e" : "ai"); i++; continue; }
                case "ει" -> { out.append(popular ? "i" : "ei"); i++; continue; }
                case "οι" -> { out.append(popular ? "i" : "oi"); i++; continue; }
                case "υι" -> { out.append(popular ? "i" : "yi"); i++; continue; }
                case "αυ", "ευ", "ηυ" -> {
                    out.append(c == 'α' ? 'a' : c == 'ε' ? 'e' : 'i')
                            .append(after == 0 || VOICELESS.indexOf(after) >= 0 ? 'f' : 'v');
                    i++;
                    continue;
                }
                case "μπ" -> { out.append(initial ? "b" : "mb"); i++; continue; }
                case "ντ" -> { out.append(!popular ? "nt" : initial ? "d" : "nd"); i++; continue; }
                case "γκ" -> { out.append(!popular ? "gk" : initial ? "g" : "ng"); i++; continue; }
                case "γγ" -> { out.append("ng"); i++; continue; }
                case "γξ" -> { out.append("nx"); i++; continue; }
                case "γχ" -> { out.append("nch"); i++; continue; }
                default -> { }
            }
            out.append(letter(c, popular));
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static String prepare(String w) {
        String d = Normalizer.normalize(w.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '\u0308' && sb.length() > 0) {
                int last = sb.length() - 1;
                sb.setCharAt(last, Character.toUpperCase(sb.charAt(last)));   // diaeresis: this vowel starts anew
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        // a vowel with a diaeresis does not join the vowel before it: mark it by case, read below as lower case
        return sb.toString();
    }

    private static String letter(char c, boolean popular) {
        return switch (Character.toLowerCase(c)) {
            case 'α' -> "a";
            case 'β' -> "v";
            case 'γ' -> "g";
            case 'δ' -> "d";
            case 'ε' -> "e";
            case 'ζ' -> "z";
            case 'η', 'ι' -> "i";
            case 'θ' -> "th";
            case 'κ' -> "k";
            case 'λ' -> "l";
            case 'μ' -> "m";
            case 'ν' -> "n";
            case 'ξ' -> "x";
            case 'ο', 'ω' -> "o";
            case 'π' -> "p";
            case 'ρ' -> "r";
            case 'σ', 'ς' -> "s";
            case 'τ' -> "t";
            case 'υ' -> popular ? "i" : "y";
            case 'φ' -> "f";
            case 'χ' -> popular ? "h" : "ch";
            case 'ψ' -> "ps";
            default -> String.valueOf(c);
        };
    }
}
