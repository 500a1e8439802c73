import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Japanese (Japan): katakana loanwords whose Japanese meaning differs from the English
 * word (マンション, クレーム, スマート, テンション, コンセント …) and collocations a translator
 * calques from English (a verb for "take", "make", "have", "play", "wear" that Japanese does not
 * use with that noun).
 */
export const JA_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'mansion-is-a-flat',
    source: 'The ⟨singer;writer;director⟩ lives in a large mansion in the countryside.',
    frame:
      'その⟨歌手;作家;監督⟩は⟦⟪田舎の大邸宅;田舎の豪邸;田舎の大きな屋敷⟫に住んでいます|⟪田舎の大きなマンション;田舎の豪華なマンション⟫に住んでいます=false friend: マンション (a block of flats)|⟪田舎の大邸宅;田舎の豪邸⟫に住んでいました=wrong tense: past for a present fact|⟪都会の大邸宅;都心の豪邸⟫に住んでいます=mistranslation: "countryside" rendered as "city"⟧。',
  },
  {
    id: 'claim-is-not-kureemu',
    source: 'The customer made a warranty claim for the ⟨printer;washing machine;camera⟩.',
    frame:
      '⟦⟪お客様が⟨プリンター;洗濯機;カメラ⟩の保証修理を申請しました。;⟨プリンター;洗濯機;カメラ⟩について、お客様から保証の請求がありました。;お客様は⟨プリンター;洗濯機;カメラ⟩の保証を請求しました。⟫|⟪お客様が⟨プリンター;洗濯機;カメラ⟩にクレームをつけました。;⟨プリンター;洗濯機;カメラ⟩について、お客様からクレームがありました。⟫=false friend: クレーム (a complaint)|⟪お客様が⟨プリンター;洗濯機;カメラ⟩の保証修理を断りました。;お客様は⟨プリンター;洗濯機;カメラ⟩の保証を辞退しました。⟫=mistranslation: "claim" rendered as "refuse"|⟪⟨プリンター;洗濯機;カメラ⟩について、お客様から保険金の請求がありました。;お客様は⟨プリンター;洗濯機;カメラ⟩の保険金を請求しました。⟫=mistranslation: the warranty rendered as insurance⟧',
  },
  {
    id: 'smart-is-clever-not-slim',
    source: 'Your ⟨daughter;son;assistant⟩ is very smart.',
    frame:
      '⟦⟪⟨娘さん;息子さん;アシスタントの方⟩はとても頭がいいですね。;⟨娘さん;息子さん;アシスタントの方⟩は本当に賢いですね。;⟨娘さん;息子さん;アシスタントの方⟩はとても聡明な方ですね。⟫|⟪⟨娘さん;息子さん;アシスタントの方⟩はとてもスマートですね。;⟨娘さん;息子さん;アシスタントの方⟩は本当にスマートな方ですね。⟫=false friend: スマート (slim, stylish)|⟪⟨娘さん;息子さん;アシスタントの方⟩はとてもおしゃれですね。;⟨娘さん;息子さん;アシスタントの方⟩は本当におしゃれな方ですね。⟫=mistranslation: "smart" rendered as "well-dressed"|⟪⟨娘さん;息子さん;アシスタントの方⟩はとても頭がいいでした。;⟨娘さん;息子さん;アシスタントの方⟩は本当に賢いでした。⟫=wrong form: でした after an i-adjective⟧',
  },
  {
    id: 'tension-is-not-tenshon',
    source: 'There was tension in the ⟨meeting;negotiations;office⟩.',
    frame:
      '⟨会議;交渉;オフィス⟩⟦には⟪緊張感がありました;張りつめた空気がありました⟫|は⟪テンションが高かったです;テンションが上がっていました⟫=false friend: テンション (high spirits, excitement)|には⟪緊張感がありません;張りつめた空気がありません⟫=negation: a negation the source does not have|には⟪安心感がありました;和やかな空気がありました⟫=mistranslation: "tension" rendered as "calm"⟧。',
  },
  {
    id: 'naive-is-not-naibu',
    source: 'The new ⟨manager;intern;partner⟩ is a little naive.',
    frame:
      '⟦⟪新しい⟨部長;インターン;パートナー⟩は少し世間知らずです。;今度の⟨部長;インターン;パートナー⟩は考えが少し甘いです。;新しい⟨部長;インターン;パートナー⟩はちょっと世間知らずなところがあります。⟫|⟪新しい⟨部長;インターン;パートナー⟩は少しナイーブです。;今度の⟨部長;インターン;パートナー⟩はちょっとナイーブなところがあります。⟫=false friend: ナイーブ (sensitive, delicate)|⟪今度の⟨部長;インターン;パートナー⟩は少しずる賢いです。;新しい⟨部長;インターン;パートナー⟩はちょっとずる賢いところがあります。⟫=mistranslation: "naive" rendered as "cunning"|⟪新しい⟨部長;インターン;パートナー⟩は少し世間知らずでした。;今度の⟨部長;インターン;パートナー⟩は考えが少し甘かったです。⟫=wrong tense: past for a present fact⟧',
  },
  {
    id: 'cunning-is-not-kanningu',
    source: 'The ⟨fox;villain;rival⟩ came up with a cunning plan.',
    frame:
      '⟨キツネ;悪役;ライバル⟩は⟦⟪ずる賢い計画;狡猾な計画;悪知恵を働かせた計画⟫を思いつきました|カンニングの計画を思いつきました=false friend: カンニング (cheating in an exam)|⟪素直な計画;単純な計画⟫を思いつきました=mistranslation: "cunning" rendered as "simple"|⟪ずる賢い計画;狡猾な計画⟫を忘れました=mistranslation: "came up with" rendered as "forgot"⟧。',
  },
  {
    id: 'trump-card-is-kirifuda',
    source: 'Low prices are our trump card.',
    frame:
      '⟦⟪低価格が;安さが⟫当社の切り札です|⟪低価格が;安さが⟫当社のトランプです=false friend: トランプ (playing cards)|⟪低価格が;安さが⟫当社の弱点です=mistranslation: "trump card" rendered as "weak point"|⟪高価格が;高さが⟫当社の切り札です=mistranslation: "low prices" rendered as "high prices"⟧。',
  },
  {
    id: 'consent-is-not-konsento',
    source: '[Form] Written consent from a parent is required.',
    frame:
      '⟦⟪保護者の書面による同意が必要です。;保護者の同意書の提出が必要です。;保護者の同意を書面で得る必要があります。⟫|⟪保護者の書面によるコンセントが必要です。;保護者のコンセントを書面で得る必要があります。⟫=false friend: コンセント (a power socket)|⟪保護者の同意書の提出は不要です。;保護者の同意を書面で得る必要はありません。⟫=mistranslation: "required" rendered as "not required"|⟪保護者の口頭による同意が必要です。;保護者の同意を口頭で得る必要があります。⟫=mistranslation: "written" rendered as "spoken"⟧',
  },
  {
    id: 'reform-is-not-rifoomu',
    source: 'The government announced a reform of the ⟨tax;pension;education⟩ system.',
    frame:
      '⟦⟪政府は⟨税制;年金制度;教育制度⟩改革を発表しました。;⟨税制;年金制度;教育制度⟩の改革が政府から発表されました。;政府が⟨税制;年金制度;教育制度⟩の見直しを公表しました。⟫|⟪政府は⟨税制;年金制度;教育制度⟩のリフォームを発表しました。;⟨税制;年金制度;教育制度⟩のリフォームが政府から発表されました。⟫=false friend: リフォーム (renovating a home)|⟪政府は⟨税制;年金制度;教育制度⟩改革を撤回しました。;政府が⟨税制;年金制度;教育制度⟩の見直しを撤回しました。⟫=mistranslation: "announced" rendered as "withdrew"|⟪⟨税制;年金制度;教育制度⟩の改革が政府から発表されます。;政府が⟨税制;年金制度;教育制度⟩の見直しを公表します。⟫=wrong tense: non-past for a past announcement⟧',
  },
  {
    id: 'cooler-is-a-cool-box',
    source: 'Put the drinks in the cooler.',
    frame:
      '⟦⟪飲み物を;飲み物は⟫クーラーボックスに入れてください|⟪飲み物を;飲み物は⟫クーラーに入れてください=false friend: クーラー (an air conditioner)|⟪飲み物を;飲み物は⟫クーラーボックスで入れてください=particle: で for where something is put (needs に)|⟪飲み物を;飲み物は⟫クーラーボックスから出してください=mistranslation: "put in" rendered as "take out"⟧。',
  },
  {
    id: 'front-is-not-furonto',
    source: 'Please wait in front of the ⟨building;station;museum⟩.',
    frame:
      '⟦⟨建物;駅;美術館⟩の⟪前で;正面で⟫お待ちください|⟨建物;駅;美術館⟩のフロントでお待ちください=false friend: フロント (a reception desk)|⟨建物;駅;美術館⟩の⟪後ろで;裏で⟫お待ちください=mistranslation: "in front of" rendered as "behind"|⟨建物;駅;美術館⟩の⟪前に;正面に⟫お待ちください=particle: に for where an action takes place (needs で)⟧。',
  },
  {
    id: 'stove-is-a-cooker',
    source: '[Recipe] Heat the soup on the stove for ⟨five;ten;fifteen⟩ minutes.',
    frame:
      '⟦⟪スープをコンロで⟨5分;10分;15分⟩温めます。;コンロにかけて、スープを⟨5分;10分;15分⟩温めてください。;鍋を火にかけ、スープを⟨5分;10分;15分⟩温めます。⟫|⟪スープをストーブで⟨5分;10分;15分⟩温めます。;ストーブにかけて、スープを⟨5分;10分;15分⟩温めてください。⟫=false friend: ストーブ (a room heater)|⟪スープをコンロで⟨5分;10分;15分⟩冷やします。;鍋を火にかけ、スープを⟨5分;10分;15分⟩冷やします。⟫=mistranslation: "heat" rendered as "cool"|⟪スープを電子レンジで⟨5分;10分;15分⟩温めます。;電子レンジに入れて、スープを⟨5分;10分;15分⟩温めてください。⟫=mistranslation: "stove" rendered as "microwave"⟧',
  },
  {
    id: 'trainers-are-sneakers',
    source: '[British English] I bought new trainers for running.',
    frame:
      '⟦⟪ランニング用に;走るために⟫新しい⟪スニーカー;運動靴;ランニングシューズ⟫を買いました|⟪ランニング用に;走るために⟫新しいトレーナーを買いました=false friend: トレーナー (a sweatshirt)|⟪ランニング用に;走るために⟫新しいコーチを雇いました=mistranslation: "trainers" rendered as a coach|⟪ランニング用に;走るために⟫新しい⟪スニーカー;運動靴⟫を借りました=mistranslation: "bought" rendered as "borrowed"⟧。',
  },
  {
    id: 'jug-is-not-jokki',
    source: 'Please bring a jug of water to the table.',
    frame:
      '⟦⟪テーブルに;テーブルへ⟫⟪水差し;ピッチャー⟫に水を入れて持ってきてください|⟪テーブルに;テーブルへ⟫ジョッキに水を入れて持ってきてください=false friend: ジョッキ (a beer mug)|⟪テーブルに;テーブルへ⟫⟪水差し;ピッチャー⟫の水を片付けてください=mistranslation: "bring" rendered as "clear away"|テーブルを⟪水差し;ピッチャー⟫に水を入れて持ってきてください=particle: を for where something is brought (needs に or へ)⟧。',
  },
  {
    id: 'bike-is-a-bicycle',
    source: '[The writer cycles] I go to work by bike.',
    frame:
      '⟦⟪自転車で;毎日自転車で⟫⟪通勤しています;会社に行っています⟫|⟪バイクで;毎日バイクで⟫⟪通勤しています;会社に行っています⟫=false friend: バイク (a motorbike)|⟪自転車に;毎日自転車に⟫⟪通勤しています;会社に行っています⟫=particle: に for the means of travel (needs で)|⟪徒歩で;毎日歩いて⟫⟪通勤しています;会社に行っています⟫=mistranslation: "by bike" rendered as "on foot"⟧。',
  },
  {
    id: 'take-a-shower-abiru',
    source: 'I take a shower every ⟨morning;evening;night⟩.',
    frame:
      '⟦⟪毎⟨朝;夕;晩⟩シャワーを浴びます。;シャワーは毎⟨朝;夕;晩⟩浴びています。;毎⟨朝;夕;晩⟩、シャワーを浴びるのが日課です。⟫|⟪毎⟨朝;夕;晩⟩シャワーを取ります。;シャワーは毎⟨朝;夕;晩⟩取っています。⟫=literal calque: "take" as 取る (Japanese says シャワーを浴びる)|⟪毎⟨朝;夕;晩⟩シャワーを浴びました。;シャワーは毎⟨朝;夕;晩⟩浴びていました。⟫=wrong tense: past for a habit|⟪毎⟨朝;夕;晩⟩お風呂に入ります。;毎⟨朝;夕;晩⟩、お風呂に入るのが日課です。⟫=mistranslation: a shower rendered as a bath⟧',
  },
  {
    id: 'take-medicine-nomu',
    source: 'Take this medicine ⟨after meals;before bed;three times a day⟩.',
    frame:
      '⟦⟪この薬は⟨食後に;寝る前に;1日3回⟩飲んでください。;⟨食後に;寝る前に;1日3回⟩この薬を服用してください。;この薬は⟨食後に;寝る前に;1日3回⟩お飲みください。⟫|⟪この薬は⟨食後に;寝る前に;1日3回⟩取ってください。;⟨食後に;寝る前に;1日3回⟩この薬を取ってください。⟫=literal calque: "take" as 取る (medicine is 飲む)|⟪この薬は⟨食後に;寝る前に;1日3回⟩食べてください。;⟨食後に;寝る前に;1日3回⟩この薬を食べてください。⟫=wrong verb: 食べる (eat) for taking medicine|⟪この薬は⟨食後に;寝る前に;1日3回⟩塗ってください。;⟨食後に;寝る前に;1日3回⟩この薬を塗ってください。⟫=wrong verb: 塗る (put on the skin) for taking medicine⟧',
  },
  {
    id: 'make-a-decision-kimeru',
    source: 'We need to make a decision by ⟨Friday;the end of the month;tomorrow⟩.',
    frame:
      '⟦⟪⟨金曜日;月末;明日⟩までに決定しなければなりません。;⟨金曜日;月末;明日⟩までに決めなければなりません。;⟨金曜日;月末;明日⟩までに結論を出す必要があります。⟫|⟪⟨金曜日;月末;明日⟩までに決定を作らなければなりません。;⟨金曜日;月末;明日⟩までに決定を作る必要があります。⟫=literal calque: "make a decision" as 決定を作る|⟪⟨金曜日;月末;明日⟩までに決定してはいけません。;⟨金曜日;月末;明日⟩までに結論を出してはいけません。⟫=mistranslation: "need to" rendered as "must not"|⟪⟨金曜日;月末;明日⟩に決めなければなりません。;⟨金曜日;月末;明日⟩に結論を出す必要があります。⟫=particle: に (on) for "by", a deadline (needs までに)⟧',
  },
  {
    id: 'catch-a-cold-hiku',
    source: '⟨Mr Ueda;Ms Kondo;Mr Hara⟩ has caught a cold.',
    frame:
      '⟦⟪⟨上田;近藤;原⟩さんは風邪をひきました。;⟨上田;近藤;原⟩さんが風邪をひいてしまいました。;⟨上田;近藤;原⟩さんは風邪をひいています。⟫|⟪⟨上田;近藤;原⟩さんは風邪を捕まえました。;⟨上田;近藤;原⟩さんが風邪を捕まえてしまいました。⟫=literal calque: "catch" as 捕まえる (Japanese says 風邪をひく)|⟪⟨上田;近藤;原⟩さんは風邪が治りました。;⟨上田;近藤;原⟩さんの風邪が治っています。⟫=mistranslation: "caught a cold" rendered as "got over a cold"|⟪⟨上田;近藤;原⟩さんは風邪にひきました。;⟨上田;近藤;原⟩さんが風邪にひいてしまいました。⟫=particle: に for the object of ひく (needs を)⟧',
  },
  {
    id: 'have-a-meeting-hiraku',
    source: "We will have a meeting at ⟨two;three;four⟩ o'clock.",
    frame:
      '⟦⟨2時;3時;4時⟩から⟪会議を行います;会議を開きます;会議があります⟫|⟨2時;3時;4時⟩から会議を所有します=literal calque: "have" as 所有する (own)|⟨2時;3時;4時⟩から⟪会議を行いました;会議を開きました⟫=wrong tense: past for a meeting to come|⟨2時;3時;4時⟩まで⟪会議を行います;会議を開きます⟫=particle: まで (until) for the starting time⟧。',
  },
  {
    id: 'take-a-photo-toru-kanji',
    source: 'Please do not take photos inside the ⟨museum;temple;gallery⟩.',
    frame:
      '⟦⟪⟨博物館;寺;ギャラリー⟩の中では写真を撮らないでください。;⟨博物館;寺;ギャラリー⟩内での写真撮影はご遠慮ください。;⟨博物館;寺;ギャラリー⟩の中での撮影は禁止です。⟫|⟪⟨博物館;寺;ギャラリー⟩の中では写真を取らないでください。;⟨博物館;寺;ギャラリー⟩内では写真を取らないでください。⟫=spelling: 取る for 撮る (photographs are 撮る)|⟪⟨博物館;寺;ギャラリー⟩の中では写真を撮ってください。;⟨博物館;寺;ギャラリー⟩内での写真撮影をお願いします。⟫=negation: the negation dropped|⟪⟨博物館;寺;ギャラリー⟩の中で写真を作らないでください。;⟨博物館;寺;ギャラリー⟩内では写真を作らないでください。⟫=literal calque: "make a photo" as 作る⟧',
  },
  {
    id: 'strong-coffee-koi',
    source: 'I prefer strong ⟨coffee;tea;green tea⟩.',
    frame:
      '⟦⟪私は;⟫濃い⟨コーヒー;紅茶;緑茶⟩が⟪好きです;好みです⟫|⟪私は;⟫強い⟨コーヒー;紅茶;緑茶⟩が⟪好きです;好みです⟫=literal calque: "strong" as 強い (drinks are 濃い)|⟪私は;⟫薄い⟨コーヒー;紅茶;緑茶⟩が⟪好きです;好みです⟫=mistranslation: "strong" rendered as "weak"|⟪私は;⟫熱い⟨コーヒー;紅茶;緑茶⟩が⟪好きです;好みです⟫=mistranslation: "strong" rendered as "hot"⟧。',
  },
  {
    id: 'heavy-rain-ooame',
    source: 'Heavy rain is expected in ⟨Kyushu;Shikoku;Okinawa⟩ tomorrow.',
    frame:
      '⟦明日、⟨九州;四国;沖縄⟩では⟪大雨;激しい雨⟫が予想されます|明日、⟨九州;四国;沖縄⟩では重い雨が予想されます=literal calque: "heavy" as 重い (rain is 大雨 or 激しい雨)|明日、⟨九州;四国;沖縄⟩では⟪小雨;弱い雨⟫が予想されます=mistranslation: "heavy rain" rendered as "light rain"|昨日、⟨九州;四国;沖縄⟩では⟪大雨;激しい雨⟫が予想されます=mistranslation: "tomorrow" rendered as "yesterday"⟧。',
  },
  {
    id: 'make-a-mistake-machigaeru',
    source: 'I made a mistake in the ⟨invoice;address;figures⟩.',
    frame:
      '⟦⟪⟨請求書;住所;数字⟩を間違えました。;⟨請求書;住所;数字⟩を書き間違えてしまいました。;⟨請求書;住所;数字⟩でミスをしました。⟫|⟪⟨請求書;住所;数字⟩の間違いを作りました。;⟨請求書;住所;数字⟩に間違いを作ってしまいました。⟫=literal calque: "make a mistake" as 間違いを作る|⟪⟨請求書;住所;数字⟩を訂正しました。;⟨請求書;住所;数字⟩を直しました。⟫=mistranslation: "made a mistake" rendered as "corrected"|⟪⟨請求書;住所;数字⟩を間違えます。;⟨請求書;住所;数字⟩を書き間違えてしまいます。⟫=wrong tense: non-past for a past mistake⟧',
  },
  {
    id: 'wear-a-helmet-kaburu',
    source: 'Please wear a helmet ⟨on site;in the factory;at all times⟩.',
    frame:
      '⟦⟪⟨現場では;工場内では;常に⟩ヘルメットをかぶってください。;⟨現場では;工場内では;常に⟩ヘルメットを着用してください。;⟨現場では;工場内では;常に⟩必ずヘルメットをかぶりましょう。⟫|⟪⟨現場では;工場内では;常に⟩ヘルメットを着てください。;⟨現場では;工場内では;常に⟩必ずヘルメットを着ましょう。⟫=wrong verb: 着る (for clothes on the body) for a helmet|⟪⟨現場では;工場内では;常に⟩ヘルメットを履いてください。;⟨現場では;工場内では;常に⟩必ずヘルメットを履きましょう。⟫=wrong verb: 履く (for shoes) for a helmet|⟪⟨現場では;工場内では;常に⟩ヘルメットを着用しないでください。;⟨現場では;工場内では;常に⟩ヘルメットをかぶらないでください。⟫=negation: a negation the source does not have⟧',
  },
  {
    id: 'wear-glasses-kakeru',
    source: 'Please wear safety glasses when you use the ⟨saw;drill;grinder⟩.',
    frame:
      '⟨のこぎり;ドリル;グラインダー⟩を使うときは⟦保護メガネを⟪かけてください;着用してください⟫|保護メガネをかぶってください=wrong verb: かぶる (for hats) for glasses|保護メガネを着てください=wrong verb: 着る (for clothes on the body) for glasses|保護メガネを⟪はずしてください;外してください⟫=mistranslation: "wear" rendered as "take off"⟧。',
  },
  {
    id: 'wear-shoes-haku',
    source: 'Please put on your shoes ⟨at the door;before you go out;at the exit⟩.',
    frame:
      '⟦⟪⟨玄関で;外に出る前に;出口で⟩靴を履いてください。;⟨玄関で;外に出る前に;出口で⟩靴をお履きください。;⟨玄関で;外に出る前に;出口で⟩必ず靴を履きましょう。⟫|⟪⟨玄関で;外に出る前に;出口で⟩靴を着てください。;⟨玄関で;外に出る前に;出口で⟩必ず靴を着ましょう。⟫=wrong verb: 着る (for clothes on the body) for shoes|⟪⟨玄関で;外に出る前に;出口で⟩靴をかぶってください。;⟨玄関で;外に出る前に;出口で⟩必ず靴をかぶりましょう。⟫=wrong verb: かぶる (for hats) for shoes|⟪⟨玄関で;外に出る前に;出口で⟩靴を脱いでください。;⟨玄関で;外に出る前に;出口で⟩靴をお脱ぎください。⟫=mistranslation: "put on" rendered as "take off"⟧',
  },
  {
    id: 'play-the-piano-hiku',
    source: '⟨My daughter;My son;My wife⟩ plays the ⟨piano;guitar;violin⟩.',
    frame:
      '⟦⟪⟨娘;息子;妻⟩は⟨ピアノ;ギター;バイオリン⟩を弾きます。;⟨娘;息子;妻⟩は⟨ピアノ;ギター;バイオリン⟩が弾けます。;⟨娘;息子;妻⟩は⟨ピアノ;ギター;バイオリン⟩を演奏します。⟫|⟪⟨娘;息子;妻⟩は⟨ピアノ;ギター;バイオリン⟩で遊びます。;⟨娘;息子;妻⟩は⟨ピアノ;ギター;バイオリン⟩で遊んでいます。⟫=literal calque: "play" as 遊ぶ|⟪⟨娘;息子;妻⟩は⟨ピアノ;ギター;バイオリン⟩を吹きます。;⟨娘;息子;妻⟩は⟨ピアノ;ギター;バイオリン⟩が吹けます。⟫=wrong verb: 吹く (for wind instruments) for a string or keyboard instrument|⟪⟨娘;息子;妻⟩は⟨ピアノ;ギター;バイオリン⟩を弾きません。;⟨娘;息子;妻⟩は⟨ピアノ;ギター;バイオリン⟩を演奏しません。⟫=negation: a negation the source does not have⟧',
  },
  {
    id: 'turn-on-the-light-tsukeru',
    source: 'Please turn on the ⟨light;air conditioner;heater⟩.',
    frame:
      '⟦⟨電気;エアコン;暖房⟩を⟪つけてください;入れてください⟫|⟨電気;エアコン;暖房⟩を回してください=literal calque: "turn" as 回す|⟨電気;エアコン;暖房⟩を⟪消してください;切ってください⟫=mistranslation: "turn on" rendered as "turn off"|⟨電気;エアコン;暖房⟩が⟪つけてください;入れてください⟫=particle: が for the object (needs を)⟧。',
  },
  {
    id: 'lose-weight-yaseru',
    source: 'I want to lose ⟨three;five;ten⟩ kilos.',
    frame:
      '⟦⟪体重を⟨3;5;10⟩キロ落としたいです;⟨3;5;10⟩キロ痩せたいです⟫|体重を⟨3;5;10⟩キロ失いたいです=literal calque: "lose" as 失う|⟪体重を⟨3;5;10⟩キロ増やしたいです;⟨3;5;10⟩キロ太りたいです⟫=mistranslation: "lose" rendered as "gain"|⟪体重を⟨3;5;10⟩キロ落としました;⟨3;5;10⟩キロ痩せました⟫=mistranslation: "want to lose" rendered as "lost"⟧。',
  },
  {
    id: 'run-a-company-keiei',
    source: 'My ⟨father;aunt;brother⟩ runs a small ⟨company;restaurant;hotel⟩.',
    frame:
      '⟨父;おば;兄⟩は⟦小さな⟨会社;レストラン;ホテル⟩を⟪経営しています;営んでいます⟫|小さな⟨会社;レストラン;ホテル⟩を走らせています=literal calque: "run" as 走らせる|小さな⟨会社;レストラン;ホテル⟩で⟪経営しています;営んでいます⟫=particle: で for the object of 経営する (needs を)|小さな⟨会社;レストラン;ホテル⟩で働いています=mistranslation: "runs" rendered as "works at"⟧。',
  },
  {
    id: 'high-fever-netsu-ga-takai',
    source: 'The child has a high fever.',
    frame:
      '⟦⟪子どもは;その子は⟫熱が高いです|⟪子どもは;その子は⟫高い熱を持っています=literal calque: "has a fever" as 熱を持つ|⟪子どもは;その子は⟫熱が低いです=mistranslation: "high" rendered as "low"|⟪子どもを;その子を⟫熱が高いです=particle: を for the topic (needs は)⟧。',
  },
]
