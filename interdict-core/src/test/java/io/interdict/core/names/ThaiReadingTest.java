package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Thai words as the Royal Thai General System of Transcription writes them. */
class ThaiReadingTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        // implied vowels: o in a closed syllable, a in an open one; ย as the vowel i at the end
        "สมชาย วงศ์สวัสดิ์|somchai wongsawat",
        // finals by their sound: ต ร -> t, ญ -> n, ท -> t
        "ประวิตร|prawit",
        "ชาญ|chan",
        // the thanthakhat silences its letter with the letter's vowel (ดิ์), and the letter before after a final (ทร์, ตร์)
        "ศักดิ์สิทธิ์|saksit",
        "อินทร์|in",
        "ศาสตร์|sat",
        "ภาพยนตร์|phapyon",
        // ...but not a final itself (ท closes ยุ) nor a vowel's carrier (เบียร์ keeps its ย)
        "สุรยุทธ์|sunyut",
        "เบียร์|bia",
        // leading vowels read after their consonant; vowel letters in diphthongs
        "เมือง|mueang",
        "เลี้ยง|liang",
        // ...and a consonant before อ with no vowel sign is the initial of อ's syllable, not a final (ทอง "thong")
        "แพทองธาร|phaethongthan",
        "สมอง|samong",
        // a silent ห before a sonorant, a cluster with ร, รร as a, ว as ua
        "หลีกภัย|likphai",
        "กรุงเทพ|krungthep",
        "สุวรรณ|suwan",
        "ชวน|chuan",
        "Somchai วงศ์|Somchai wong",
        // false clusters: ร silent after ศ ส ซ, ทร read s
        "ศรี|si",
        "ประเสริฐ|prasoet",
        "สร้าง|sang",
        "ทราย|sai",
        // a sonorant before the silenced letter closes its syllable; the last two consonants make one syllable
        "ศิริพงษ์|siriphong",
        "กิตติพงษ์|kittiphong",
        "ณรงค์|narong",
        // ...but the mai han-akat's syllable is always closed
        "ชินวัตร|chinwat",
        // a silent อ before ย (thai-notes.com, reading lesson 24: อยู่ อย่า อย่าง อยาก)
        "อยู่|yu",
        "อยาก|yak",
        // a leading consonant before a sonorant under a leading vowel: short a, the vowel the sonorant's
        "เจริญ|charoen",
        "เฉลิม|chaloem",
        "เสนอ|sanoe",
        // ...not after a low-class consonant (เทวี "thewi"), nor under ใ ไ, whose vowel is whole (ใจ "chai"), nor a cluster (เปลี่ยน "plian"), nor a false cluster
        "เทวี|thewi",
        "ใจมั่น|chaiman",
        "เปลี่ยน|plian",
        "เสริม|soem",
        // a geminate at the word's end: its second stop not spoken (ยุทธ "yut", พุทธ "phut"); a sonorant opens a syllable
        "ประยุทธ|prayut",
        "พุทธ|phut",
        "อุดม|udom",
    })
    void readsInRtgs(String thai, String latin) {
        assertThat(ThaiReading.read(thai)).isEqualTo(latin);
    }
}
