package io.interdict.core.match.fuzzy;

/**
 * Whether a name is written in Vietnamese orthography (chữ Quốc ngữ), by the letters only it uses: ơ, ư and
 * the vowels with tone marks of Unicode's Latin Extended Additional block (U+1EA0–U+1EF9: ạ, ả, ấ… ỹ); not ă, â,
 * ê, ô, đ, which Romanian, Portuguese, French and the South Slavic languages write too ("ESTÊVÃO", "Đoković"),
 * nor à, ù, which French and Italian do ("Hoàng" alone is not told from them). Such a name is a sequence of syllables spelt exactly, vowels and tones written (interdict-v2): a
 * syllable one letter from another is another syllable ("Trịnh" / "Thịnh", "Phùng" / "Phong"), as a Hangul
 * reading's is, not a typist's slip.
 */
final class VietnameseSpelling {
    private VietnameseSpelling() {
    }

    static boolean written(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= '\u1EA0' && c <= '\u1EF9') {
                return true;
            }
            switch (c) {
                case 'ơ', 'Ơ', 'ư', 'Ư' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
