import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Japanese (Japan): grammar that does not transfer word for word (the particles は, が,
 * を, に and で, counters after numerals and their readings, non-past, past and ている, relative
 * clauses placed before the noun, the polite です/ます and the plain style kept to one per text,
 * giving and receiving verbs, the passive).
 */
export const JA_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'ga-with-suki',
    source: 'I like ⟨coffee;jazz;tennis⟩.',
    frame:
      '⟦⟪私は⟨コーヒー;ジャズ;テニス⟩が好きです。;⟨コーヒー;ジャズ;テニス⟩が好きなんです。;⟨コーヒー;ジャズ;テニス⟩は好きですよ。⟫|⟪私は⟨コーヒー;ジャズ;テニス⟩を好きです。;⟨コーヒー;ジャズ;テニス⟩を好きなんです。⟫=particle: を for what 好き is about (needs が)|⟪⟨コーヒー;ジャズ;テニス⟩が好きでした。;私は⟨コーヒー;ジャズ;テニス⟩が好きでした。⟫=wrong tense: past for a present liking|⟪⟨コーヒー;ジャズ;テニス⟩が嫌いなんです。;⟨コーヒー;ジャズ;テニス⟩は嫌いですよ。⟫=mistranslation: "like" rendered as "dislike"⟧',
  },
  {
    id: 'ni-and-ga-for-existence',
    source: 'There is a ⟨printer;copier;shredder⟩ in the office.',
    frame:
      '⟦⟪事務所に⟨プリンター;コピー機;シュレッダー⟩があります。;⟨プリンター;コピー機;シュレッダー⟩なら事務所にあります。;事務所には⟨プリンター;コピー機;シュレッダー⟩が置いてあります。⟫|事務所で⟨プリンター;コピー機;シュレッダー⟩があります。=particle: で for where something is (needs に)|⟪⟨プリンター;コピー機;シュレッダー⟩なら事務所にいます。;事務所には⟨プリンター;コピー機;シュレッダー⟩がいます。⟫=wrong verb: いる (for living things) for an object|⟪⟨プリンター;コピー機;シュレッダー⟩なら事務所にありません。;事務所には⟨プリンター;コピー機;シュレッダー⟩が置いてありません。⟫=negation: a negation the source does not have⟧',
  },
  {
    id: 'de-for-where-an-event-happens',
    source: 'We will hold the seminar in ⟨Osaka;Kyoto;Nagoya⟩.',
    frame:
      '⟦⟪セミナーは⟨大阪;京都;名古屋⟩で開催します;⟨大阪;京都;名古屋⟩でセミナーを開催します;当社のセミナーは⟨大阪;京都;名古屋⟩で開催いたします⟫|⟪セミナーは⟨大阪;京都;名古屋⟩に開催します;⟨大阪;京都;名古屋⟩にセミナーを開催します⟫=particle: に for where an event takes place (needs で)|⟪セミナーは⟨大阪;京都;名古屋⟩で開催しました;当社のセミナーは⟨大阪;京都;名古屋⟩で開催いたしました⟫=wrong tense: past for an event to come|⟪⟨大阪;京都;名古屋⟩でセミナーを中止します;セミナーは⟨大阪;京都;名古屋⟩で中止いたします⟫=mistranslation: "hold" rendered as "cancel"⟧。',
  },
  {
    id: 'ni-for-the-receiver',
    source: 'I sent the file to ⟨Mr Tanaka;Ms Sato;Mr Suzuki⟩.',
    frame:
      '⟦⟪⟨田中;佐藤;鈴木⟩さんにファイルを送りました。;ファイルは⟨田中;佐藤;鈴木⟩さんに送りました。;⟨田中;佐藤;鈴木⟩さんにファイルを送信しました。⟫|⟪⟨田中;佐藤;鈴木⟩さんでファイルを送りました。;ファイルは⟨田中;佐藤;鈴木⟩さんで送りました。⟫=particle: で for the receiver (needs に)|⟪⟨田中;佐藤;鈴木⟩さんにファイルを送ります。;ファイルは⟨田中;佐藤;鈴木⟩さんに送信します。⟫=wrong tense: non-past for a finished action|⟪⟨田中;佐藤;鈴木⟩さんからファイルを受け取りました。;ファイルは⟨田中;佐藤;鈴木⟩さんから受け取りました。⟫=mistranslation: the receiver made the sender⟧',
  },
  {
    id: 'ga-inside-a-relative-clause',
    source:
      'The ⟨report;minutes;proposal⟩ ⟨Mr Tanaka;Ms Ito;Mr Kato⟩ wrote ⟨is;are;is⟩ on the desk.',
    frame:
      '⟦⟪⟨田中;伊藤;加藤⟩さんが書いた⟨報告書;議事録;企画書⟩は机の上にあります。;⟨田中;伊藤;加藤⟩さんの作成した⟨報告書;議事録;企画書⟩なら、机に置いてあります。;⟨田中;伊藤;加藤⟩さんが作成した⟨報告書;議事録;企画書⟩は机の上です。⟫|⟪⟨田中;伊藤;加藤⟩さんは書いた⟨報告書;議事録;企画書⟩は机の上にあります。;⟨田中;伊藤;加藤⟩さんは作成した⟨報告書;議事録;企画書⟩なら、机に置いてあります。⟫=particle: は for the subject inside a relative clause (needs が or の)|⟪⟨田中;伊藤;加藤⟩さんが書く⟨報告書;議事録;企画書⟩は机の上にあります。;⟨田中;伊藤;加藤⟩さんの作成する⟨報告書;議事録;企画書⟩なら、机に置いてあります。⟫=wrong tense: non-past in the clause for a text already written|⟪⟨報告書;議事録;企画書⟩、⟨田中;伊藤;加藤⟩さんが書いた、は机の上にあります。;⟨報告書;議事録;企画書⟩、⟨田中;伊藤;加藤⟩さんが作成した、は机の上です。⟫=word order: the relative clause after the noun as in English⟧',
  },
  {
    id: 'relative-clause-book-bought-yesterday',
    source: 'The ⟨book;novel;dictionary⟩ I bought yesterday is interesting.',
    frame:
      '⟦⟪昨日買った⟨本;小説;辞書⟩はおもしろいです;昨日買った⟨本;小説;辞書⟩は面白いです;昨日私が買った⟨本;小説;辞書⟩はおもしろいです⟫|⟪昨日買う⟨本;小説;辞書⟩はおもしろいです;昨日私が買う⟨本;小説;辞書⟩は面白いです⟫=wrong tense: non-past in the clause for a past purchase|⟪昨日買ったの⟨本;小説;辞書⟩はおもしろいです;昨日私が買ったの⟨本;小説;辞書⟩はおもしろいです⟫=particle: の between a verb clause and its noun|⟪⟨本;小説;辞書⟩は昨日買ったはおもしろいです;⟨本;小説;辞書⟩は私が昨日買ったは面白いです⟫=word order: the relative clause after the noun as in English|⟪昨日買った⟨本;小説;辞書⟩はつまらないです;昨日私が買った⟨本;小説;辞書⟩はつまらないです⟫=mistranslation: "interesting" rendered as "boring"⟧。',
  },
  {
    id: 'relative-clause-shop-where-i-work',
    source: 'The ⟨shop;café;bakery⟩ where I work closes at 9.',
    frame:
      '⟦⟪私が働いている⟨店;カフェ;パン屋⟩は9時に閉まります;私の働いている⟨店;カフェ;パン屋⟩は夜9時に閉まります;私が働いている⟨店;カフェ;パン屋⟩の閉店時間は9時です⟫|⟪私は働いている⟨店;カフェ;パン屋⟩は9時に閉まります;私は働いている⟨店;カフェ;パン屋⟩は夜9時に閉まります⟫=particle: は for the subject inside a relative clause (needs が or の)|⟪私が働いているの⟨店;カフェ;パン屋⟩は9時に閉まります;私が働いているの⟨店;カフェ;パン屋⟩の閉店時間は9時です⟫=particle: の between a verb clause and its noun|⟪私が働いている⟨店;カフェ;パン屋⟩は9時に開きます;私の働いている⟨店;カフェ;パン屋⟩は夜9時に開きます⟫=mistranslation: "closes" rendered as "opens"⟧。',
  },
  {
    id: 'relative-clause-colleague-met-in',
    source: 'I introduced the colleague I met in ⟨London;Paris;Berlin⟩.',
    frame:
      '⟦⟪⟨ロンドン;パリ;ベルリン⟩で会った同僚を紹介しました;⟨ロンドン;パリ;ベルリン⟩で知り合った同僚を皆に紹介しました;⟨ロンドン;パリ;ベルリン⟩で会った同僚をみんなに紹介しました⟫|⟪⟨ロンドン;パリ;ベルリン⟩に会った同僚を紹介しました;⟨ロンドン;パリ;ベルリン⟩に知り合った同僚を皆に紹介しました⟫=particle: に for where something happens (needs で)|⟪⟨ロンドン;パリ;ベルリン⟩で会う同僚を紹介しました;⟨ロンドン;パリ;ベルリン⟩で会う同僚をみんなに紹介しました⟫=wrong tense: non-past in the clause for a past meeting|⟪同僚を⟨ロンドン;パリ;ベルリン⟩で会った紹介しました;同僚を⟨ロンドン;パリ;ベルリン⟩で知り合った皆に紹介しました⟫=word order: the relative clause after the noun as in English|⟪⟨ロンドン;パリ;ベルリン⟩で会った同僚を紹介されました;⟨ロンドン;パリ;ベルリン⟩で知り合った同僚を皆に紹介されました⟫=voice: passive (was introduced to) for "introduced"⟧。',
  },
  {
    id: 'counter-hon-for-pens',
    source: 'Please buy ⟨three;six;eight⟩ ⟨pens;umbrellas;bottles of water⟩.',
    frame:
      '⟨ペン;傘;水⟩を⟦⟨3本;6本;8本⟩⟪買ってください;購入してください⟫|⟨3枚;6枚;8枚⟩⟪買ってください;購入してください⟫=counter: 枚 (for flat things) for long objects (needs 本)|⟨3台;6台;8台⟩⟪買ってください;購入してください⟫=counter: 台 (for machines) for long objects (needs 本)|⟨3冊;6冊;8冊⟩⟪買ってください;購入してください⟫=counter: 冊 (for books) for long objects (needs 本)⟧。',
  },
  {
    id: 'counter-mai-for-tickets',
    source: 'I have ⟨two;four;five⟩ ⟨tickets;stamps;sheets of paper⟩.',
    frame:
      '⟨チケット;切手;紙⟩⟦が⟨2枚;4枚;5枚⟩⟪あります;手元にあります⟫|が⟨2本;4本;5本⟩⟪あります;手元にあります⟫=counter: 本 (for long things) for flat objects (needs 枚)|が⟨2冊;4冊;5冊⟩⟪あります;手元にあります⟫=counter: 冊 (for books) for flat objects (needs 枚)|が⟨2匹;4匹;5匹⟩⟪あります;手元にあります⟫=counter: 匹 (for animals) for flat objects (needs 枚)|を⟨2枚;4枚;5枚⟩⟪あります;手元にあります⟫=particle: を for the subject of ある (needs が)⟧。',
  },
  {
    id: 'counter-dai-for-machines',
    source: 'We ordered ⟨five;seven;nine⟩ ⟨laptops;printers;monitors⟩.',
    frame:
      '⟨ノートパソコン;プリンター;モニター⟩を⟦⟨5台;7台;9台⟩⟪注文しました;発注しました⟫|⟨5枚;7枚;9枚⟩⟪注文しました;発注しました⟫=counter: 枚 (for flat things) for machines (needs 台)|⟨5本;7本;9本⟩⟪注文しました;発注しました⟫=counter: 本 (for long things) for machines (needs 台)|⟨5台;7台;9台⟩⟪注文します;発注します⟫=wrong tense: non-past for a finished order⟧。',
  },
  {
    id: 'counter-satsu-for-books',
    source: 'I borrowed ⟨two;four;six⟩ ⟨books;magazines;notebooks⟩ from the library.',
    frame:
      '⟦⟪図書館で⟨本;雑誌;ノート⟩を⟨2冊;4冊;6冊⟩借りました。;⟨本;雑誌;ノート⟩を⟨2冊;4冊;6冊⟩、図書館から借りてきました。;図書館から⟨2冊;4冊;6冊⟩の⟨本;雑誌;ノート⟩を借りました。⟫|⟪図書館で⟨本;雑誌;ノート⟩を⟨2本;4本;6本⟩借りました。;図書館から⟨2本;4本;6本⟩の⟨本;雑誌;ノート⟩を借りました。⟫=counter: 本 (for long things) for books (needs 冊)|⟪⟨本;雑誌;ノート⟩を⟨2枚;4枚;6枚⟩、図書館から借りてきました。;図書館から⟨2枚;4枚;6枚⟩の⟨本;雑誌;ノート⟩を借りました。⟫=counter: 枚 (for flat sheets) for books (needs 冊)|⟪図書館に⟨本;雑誌;ノート⟩を⟨2冊;4冊;6冊⟩貸しました。;⟨本;雑誌;ノート⟩を⟨2冊;4冊;6冊⟩、図書館に貸してきました。⟫=mistranslation: "borrowed" rendered as "lent"⟧',
  },
  {
    id: 'counter-hiki-for-small-animals',
    source: 'My ⟨sister;neighbour;aunt⟩ has ⟨two;three;four⟩ cats.',
    frame:
      '⟨姉;隣の人;おば⟩は⟦猫を⟨2匹;3匹;4匹⟩⟪飼っています;飼っている⟫|猫を⟨2頭;3頭;4頭⟩⟪飼っています;飼っている⟫=counter: 頭 (for large animals) for cats (needs 匹)|猫を⟨2人;3人;4人⟩⟪飼っています;飼っている⟫=counter: 人 (for people) for cats (needs 匹)|猫を⟨2羽;3羽;4羽⟩⟪飼っています;飼っている⟫=counter: 羽 (for birds) for cats (needs 匹)⟧。',
  },
  {
    id: 'counter-hai-for-cups',
    source: 'I drink ⟨two;three;five⟩ cups of ⟨coffee;tea;green tea⟩ a day.',
    frame:
      '⟦⟪1日に⟨コーヒー;紅茶;緑茶⟩を⟨2杯;3杯;5杯⟩飲みます;毎日⟨コーヒー;紅茶;緑茶⟩を⟨2杯;3杯;5杯⟩飲んでいます;⟨コーヒー;紅茶;緑茶⟩は1日⟨2杯;3杯;5杯⟩飲みます⟫|⟪1日に⟨コーヒー;紅茶;緑茶⟩を⟨2枚;3枚;5枚⟩飲みます;毎日⟨コーヒー;紅茶;緑茶⟩を⟨2枚;3枚;5枚⟩飲んでいます⟫=counter: 枚 (for flat things) for cups (needs 杯)|⟪1日に⟨コーヒー;紅茶;緑茶⟩を⟨2台;3台;5台⟩飲みます;⟨コーヒー;紅茶;緑茶⟩は1日⟨2台;3台;5台⟩飲みます⟫=counter: 台 (for machines) for cups (needs 杯)|⟪1日に⟨コーヒー;紅茶;緑茶⟩で⟨2杯;3杯;5杯⟩飲みます;毎日⟨コーヒー;紅茶;緑茶⟩で⟨2杯;3杯;5杯⟩飲んでいます⟫=particle: で for the object of 飲む (needs を)|⟪1日に⟨コーヒー;紅茶;緑茶⟩を⟨2本;3本;5本⟩飲みます;⟨コーヒー;紅茶;緑茶⟩は1日⟨2本;3本;5本⟩飲みます⟫=counter: 本 (for bottles and cans) for cups (needs 杯)⟧。',
  },
  {
    id: 'counter-nin-for-people',
    source: 'The company hired ⟨three;five;eight⟩ engineers.',
    frame:
      '⟦⟪会社はエンジニアを⟨3人;5人;8人⟩採用しました;その会社はエンジニアを⟨3人;5人;8人⟩採用しました;会社は⟨3人;5人;8人⟩のエンジニアを採用しました⟫|⟪会社はエンジニアを⟨3匹;5匹;8匹⟩採用しました;その会社はエンジニアを⟨3匹;5匹;8匹⟩採用しました⟫=counter: 匹 (for animals) for people (needs 人)|⟪会社はエンジニアを⟨3台;5台;8台⟩採用しました;会社は⟨3台;5台;8台⟩のエンジニアを採用しました⟫=counter: 台 (for machines) for people (needs 人)|⟪その会社はエンジニアに⟨3人;5人;8人⟩採用しました;会社はエンジニアに⟨3人;5人;8人⟩採用しました⟫=particle: に for the object of 採用する (needs を)|⟪その会社はエンジニアを⟨3人;5人;8人⟩解雇しました;会社は⟨3人;5人;8人⟩のエンジニアを解雇しました⟫=mistranslation: "hired" rendered as "dismissed"⟧。',
  },
  {
    id: 'reading-hon-sound-change',
    source:
      '[Language-learning text: write the number and counter in hiragana] I bought ⟨one pencil;three pencils;six pencils⟩.',
    frame:
      '⟦⟪鉛筆を⟨いっぽん;さんぼん;ろっぽん⟩買いました。;鉛筆は⟨いっぽん;さんぼん;ろっぽん⟩購入しました。;⟨いっぽん;さんぼん;ろっぽん⟩の鉛筆を買いました。⟫|⟪鉛筆は⟨いちほん;さんほん;ろくほん⟩購入しました。;⟨いちほん;さんほん;ろくほん⟩の鉛筆を買いました。⟫=counter: 本 read ほん without its sound change|⟪鉛筆は⟨いっぽん;さんぼん;ろっぽん⟩購入します。;⟨いっぽん;さんぼん;ろっぽん⟩の鉛筆を買います。⟫=wrong tense: non-past for a past purchase|⟪鉛筆は⟨いちまい;さんまい;ろくまい⟩購入しました。;⟨いちまい;さんまい;ろくまい⟩の鉛筆を買いました。⟫=counter: 枚 (for flat things) for pencils (needs 本)⟧',
  },
  {
    id: 'reading-hiki-sound-change',
    source:
      '[Language-learning text: write the number and counter in hiragana] There ⟨is one dog;are three dogs;are six dogs⟩ in the garden.',
    frame:
      '⟦⟪庭に犬が⟨いっぴき;さんびき;ろっぴき⟩います。;⟨いっぴき;さんびき;ろっぴき⟩の犬が庭にいます。;犬なら庭に⟨いっぴき;さんびき;ろっぴき⟩います。⟫|⟪庭に犬が⟨いちひき;さんひき;ろくひき⟩います。;⟨いちひき;さんひき;ろくひき⟩の犬が庭にいます。⟫=counter: 匹 read ひき without its sound change|⟪庭に犬が⟨いっぴき;さんびき;ろっぴき⟩あります。;犬なら庭に⟨いっぴき;さんびき;ろっぴき⟩あります。⟫=wrong verb: ある (for things) for animals|⟪⟨ひとり;さんにん;ろくにん⟩の犬が庭にいます。;犬なら庭に⟨ひとり;さんにん;ろくにん⟩います。⟫=counter: 人 (for people) for animals (needs 匹)⟧',
  },
  {
    id: 'reading-people-native-numerals',
    source:
      '[Language-learning text: write the number and counter in hiragana] ⟨One person;Two people;Four people⟩ applied for the job.',
    frame:
      '⟦⟨ひとり;ふたり;よにん⟩が⟪その仕事に応募しました;その求人に応募しました⟫|⟨いちにん;ににん;よんにん⟩が⟪その仕事に応募しました;その求人に応募しました⟫=counter: 人 read with the wrong numeral (1 and 2 take ひと and ふた, 4 takes よ)|⟨いっぴき;にひき;よんひき⟩が⟪その仕事に応募しました;その求人に応募しました⟫=counter: 匹 (for animals) for people (needs 人)|⟨ひとり;ふたり;よにん⟩を⟪その仕事に応募しました;その求人に応募しました⟫=particle: を for the subject (needs が)⟧。',
  },
  {
    id: 'reading-days-of-the-month',
    source:
      '[Language-learning text: write the day in hiragana] The shop opens on the ⟨1st;2nd;20th⟩.',
    frame:
      '⟦⟪お店は⟨ついたち;ふつか;はつか⟩に開店します。;⟨ついたち;ふつか;はつか⟩にお店がオープンします。;開店日は⟨ついたち;ふつか;はつか⟩です。⟫|⟪お店は⟨いちにち;ににち;にじゅうにち⟩に開店します。;開店日は⟨いちにち;ににち;にじゅうにち⟩です。⟫=counter: the day of the month read with Sino-Japanese numerals (the 1st, 2nd and 20th are ついたち, ふつか, はつか)|⟪お店は⟨ついたち;ふつか;はつか⟩で開店します。;⟨ついたち;ふつか;はつか⟩でお店がオープンします。⟫=particle: で for a point in time (needs に)|⟪⟨ついたち;ふつか;はつか⟩にお店が閉店します。;閉店日は⟨ついたち;ふつか;はつか⟩です。⟫=mistranslation: "opens" rendered as "closes"⟧',
  },
  {
    id: 'teiru-for-an-action-in-progress',
    source: 'I am writing the ⟨report;invoice;minutes⟩ now.',
    frame:
      '⟦⟪今、⟨報告書;請求書;議事録⟩を書いています。;⟨報告書;請求書;議事録⟩は今書いているところです。;ちょうど今、⟨報告書;請求書;議事録⟩を作成しています。⟫|⟪今、⟨報告書;請求書;議事録⟩を書きます。;⟨報告書;請求書;議事録⟩は今書きます。⟫=wrong aspect: the non-past (will write) for an action in progress|⟪⟨報告書;請求書;議事録⟩は今書いていました。;ちょうど今、⟨報告書;請求書;議事録⟩を作成していました。⟫=wrong tense: past for an action going on now|⟪今、⟨報告書;請求書;議事録⟩が書いています。;ちょうど今、⟨報告書;請求書;議事録⟩が作成しています。⟫=particle: が for the object (needs を)⟧',
  },
  {
    id: 'teiru-for-a-resulting-state',
    source: '⟨Mr Kimura;Ms Ono;Mr Mori⟩ is married.',
    frame:
      '⟦⟪⟨木村;小野;森⟩さんは結婚しています。;⟨木村;小野;森⟩さんは既婚者です。;⟨木村;小野;森⟩さんは結婚されています。⟫|⟪⟨木村;小野;森⟩さんは結婚します。;⟨木村;小野;森⟩さんはもうすぐ結婚します。⟫=wrong aspect: the non-past (will marry) for a present state|⟪⟨木村;小野;森⟩さんは結婚していません。;⟨木村;小野;森⟩さんは未婚者です。⟫=negation: a negation the source does not have|⟪⟨木村;小野;森⟩さんは結婚していました。;⟨木村;小野;森⟩さんは既婚者でした。⟫=wrong tense: past (was married) for a present state⟧',
  },
  {
    id: 'intransitive-teiru-window',
    source: 'The ⟨window;door;gate⟩ is open.',
    frame:
      '⟦⟨窓;ドア;門⟩が⟪開いています;開いている⟫|⟨窓;ドア;門⟩が⟪開けています;開けている⟫=wrong verb: transitive 開ける (someone opens) for the state of the thing|⟨窓;ドア;門⟩が⟪開きます;開く⟫=wrong aspect: the non-past (will open) for a present state|⟨窓;ドア;門⟩が⟪閉まっています;閉まっている⟫=mistranslation: "open" rendered as "closed"⟧。',
  },
  {
    id: 'mou-for-already',
    source: 'I have already sent the ⟨invoice;quotation;contract⟩.',
    frame:
      '⟦⟪もう⟨請求書;見積書;契約書⟩を送りました。;⟨請求書;見積書;契約書⟩はもう送りました。;もう⟨請求書;見積書;契約書⟩は送付しました。⟫|⟪まだ⟨請求書;見積書;契約書⟩を送りました。;⟨請求書;見積書;契約書⟩はまだ送りました。⟫=wrong adverb: まだ (still, not yet) for a finished action (needs もう)|⟪もう⟨請求書;見積書;契約書⟩を送ります。;⟨請求書;見積書;契約書⟩はもう送付します。⟫=wrong tense: non-past for a finished action|⟪もう⟨請求書;見積書;契約書⟩に送りました。;もう⟨請求書;見積書;契約書⟩に送付しました。⟫=particle: に for the object (needs を)⟧',
  },
  {
    id: 'mada-teinai-for-not-yet',
    source: 'I have not ⟨read the email;paid the bill;seen the film⟩ yet.',
    frame:
      '⟦⟪まだ⟨メール;代金;その映画⟩を⟨読んで;払って;見て⟩いません。;⟨メール;代金;その映画⟩はまだ⟨読んで;払って;見て⟩いません。;まだ⟨メール;代金;その映画⟩を⟨読んで;払って;見て⟩いないんです。⟫|⟪⟨メール;代金;その映画⟩はまだ⟨読みません;払いません;見ません⟩でした。;まだ⟨メール;代金;その映画⟩を⟨読みません;払いません;見ません⟩でした。⟫=wrong aspect: the past negative (did not) for "not yet" (needs ていません)|⟪⟨メール;代金;その映画⟩はもう⟨読んで;払って;見て⟩いません。;もう⟨メール;代金;その映画⟩を⟨読んで;払って;見て⟩いないんです。⟫=wrong adverb: もう (no longer) for "yet" (needs まだ)|⟪⟨メール;代金;その映画⟩はまだ⟨読んで;払って;見て⟩います。;まだ⟨メール;代金;その映画⟩を⟨読んで;払って;見て⟩いるんです。⟫=negation: the negation dropped⟧',
  },
  {
    id: 'tara-for-when-i-arrive',
    source: 'When I arrive at the ⟨station;airport;hotel⟩, I will call you.',
    frame:
      '⟦⟪⟨駅;空港;ホテル⟩に着いたら電話します。;⟨駅;空港;ホテル⟩に到着したら、お電話しますね。;⟨駅;空港;ホテル⟩に着き次第、電話を入れます。⟫|⟪⟨駅;空港;ホテル⟩で着いたら電話します。;⟨駅;空港;ホテル⟩で到着したら、お電話しますね。⟫=particle: で for the destination of 着く (needs に)|⟪⟨駅;空港;ホテル⟩に到着したら、お電話しました。;⟨駅;空港;ホテル⟩に着き次第、電話を入れました。⟫=wrong tense: past for a call still to come|⟪⟨駅;空港;ホテル⟩に着く前に電話します。;⟨駅;空港;ホテル⟩に到着する前に、お電話しますね。⟫=mistranslation: "when I arrive" rendered as "before I arrive"⟧',
  },
  {
    id: 'teiru-for-a-duration-up-to-now',
    source: 'I have lived in ⟨Tokyo;Kobe;Sapporo⟩ for ⟨three;five;ten⟩ years.',
    frame:
      '⟦⟪⟨東京;神戸;札幌⟩に⟨3年;5年;10年⟩住んでいます;⟨3年;5年;10年⟩前から⟨東京;神戸;札幌⟩に住んでいます;⟨東京;神戸;札幌⟩に住んで⟨3年;5年;10年⟩になります⟫|⟪⟨東京;神戸;札幌⟩で⟨3年;5年;10年⟩住んでいます;⟨3年;5年;10年⟩前から⟨東京;神戸;札幌⟩で住んでいます⟫=particle: で with 住む (needs に)|⟪⟨東京;神戸;札幌⟩に⟨3年;5年;10年⟩住みます;⟨3年;5年;10年⟩間⟨東京;神戸;札幌⟩に住む予定です⟫=wrong aspect: the non-past (will live) for a stay up to now|⟪⟨東京;神戸;札幌⟩に⟨3年;5年;10年⟩住んでいました;⟨3年;5年;10年⟩前まで⟨東京;神戸;札幌⟩に住んでいました⟫=wrong tense: past (no longer lives there) for a stay that goes on⟧。',
  },
  {
    id: 'desu-masu-kept-through-a-web-page',
    source: '[Web page in the です/ます style] This app is free. You can also use it offline.',
    frame:
      '⟦⟪このアプリは無料です。オフラインでも使えます;このアプリは無料でご利用いただけます。オフラインでもお使いいただけます;このアプリは無料です。オフライン環境でも使用できます⟫|⟪このアプリは無料だ。オフラインでも使えます;このアプリは無料だ。オフライン環境でも使用できます⟫=register: plain だ in a です/ます text|⟪このアプリは無料です。オフラインでは使えません;このアプリは無料です。オフライン環境では使用できません⟫=negation: "can use" rendered as "cannot use"|⟪このアプリは有料です。オフラインでも使えます;このアプリは有料でご利用いただけます。オフラインでもお使いいただけます⟫=mistranslation: "free" rendered as "paid"|⟪このアプリは無料です。オフラインでも使える;このアプリは無料です。オフライン環境でも使用できる⟫=register: a plain verb in a です/ます text⟧。',
  },
  {
    id: 'plain-style-kept-through-a-report',
    source: '[Report in the plain である style] Sales rose by ⟨10;12;15⟩%.',
    frame:
      '⟦⟪⟨売上;売上高;販売額⟩は⟨10;12;15⟩%増加した。;前年比で⟨売上;売上高;販売額⟩は⟨10;12;15⟩%増加した。;⟨売上;売上高;販売額⟩が⟨10;12;15⟩%増加した。⟫|⟪⟨売上;売上高;販売額⟩は⟨10;12;15⟩%増加しました。;前年比で⟨売上;売上高;販売額⟩は⟨10;12;15⟩%増加しました。⟫=register: a です/ます form in a plain-style report|⟪前年比で⟨売上;売上高;販売額⟩は⟨10;12;15⟩%に増加した。;⟨売上;売上高;販売額⟩が⟨10;12;15⟩%に増加した。⟫=particle: に (to) for the size of the rise|⟪⟨売上;売上高;販売額⟩が⟨10;12;15⟩%減少した。;⟨売上;売上高;販売額⟩は⟨10;12;15⟩%減少した。⟫=mistranslation: "rose" rendered as "fell"⟧',
  },
  {
    id: 'polite-request-in-a-manual',
    source:
      '[Manual in the です/ます style] Press the button. The ⟨lamp;screen;indicator⟩ lights up.',
    frame:
      '⟦ボタンを⟪押してください;押します⟫。⟨ランプ;画面;表示灯⟩が点灯します|ボタンを押せ。⟨ランプ;画面;表示灯⟩が点灯します=register: a plain imperative in a です/ます manual|ボタンを⟪押してください;押します⟫。⟨ランプ;画面;表示灯⟩を点灯します=particle: を for the subject of an intransitive verb (needs が)|ボタンを⟪押してください;押します⟫。⟨ランプ;画面;表示灯⟩が消灯します=mistranslation: "lights up" rendered as "goes out"⟧。',
  },
  {
    id: 'i-adjective-polite-past',
    source: 'The ⟨hotel;dinner;ticket⟩ was expensive.',
    frame:
      '⟦⟨ホテル;夕食;チケット⟩は⟪高かったです;とても高かったです⟫|⟨ホテル;夕食;チケット⟩は⟪高いでした;とても高いでした⟫=wrong form: でした after an i-adjective (its past is 高かったです)|⟨ホテル;夕食;チケット⟩は⟪高いです;とても高いです⟫=wrong tense: present for past|⟨ホテル;夕食;チケット⟩は⟪安かったです;とても安かったです⟫=mistranslation: "expensive" rendered as "cheap"⟧。',
  },
  {
    id: 'na-adjective-polite-past',
    source: 'The ⟨staff;guide;receptionist⟩ ⟨were;was;was⟩ very kind.',
    frame:
      '⟦⟨スタッフ;ガイド;受付の人⟩は⟪とても親切でした;大変親切でした⟫|⟨スタッフ;ガイド;受付の人⟩は⟪とても親切かったです;大変親切かったです⟫=wrong form: an i-adjective ending on the na-adjective 親切|⟨スタッフ;ガイド;受付の人⟩は⟪とても親切です;大変親切です⟫=wrong tense: present for past|⟨スタッフ;ガイド;受付の人⟩は⟪とても不親切でした;大変不親切でした⟫=mistranslation: "kind" rendered as "unkind"⟧。',
  },
  {
    id: 'de-for-means-ni-for-destination',
    source: 'I go to the ⟨office;university;factory⟩ by ⟨train;bus;bicycle⟩.',
    frame:
      '⟦⟪⟨電車;バス;自転車⟩で⟨会社;大学;工場⟩に行きます。;⟨会社;大学;工場⟩へは⟨電車;バス;自転車⟩で行きます。;⟨電車;バス;自転車⟩で⟨会社;大学;工場⟩に通っています。⟫|⟪⟨電車;バス;自転車⟩に⟨会社;大学;工場⟩に行きます。;⟨会社;大学;工場⟩へは⟨電車;バス;自転車⟩に行きます。⟫=particle: に for the means of travel (needs で)|⟪⟨電車;バス;自転車⟩で⟨会社;大学;工場⟩を行きます。;⟨電車;バス;自転車⟩で⟨会社;大学;工場⟩を通っています。⟫=particle: を for a destination (needs に or へ)|⟪⟨電車;バス;自転車⟩で⟨会社;大学;工場⟩に来ます。;⟨会社;大学;工場⟩へは⟨電車;バス;自転車⟩で来ます。⟫=wrong verb: 来る (come) for going away from the speaker⟧',
  },
  {
    id: 'ni-with-au',
    source: 'I met ⟨my friend;a client;my teacher⟩ at the station.',
    frame:
      '⟦⟪駅で⟨友達;顧客;先生⟩に会いました。;⟨友達;顧客;先生⟩とは駅で会いました。;駅で⟨友達;顧客;先生⟩と顔を合わせました。⟫|⟪駅で⟨友達;顧客;先生⟩を会いました。;駅で⟨友達;顧客;先生⟩を顔を合わせました。⟫=particle: を with 会う (needs に or と)|⟪駅に⟨友達;顧客;先生⟩に会いました。;⟨友達;顧客;先生⟩とは駅に会いました。⟫=particle: に for where something happens (needs で)|⟪駅で⟨友達;顧客;先生⟩に会います。;駅で⟨友達;顧客;先生⟩と顔を合わせます。⟫=wrong tense: non-past for a past meeting⟧',
  },
  {
    id: 'ga-after-a-question-word',
    source: 'Who wrote this ⟨report;article;proposal⟩?',
    frame:
      '⟦⟪この⟨報告書;記事;企画書⟩は誰が書きましたか？;誰がこの⟨報告書;記事;企画書⟩を書いたのですか？;この⟨報告書;記事;企画書⟩を書いたのはどなたですか？⟫|⟪この⟨報告書;記事;企画書⟩は誰は書きましたか？;誰はこの⟨報告書;記事;企画書⟩を書いたのですか？⟫=particle: は after a question word (needs が)|⟪この⟨報告書;記事;企画書⟩は誰を書きましたか？;誰をこの⟨報告書;記事;企画書⟩を書いたのですか？⟫=particle: を for the subject (needs が)|⟪この⟨報告書;記事;企画書⟩は誰が書きますか？;この⟨報告書;記事;企画書⟩を書くのはどなたですか？⟫=wrong tense: non-past for something already written⟧',
  },
  {
    id: 'no-for-affiliation',
    source:
      '[Introducing yourself to a colleague] I am ⟨Tanaka;Sato;Ito⟩ from the ⟨sales;accounting;legal⟩ department.',
    frame:
      '⟦⟪⟨営業部;経理部;法務部⟩の⟨田中;佐藤;伊藤⟩です。;はじめまして、⟨営業部;経理部;法務部⟩の⟨田中;佐藤;伊藤⟩です。;⟨営業部;経理部;法務部⟩の⟨田中;佐藤;伊藤⟩です。よろしくお願いします。⟫|⟪⟨田中;佐藤;伊藤⟩の⟨営業部;経理部;法務部⟩です。;はじめまして、⟨田中;佐藤;伊藤⟩の⟨営業部;経理部;法務部⟩です。⟫=word order: the noun linked by の put after its head|⟪はじめまして、⟨営業部;経理部;法務部⟩で⟨田中;佐藤;伊藤⟩です。;⟨営業部;経理部;法務部⟩で⟨田中;佐藤;伊藤⟩です。よろしくお願いします。⟫=particle: で for what links a person to a department (needs の)|⟪⟨営業部;経理部;法務部⟩の⟨田中;佐藤;伊藤⟩さんです。よろしくお願いします。;⟨営業部;経理部;法務部⟩の⟨田中;佐藤;伊藤⟩さんです。⟫=register: さん after your own name⟧',
  },
  {
    id: 'kureru-for-giving-to-the-speaker',
    source: 'My ⟨colleague;manager;neighbour⟩ gave me a souvenir.',
    frame:
      '⟦⟪⟨同僚;上司;隣の人⟩がお土産をくれました。;⟨同僚;上司;隣の人⟩にお土産をもらいました。;⟨同僚;上司;隣の人⟩が私にお土産をくれました。;お土産を⟨同僚;上司;隣の人⟩からもらいました。⟫|⟪⟨同僚;上司;隣の人⟩がお土産をあげました。;⟨同僚;上司;隣の人⟩が私にお土産をあげました。⟫=wrong verb: あげる for giving to the speaker (needs くれる)|⟪⟨同僚;上司;隣の人⟩がお土産をもらいました。;⟨同僚;上司;隣の人⟩が私からお土産をもらいました。⟫=wrong verb: もらう with the giver as subject (makes the giver the receiver)|⟪⟨同僚;上司;隣の人⟩にお土産をくれました。;⟨同僚;上司;隣の人⟩に私にお土産をくれました。⟫=particle: に for the giver with くれる (needs が)⟧',
  },
  {
    id: 'ni-wa-for-is-there-nearby',
    source: 'Is there a ⟨bank;pharmacy;post office⟩ near here?',
    frame:
      '⟦⟪この近くに⟨銀行;薬局;郵便局⟩はありますか;この辺りに⟨銀行;薬局;郵便局⟩はありますか;近くに⟨銀行;薬局;郵便局⟩がありますか⟫|⟪この近くで⟨銀行;薬局;郵便局⟩はありますか;この辺りで⟨銀行;薬局;郵便局⟩はありますか⟫=particle: で for where something is (needs に)|⟪この近くに⟨銀行;薬局;郵便局⟩はいますか;近くに⟨銀行;薬局;郵便局⟩がいますか⟫=wrong verb: いる (for living things) for a place|⟪この近くに⟨銀行;薬局;郵便局⟩はありましたか;この辺りに⟨銀行;薬局;郵便局⟩はありましたか⟫=wrong tense: past for a present question⟧？',
  },
  {
    id: 'passive-for-was-built',
    source: 'This ⟨temple;castle;tower⟩ was built in ⟨1601;1583;1702⟩.',
    frame:
      '⟦⟪この⟨寺;城;塔⟩は⟨1601;1583;1702⟩年に建てられました。;この⟨寺;城;塔⟩が建設されたのは⟨1601;1583;1702⟩年です。;⟨1601;1583;1702⟩年、この⟨寺;城;塔⟩が建設されました。⟫|⟪この⟨寺;城;塔⟩は⟨1601;1583;1702⟩年に建てました。;⟨1601;1583;1702⟩年、この⟨寺;城;塔⟩が建設しました。⟫=voice: active 建てた for the passive "was built"|⟪この⟨寺;城;塔⟩は⟨1601;1583;1702⟩年で建てられました。;⟨1601;1583;1702⟩年で、この⟨寺;城;塔⟩が建設されました。⟫=particle: で for a point in time (needs に)|⟪この⟨寺;城;塔⟩は⟨1601;1583;1702⟩年に建てられます。;この⟨寺;城;塔⟩が建設されるのは⟨1601;1583;1702⟩年です。⟫=wrong tense: non-past for a past event⟧',
  },
]
