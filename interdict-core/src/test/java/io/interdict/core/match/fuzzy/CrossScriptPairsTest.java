package io.interdict.core.match.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.core.match.MatchSettings;
import io.interdict.core.names.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One name in its own script and a usual Latin spelling, per script; and different people who must stay apart. */
class CrossScriptPairsTest {
    static final double REVIEW = MatchSettings.DEFAULTS.reviewThreshold();

    @ParameterizedTest(name = "{0}: {1} ~ {2}")
    @CsvSource(delimiter = '|', value = {
        "Arabic|عبد الله|Abdullah",
        "Arabic|عبد الحكيم مراد|Abdul Hakim Murad",
        "Arabic|عبد الرحمن|Abdur Rehman",
        "Arabic|نور الدين بن علي|Noureddine Ben Ali",
        "Arabic|حسن نصر الله|Hassan Nasrallah",
        "Arabic|محمد حمزة زبيدي|Muhammad Hamza Zubaidi",
        // ain read as the vowel lists write for it (ICU's modifier letter would split the word: "s d")
        "Arabic|سعد الدين سيد|Saduddin Sayyed",
        "Arabic|محمد يعقوب|Mohammad Yaqoub",
        "Arabic|حمد الله نعمانى|Hamdullah Nomani",
        // a final alef maqsura is an alef; a final letter of an abjad word stands for several Latin endings
        "Arabic|موسى الصدر|Musa al-Sadr",
        "Arabic|يحيى السنوار|Yahya Sinwar",
        "Arabic|سامي الحاجي|Sami El Haji",
        // a word of two consonant letters: ICU writes طه "th", as it writes ث, and both letters are read
        "Arabic|طه ياسين رمضان|Taha Yassin Ramadan",
        "Arabic|طه حسين|Taha Hussein",
        // the article before a word of two letters (الحق, al-Haq), and a person's "hq" is no headquarters
        "Arabic|عبد الحق|Abdul Haq",
        "Arabic|عبد الحي عظیم عبد القادر|Abdul Hai Hazem Abdul Qader",
        // "عبد" joined to the article beside another "عبد" written apart
        "Arabic|عبدالغنی برادر عبد الاحمد ترک|Abdul Ghani Baradar Abdul Ahmad Turk",
        // a title the particle lists hold is a family name too: "sayed" is the title's spelling, read from "السيد"
        "Arabic|علي السيد|Ali El Sayed",
        "Arabic|محمود عبد الله السيد|Mahmoud Abdallah El Sayed",
        // the lineage particles ابن and ولد as the Latin particles "Ibn" and "Ould"
        "Arabic|أحمد ولد داداه|Ahmed Ould Daddah",
        "Arabic|علي ابن حسين|Ali Ibn Hussein",
        // ظ as the Gulf says and writes it, dh or th (and z, as Persian does)
        "Arabic|ظاهر الشمري|Dhaher Al-Shammari",
        "Arabic|ظاهر الشمري|Thaher Alshammari",
        "Arabic|ظاهر الشمري|Zaher Shammari",
        // the article's a elided before the word, as the Maghreb's French spellings write it
        "Arabic|العربي بن مهيدي|Larbi Ben M'hidi",
        "Arabic|الأخضر الإبراهيمي|Lakhdar Brahimi",
        // a word-initial व as b, as Nepal writes names
        "Devanagari|विकास थापा|Bikash Thapa",
        // Thai vowels written in parts (เ-ิ "er", เ-ือ "ua") and a final short vowel not spoken (ภูมิ "phum")
        "Thai|เฉลิมชัย ภูมิศักดิ์|Chalermchai Poomsak",
        "Thai|สมหวัง เรืองชัย|Somwang Ruangchai",
        // a leading vowel spoken after a cluster, a false cluster's ร, a final t written d, เกียรติ "Kiat"
        "Thai|เปรมศักดิ์ ศรีทอง|Premsak Srithong",
        "Thai|เปรมศักดิ์ ศรีทอง|Premsak Sithong",
        "Thai|เกียรติชัย เพชรรัตน์|Kiattichai Petcharat",
        "Thai|อำนาจ ไทยเจริญ|Amnad Thaicharoen",
        "Persian|محمد احمدی|Mohammad Ahmadi",
        "Persian|دوست محمد|Dost Mohammad",
        "Hebrew|משה כהן|Moshe Cohen",
        "Hebrew|שרה לוי|Sarah Levi",
        "Hebrew|בנימין נתניהו|Benjamin Netanyahu",
        "Greek|Αλέξανδρος|Alexander",
        "Cyrillic|Сергей Лавров|Sergey Lavrov",
        "Armenian|Նիկոլ Փաշինյան|Nikol Pashinyan",
        "Georgian|ირაკლი კობახიძე|Irakli Kobakhidze",
        "Devanagari|नरेंद्र मोदी|Narendra Modi",
        // schwa deletion: the inherent vowel unspoken at the end of a word and in VC_CV
        "Devanagari|सुनील गावस्कर|Sunil Gavaskar",
        "Devanagari|अजय देवगन|Ajay Devgan",
        // Modern Greek by sound: γι as y, μπ as b, ευ as ev, οι as i, ντ as d
        "Greek|Ευάγγελος Μπακογιάννης|Evangelos Bakoyannis",
        "Greek|Ντόρα Κουρουπάκη|Dora Kouroupaki",
        // Japanese: rendaku in the family name, given name first
        "Han-Japanese|中島一郎|Ichiro Nakajima",
        "Han-Japanese|松田健一|Matsuda Kenichi",
        "Thai|ทักษิณ ชินวัตร|Thaksin Shinawatra",
        // RTGS: implied vowels, finals by their sound, letters under the thanthakhat silent
        "Thai|สมชาย วงศ์สวัสดิ์|Somchai Wongsawat",
        "Thai|ประวิตร วงษ์สุวรรณ|Prawit Wongsuwan",
        "Thai|ชวน หลีกภัย|Chuan Likphai",
        "Hangul|김정은|Kim Jong Un",
        "Hangul|문재인|Moon Jae-in",
        "Hangul|박근혜|Park Geun-hye",
        // as names are mostly registered: eo as u, ui after a consonant as ee, 이 as Lee
        "Hangul|박정희|Park Chung-hee",
        "Hangul|정현|Hyun Chung",
        "Hangul|이순신|Lee Sun-shin",
        "Han-Korean|朴槿惠|Park Geun-hye",
        "Kana|ヤマダ タロウ|Yamada Taro",
        "Han-Mandarin|习近平|Xi Jinping",
        "Han-Mandarin|张志强|Zhang Zhiqiang",
        "Kana|バラク・オバマ|Barack Obama",
        "Cyrillic|Жанна Волкова|Janna Volkova",
        "Han-Japanese|山田太郎|Yamada Taro",
        // Chinese names as Russian writes them (Palladius), read back in pinyin and Wade-Giles
        "Cyrillic-Chinese|Си Цзиньпин|Xi Jinping",
        "Cyrillic-Chinese|Мао Цзэ-дун|Mao Zedong",
        "Cyrillic-Chinese|Цзян Цзэминь|Chiang Tse-min",
        // Korean names as Russian writes them (Kontsevich and older spellings)
        "Cyrillic-Korean|Ким Чен Ын|Kim Jong Un",
        "Cyrillic-Korean|Мун Чжэ Ин|Moon Jae-in",
        "Cyrillic-Korean|Чхве Рён Хэ|Choe Ryong Hae",
        // Japanese names as Russian writes them (Polivanov), read back into kana
        "Cyrillic-Japanese|Итиро Одзава|Ichiro Ozawa",
        "Cyrillic-Japanese|Кэйдзо Обути|Keizo Obuchi",
    })
    void sameNameInTwoScriptsMatches(String script, String original, String latin) {
        assertThat(InterdictV2.compare(original, latin, Schema.PERSON).score()).as(script).isGreaterThanOrEqualTo(REVIEW);
        assertThat(InterdictV2.compare(latin, original, Schema.PERSON).score()).as(script).isGreaterThanOrEqualTo(REVIEW);
    }

    @ParameterizedTest(name = "{0}: {1} is not {2}")
    @CsvSource(delimiter = '|', value = {
        "Arabic|محمد علي|Ahmed Hassan",
        "Arabic|عقيلي|Coal",
        "Persian|کیهان عبادی|Khan Abid",
        "Persian|ماهور عزیزی|Maher Assad",
        "Hebrew|מאיר אפעל|Maria Ofelia",
        "Hebrew|צמח שילה|Azem Syla",
        "Hebrew|דוד|Daniel",
        "Devanagari|बृजेश प्रधान|Burton Burgess",
        "Devanagari|अजय देवगन|Vijay Devan",
        "Greek|Γιάννης Παπαδάκης|Yannis Papas",
        "Han-Japanese|中島一郎|Ichiro Nakamura",
        "Hangul|김정은|Kim Yo Jong",
        "Hangul|정현|Jung Hoon",
        "Thai|สมชาย วงศ์สวัสดิ์|Somsak Wongsuwan",
        "Thai|เฉลิมชัย ภูมิศักดิ์|Chalermchai Poomsiri",
        "Thai|สมหวัง เรืองชัย|Somwang Ruangsri",
        "Thai|ประเสริฐ ศรีทอง|Prasit Srithong",
        "Thai|เกียรติชัย เพชรรัตน์|Kiattichai Phetrung",
        "Arabic|أحمد ولد داداه|Ahmed Ould Abdallah",
        "Arabic|العربي بن مهيدي|Lakhdar Ben M'hidi",
        "Devanagari|विकास थापा|Prakash Thapa",
        // a given name read from Han that no reading spells is another name, however alike it sounds
        "Han-Mandarin|张志强|Zhang Zhigang",
        // an alphabet writes a word's first sound: another first letter is another word
        "Cyrillic|Игорь Краснов|Igor Rasnov",
        "Han-Mandarin|李晓东|Li Xiaodan",
        "Han-Korean|朴智媛|Park Ji-woo",
        "Arabic|ظاهر الشمري|Dhaher Al-Shamsi",
        "Arabic|طه حسين|Tahir Hussein",
        "Arabic|طه حسين|Taha Hassan Hussein Ali",
        "Arabic|عبد الحق|Abdul Hadi",
        "Arabic|عبدالغنی برادر|Abdul Rahman Baradar",
        "Cyrillic-Chinese|Си Цзиньпин|Xi Jinhua",
        "Cyrillic-Chinese|Ху Цзиньтао|Hu Jinping",
        "Cyrillic-Korean|Ким Чен Ын|Kim Jong Il",
        "Cyrillic-Korean|Ким Ир Сен|Kim Il Chol",
        "Cyrillic-Japanese|Итиро Одзава|Ichiro Ono",
    })
    void differentPeopleStayApart(String script, String original, String latin) {
        assertThat(InterdictV2.compare(original, latin, Schema.PERSON).score()).as(script).isLessThan(REVIEW);
    }
}
