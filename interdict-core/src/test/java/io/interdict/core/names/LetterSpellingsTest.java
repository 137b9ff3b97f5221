package io.interdict.core.names;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterSpellingsTest {
    @Test
    void cyrillicInTheGermanFrenchAndUkrainianSpellings() {
        for (String s : new String[] {"zhukov", "schukow", "joukov"}) {
            assertThat(LetterSpellings.spells("Жуков", s)).as(s).isTrue();
        }
        for (String s : new String[] {"chaykin", "tschaikin", "tchaikin"}) {
            assertThat(LetterSpellings.spells("Чайкин", s)).as(s).isTrue();
        }
        assertThat(LetterSpellings.spells("Олексій", "oleksii")).isTrue();    // Ukrainian national: і i, й i
        assertThat(LetterSpellings.spells("Олексій", "oleksiy")).isTrue();
        assertThat(LetterSpellings.spells("Галина", "halyna")).isTrue();      // г h, и y
        assertThat(LetterSpellings.spells("Алексей", "alexei")).isTrue();     // кс x
        assertThat(LetterSpellings.spells("Горький", "gorki")).isTrue();      // ь and a final й unwritten
    }

    @Test
    void armenianInBgnPcgnAndTheUsualSurnameEndings() {
        assertThat(LetterSpellings.spells("Սարգսյան", "sargsyan")).isTrue();
        assertThat(LetterSpellings.spells("Սարգսյան", "sargsian")).isTrue();
        assertThat(LetterSpellings.spells("Պետրոսյան", "bedrosian")).isTrue();   // Western Armenian p/b, t/d
        assertThat(LetterSpellings.spells("Ազնավուրյան", "aznavourian")).isTrue();
    }

    @Test
    void armenianInTheRussianSpellingsOfArmenianNames() {
        assertThat(LetterSpellings.spells("Հակոբյան", "akopyan")).isTrue();     // հ not written
        assertThat(LetterSpellings.spells("Հարությունյան", "arutyunyan")).isTrue();
        assertThat(LetterSpellings.spells("Ղազարյան", "kazaryan")).isTrue();    // ղ k
        assertThat(LetterSpellings.spells("Ղազարյան", "gazaryan")).isTrue();    // ղ g
        assertThat(LetterSpellings.spells("Հակոբյան", "akopov")).isFalse();
    }

    @Test
    void georgianInTheNationalSystemAndTheFrenchAndGermanSurnameSpellings() {
        for (String s : new String[] {"gelashvili", "gelachvili", "gelaschwili"}) {
            assertThat(LetterSpellings.spells("გელაშვილი", s)).as(s).isTrue();
        }
        assertThat(LetterSpellings.spells("ჩხეიძე", "chkheidze")).isTrue();
        assertThat(LetterSpellings.spells("ჩხეიძე", "tchkheidze")).isTrue();
        assertThat(LetterSpellings.spells("ჩხეიძე", "chkheidse")).isFalse();
    }

    @Test
    void thaiInRtgsAndInThePaliValuesOfItsLetters() {
        assertThat(LetterSpellings.spells("สมศักดิ์", "somsak")).isTrue();       // implied o, ดิ์ silent
        assertThat(LetterSpellings.spells("ภูมิพล", "bhumibol")).isTrue();       // ภ bh, พ b (Pali), implied o
        assertThat(LetterSpellings.spells("ภูมิพล", "phumiphon")).isTrue();      // RTGS: final ล n
        assertThat(LetterSpellings.spells("เวชชาชีวะ", "vejjajiva")).isTrue();   // leading เ after its consonant; ช j, ว v
        assertThat(LetterSpellings.spells("บัตร", "bat")).isTrue();             // a final cluster's ร not read
        assertThat(LetterSpellings.spells("บัตร", "batra")).isTrue();
        assertThat(LetterSpellings.spells("สมศักดิ์", "somchai")).isFalse();
        assertThat(LetterSpellings.spells("ภูมิพล", "bhumibolo")).isTrue();      // an implied vowel after any consonant
        assertThat(LetterSpellings.spells("ภูมิพล", "bhumibola")).isTrue();
        assertThat(LetterSpellings.spells("ภูมิพล", "bhumi")).isFalse();
    }

    @Test
    void otherWordsAndScriptsDoNotSpellIt() {
        assertThat(LetterSpellings.spells("Жуков", "zhukovsky")).isFalse();
        assertThat(LetterSpellings.spells("Жуков", "chukov")).isFalse();
        assertThat(LetterSpellings.spells("Иван", "ivana")).isFalse();
        assertThat(LetterSpellings.spellable("محمد")).isFalse();
        assertThat(LetterSpellings.spellable("Ivan")).isFalse();
    }

    @Test
    void thaiInThePopularTranscriptionThaisWriteTheirNamesIn() {
        assertThat(LetterSpellings.spells("สมพร", "somporn")).isTrue();     // ร after a consonant at the end: "orn"
        assertThat(LetterSpellings.spells("สมพร", "somphon")).isTrue();    // RTGS still
        assertThat(LetterSpellings.spells("บุญมี", "boonmee")).isTrue();    // ุ oo, ี ee
        assertThat(LetterSpellings.spells("บุญมี", "bunmi")).isTrue();
        assertThat(LetterSpellings.spells("ศักดิ์ชาญ", "sakcharn")).isTrue(); // long า "ar"
        assertThat(LetterSpellings.spells("วรรณา", "wanna")).isTrue();      // รร "a" before a final
        assertThat(LetterSpellings.spells("สวรรค์", "sawan")).isTrue();     // รร "an" (ALA-LC's own example)
        assertThat(LetterSpellings.spells("สวน", "suan")).isTrue();         // -ว- "ua" (ALA-LC)
        assertThat(LetterSpellings.spells("บุญมี", "boonma")).isFalse();
        assertThat(LetterSpellings.spells("สมพร", "somchai")).isFalse();
    }

    @Test
    void thaiVowelsWrittenInPartsAndSilentFinalVowelsAsNamesAreSpelt() {
        assertThat(LetterSpellings.spells("เจริญ", "charoen")).isTrue();    // เ-ิ over a cluster: RTGS "oe"
        assertThat(LetterSpellings.spells("เจริญ", "charern")).isTrue();    // popular "er"
        assertThat(LetterSpellings.spells("เฉลิม", "chalerm")).isTrue();
        assertThat(LetterSpellings.spells("เกิด", "koet")).isTrue();        // เ-ิ on one consonant
        assertThat(LetterSpellings.spells("ประเสริฐ", "prasert")).isTrue();
        assertThat(LetterSpellings.spells("เมือง", "muang")).isTrue();      // เ-ือ "ua"
        assertThat(LetterSpellings.spells("เมือง", "mueang")).isTrue();     // and RTGS "uea"
        assertThat(LetterSpellings.spells("เสียง", "siang")).isTrue();      // เ-ีย "ia"
        assertThat(LetterSpellings.spells("ชาติ", "chat")).isTrue();        // a final short vowel not spoken
        assertThat(LetterSpellings.spells("ภูมิใจ", "poomjai")).isTrue();   // nor before the next syllable
        assertThat(LetterSpellings.spells("แสง", "sang")).isTrue();         // แ popularly "a"
        assertThat(LetterSpellings.spells("จันทร์เพ็ญ", "chanpen")).isTrue(); // ทร์ silent after the final น
        assertThat(LetterSpellings.spells("จันทร์เพ็ญ", "chonpen")).isFalse();
        assertThat(LetterSpellings.spells("ณัฐวุฒิ", "nattawut")).isTrue();  // ฐ closes ณั and opens วุ: written twice
        assertThat(LetterSpellings.spells("ชัชวาล", "chatchawan")).isTrue();
        assertThat(LetterSpellings.spells("ชัชวาล", "chatchiwan")).isFalse();
        assertThat(LetterSpellings.spells("ประวิตร", "prawt")).isFalse();  // a vowel before a final stays
        assertThat(LetterSpellings.spells("เมือง", "mong")).isFalse();
        assertThat(LetterSpellings.spells("เรือง", "rung")).isFalse();     // รุ่ง, another name
        assertThat(LetterSpellings.spells("เจริญ", "chan")).isFalse();
    }

    @Test
    void thaiInTheSpellingsThaiNamesAreWrittenInBeyondTheTables() {
        assertThat(LetterSpellings.spells("พัน", "pun")).isTrue();          // ั as "u"
        assertThat(LetterSpellings.spells("ลักษณ์", "luck")).isTrue();       // and a final ก "ck"
        assertThat(LetterSpellings.spells("ลักษณ์", "lak")).isTrue();        // RTGS still
        assertThat(LetterSpellings.spells("ลักษณ์", "lok")).isFalse();
        assertThat(LetterSpellings.spells("คึก", "kuk")).isTrue();          // ึ as "u"
        assertThat(LetterSpellings.spells("วัฒนา", "vaddhana")).isTrue();    // a doubled aspirate: d + dh
        assertThat(LetterSpellings.spells("วัฒนา", "watthana")).isTrue();
        assertThat(LetterSpellings.spells("วัฒนา", "vadhdhana")).isFalse();
        assertThat(LetterSpellings.spells("เจียร", "chear")).isTrue();       // เ-ีย "ea"
        assertThat(LetterSpellings.spells("เจียร", "chian")).isTrue();
        assertThat(LetterSpellings.spells("เสงี่ยม", "sangiam")).isTrue();   // เ-ีย over a cluster, a tone mark inside
        assertThat(LetterSpellings.spells("เผ่า", "pow")).isTrue();          // เ-า "ow", "ao"
        assertThat(LetterSpellings.spells("เผ่า", "phao")).isTrue();
        assertThat(LetterSpellings.spells("เยาวลักษณ์", "yaowaluck")).isTrue();
        assertThat(LetterSpellings.spells("เสนา", "sena")).isTrue();         // เส + นา: no เ-า there
        assertThat(LetterSpellings.spells("เสนา", "snao")).isFalse();
        assertThat(LetterSpellings.spells("เรือง", "rueng")).isTrue();       // เ-ือ with its อ unwritten
        assertThat(LetterSpellings.spells("เรือง", "reung")).isTrue();
        assertThat(LetterSpellings.spells("เรือง", "rung")).isFalse();
    }

    @Test
    void thaiLeadingVowelsOverAClusterAndTheFalseClusters() {
        assertThat(LetterSpellings.spells("เปรม", "prem")).isTrue();          // เ spoken after the cluster ปร
        assertThat(LetterSpellings.spells("แปลก", "plaek")).isTrue();
        assertThat(LetterSpellings.spells("ไพร", "phrai")).isTrue();          // ไ closes its syllable: at the end too
        assertThat(LetterSpellings.spells("เครือ", "khruea")).isTrue();       // and เ-ือ then reads on its cluster
        assertThat(LetterSpellings.spells("เปรม", "perm")).isFalse();
        assertThat(LetterSpellings.spells("เวร", "wen")).isTrue();            // ร final at the end after เ: no cluster
        assertThat(LetterSpellings.spells("ศรี", "si")).isTrue();             // a false cluster: RTGS does not read ร
        assertThat(LetterSpellings.spells("ศรี", "sri")).isTrue();            // the popular spelling does
        assertThat(LetterSpellings.spells("ทราย", "sai")).isTrue();           // ทร reads s
        assertThat(LetterSpellings.spells("สรง", "song")).isTrue();           // before an implied vowel too
        assertThat(LetterSpellings.spells("เศรษฐา", "settha")).isTrue();
        assertThat(LetterSpellings.spells("เศรษฐา", "srettha")).isTrue();
        assertThat(LetterSpellings.spells("ศรี", "sit")).isFalse();
    }

    @Test
    void thaiVowelsAndFinalsAsNamesAreWrittenBeyondTheTables() {
        assertThat(LetterSpellings.spells("ประเสริฐ", "prasoet")).isTrue();
        assertThat(LetterSpellings.spells("ประเสริฐ", "prasit")).isFalse();   // เ-ิ is never "i"
        assertThat(LetterSpellings.spells("เกิด", "kit")).isFalse();
        assertThat(LetterSpellings.spells("เทวินทร์", "thewin")).isTrue();    // ิ across a consonant is its own vowel
        assertThat(LetterSpellings.spells("อำนาจ", "amnad")).isTrue();        // a final t written d
        assertThat(LetterSpellings.spells("อำนาจ", "amnat")).isTrue();
        assertThat(LetterSpellings.spells("ชัชชาติ", "chadchart")).isTrue();
        assertThat(LetterSpellings.spells("เกียรติ", "kiat")).isTrue();       // ร after เ-ีย before a consonant, silent
        assertThat(LetterSpellings.spells("เกียรติศักดิ์", "kiattisak")).isTrue();
        assertThat(LetterSpellings.spells("ไทย", "thai")).isTrue();           // ไ-ย: ย not spoken
        assertThat(LetterSpellings.spells("ไชย", "chai")).isTrue();
        assertThat(LetterSpellings.spells("บัว", "bua")).isTrue();            // -ัว- "ua"
        assertThat(LetterSpellings.spells("บัว", "bu")).isFalse();
        assertThat(LetterSpellings.spells("ภูมิธรรม", "phumtham")).isTrue();  // ิ not spoken before ธรรม
        assertThat(LetterSpellings.spells("เพชรรัตน์", "phetcharat")).isTrue(); // ช closes เพ and opens ชะ; the second ร opens รัตน์
        assertThat(LetterSpellings.spells("เพชรรัตน์", "phetrat")).isTrue();
        assertThat(LetterSpellings.spells("เพชรรัตน์", "phetchan")).isFalse();
    }

    @Test
    void thaiGeminatesAtAWordsEndAndLettersAsSpoken() {
        // ทธ at the end: RTGS reads the first ("Prayut"), names write either ("Prayuth", "Prayudh") or both, never neither
        assertThat(LetterSpellings.spells("ประยุทธ", "prayut")).isTrue();
        assertThat(LetterSpellings.spells("ประยุทธ", "prayuth")).isTrue();
        assertThat(LetterSpellings.spells("ประยุทธ", "prayudh")).isTrue();
        assertThat(LetterSpellings.spells("ยงใจยุทธ", "yongchaiyudh")).isTrue();
        assertThat(LetterSpellings.spells("ประยุทธ", "prayu")).isFalse();
        assertThat(LetterSpellings.spells("อุดม", "udom")).isTrue();           // a sonorant after a final: no geminate
        assertThat(LetterSpellings.spells("อุดม", "ud")).isFalse();
        // ร as Thais say it, l; ช as one family writes it, sh
        assertThat(LetterSpellings.spells("สมรักษ์", "somluck")).isTrue();
        assertThat(LetterSpellings.spells("ชินวัตร", "shinawatra")).isTrue();
        assertThat(LetterSpellings.spells("สมรักษ์", "somsak")).isFalse();
    }

    @Test
    void firstLettersAWordMayBeSpeltFrom() {
        int zh = LetterSpellings.firstLetters("Жуков");   // ж zh, j, sch, sh
        assertThat(zh & (1 << ('z' - 'a'))).isNotZero();
        assertThat(zh & (1 << ('j' - 'a'))).isNotZero();
        assertThat(zh & (1 << ('k' - 'a'))).isZero();
        assertThat(LetterSpellings.firstLetters("อนุทิน")).isEqualTo(-1);   // อ is not written: any letter may begin
        assertThat(LetterSpellings.firstLetters("Smith")).isZero();
    }
}
