import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Japanese (Japan): register in business email and letters (尊敬語 for what the
 * client does, 謙譲語 for what the writer or the writer's company does, 丁寧語 throughout, 弊社
 * and 貴社 or 御社), the set phrases Japanese correspondence opens and closes with, and idioms
 * rendered by their Japanese equivalent or by meaning.
 */
export const JA_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'yoroshiku-closing',
    source: '[Closing an email to a client] Thank you in advance for your help.',
    frame:
      '⟦⟪どうぞよろしくお願いいたします。;何卒よろしくお願い申し上げます。;お力添えのほど、よろしくお願いいたします。⟫|⟪前もってありがとうございます。;事前にありがとうございます。⟫=literal calque: "thank you in advance" word for word|⟪ありがとう、よろしくね。;いつもありがとう！よろしく！⟫=register: a casual closing to a client|⟪どうぞよろしくお願いいたしました。;何卒よろしくお願い申し上げました。⟫=wrong tense: past in a set phrase for help still to come⟧',
  },
  {
    id: 'osewa-ni-natte-orimasu-opening',
    source:
      '[Opening an email to a regular client] I hope you are well. (Thank you for your continued support.)',
    frame:
      '⟦⟪いつもお世話になっております;平素より大変お世話になっております⟫|⟪お元気ですか;お元気でお過ごしですか⟫=literal calque: "I hope you are well" as a question about health, not the business opening|⟪いつもお世話になってます;平素より大変お世話になってます⟫=register: the spoken contraction てます in a business email|⟪いつもお世話になりました;平素より大変お世話になりました⟫=wrong tense: past (a farewell) for a relationship that goes on⟧。',
  },
  {
    id: 'sonkeigo-for-the-clients-coming',
    source: '[Email to a client] What time will you come to our office?',
    frame:
      '⟦何時に弊社へ⟪いらっしゃいますか;お越しになりますか⟫|何時に弊社へ参りますか=register: 謙譲語 参る for the client\'s own action|何時に弊社へ来ますか=register: the plain verb 来る with no 尊敬語 for a client|何時に貴社へ⟪いらっしゃいますか;お越しになりますか⟫=wrong pronoun: 貴社 (your company) for "our office"⟧？',
  },
  {
    id: 'kenjougo-for-the-writers-visit',
    source: "[Email to a client] I will visit your office tomorrow at ⟨10;11;2⟩ o'clock.",
    frame:
      "⟦⟪明日⟨10時;11時;14時⟩に貴社へ伺います。;明日の⟨10時;11時;14時⟩に、貴社へお伺いいたします。;明日⟨10時;11時;14時⟩に貴社へ参ります。⟫|⟪明日⟨10時;11時;14時⟩に貴社へいらっしゃいます。;明日の⟨10時;11時;14時⟩に、貴社へいらっしゃいます。⟫=register: 尊敬語 いらっしゃる for the writer's own action|⟪明日⟨10時;11時;14時⟩に弊社へ伺います。;明日の⟨10時;11時;14時⟩に、弊社へお伺いいたします。⟫=wrong pronoun: 弊社 (our company) for the client's office|⟪明日⟨10時;11時;14時⟩にそっちへ行くよ。;明日の⟨10時;11時;14時⟩に会社に行くね。⟫=register: the casual plain form to a client⟧",
  },
  {
    id: 'haiken-for-the-writers-reading',
    source: '[Email to a client] I have read your ⟨proposal;estimate;draft⟩.',
    frame:
      "⟦⟪⟨ご提案;お見積もり;原稿⟩を拝見しました。;お送りいただいた⟨ご提案;お見積もり;原稿⟩、拝読いたしました。;⟨ご提案;お見積もり;原稿⟩に目を通させていただきました。⟫|⟪お送りいただいた⟨ご提案;お見積もり;原稿⟩をご覧になりました。;⟨ご提案;お見積もり;原稿⟩をご覧になりました。⟫=register: 尊敬語 ご覧になる for the writer's own reading|⟪⟨提案;見積もり;原稿⟩、見たよ。;送ってくれた⟨提案;見積もり;原稿⟩、読んだよ。⟫=register: the plain form to a client|⟪お送りいただいた⟨ご提案;お見積もり;原稿⟩を拝見します。;⟨ご提案;お見積もり;原稿⟩に目を通させていただきます。⟫=wrong tense: non-past for reading already done⟧",
  },
  {
    id: 'to-moushimasu-for-ones-own-name',
    source: '[Phone call to a client] This is ⟨Sato;Kato;Ono⟩ from ABC Trading.',
    frame:
      '⟦⟪ABC商事の⟨佐藤;加藤;小野⟩と申します。;私、ABC商事の⟨佐藤;加藤;小野⟩でございます。;お世話になっております。ABC商事の⟨佐藤;加藤;小野⟩です。⟫|⟪お世話になっております。ABC商事の⟨佐藤;加藤;小野⟩さんです。;私、ABC商事の⟨佐藤;加藤;小野⟩さんでございます。⟫=register: さん after your own name|⟪私、ABC商事の⟨佐藤;加藤;小野⟩とおっしゃいます。;ABC商事の⟨佐藤;加藤;小野⟩とおっしゃいます。⟫=register: 尊敬語 おっしゃる for your own name|⟪⟨佐藤;加藤;小野⟩のABC商事と申します。;お世話になっております。⟨佐藤;加藤;小野⟩のABC商事です。⟫=word order: the noun linked by の put after its head⟧',
  },
  {
    id: 'ossharu-for-the-clients-words',
    source: '[To a client] As you said, the deadline is ⟨Friday;the 20th;next week⟩.',
    frame:
      "⟦⟪おっしゃるとおり;おっしゃったとおり⟫、締め切りは⟨金曜日;20日;来週⟩です|申したとおり、締め切りは⟨金曜日;20日;来週⟩です=register: 謙譲語 申す for the client's words|言ったとおり、締め切りは⟨金曜日;20日;来週⟩です=register: the plain verb 言う for the client's words|⟪おっしゃるとおり;おっしゃったとおり⟫、締め切りは⟨金曜日;20日;来週⟩ではありません=negation: a negation the source does not have⟧。",
  },
  {
    id: 'meshiagaru-for-a-guest-eating',
    source: '[To a client at a reception] Please help yourself to the ⟨sandwiches;sweets;fruit⟩.',
    frame:
      '⟦どうぞ⟨サンドイッチ;お菓子;果物⟩を⟪召し上がってください;お召し上がりください⟫|どうぞ⟨サンドイッチ;お菓子;果物⟩をいただいてください=register: 謙譲語 いただく for the guest\'s eating|⟨サンドイッチ;お菓子;果物⟩を食えよ=register: a blunt order to a guest|どうぞ⟨サンドイッチ;お菓子;果物⟩を自分で作ってください=idiom translated literally: "help yourself" as make it yourself⟧。',
  },
  {
    id: 'kisha-in-a-written-letter',
    source: '[Written cover letter to a company] I would like to work at your company.',
    frame:
      '⟦⟪貴社で働きたいと考えております;貴社で働きたいと存じます⟫|御社で働きたいと考えております=register: the spoken 御社 in a written letter (writing uses 貴社)|弊社で働きたいと考えております=wrong pronoun: 弊社 (my own company) for "your company"|あなたの会社で働きたいと考えております=literal calque: "your company" as あなたの会社⟧。',
  },
  {
    id: 'omachi-shite-orimasu',
    source: '[Shop email to customers] We look forward to your visit.',
    frame:
      '⟦⟪ご来店を心よりお待ちしております;皆様のご来店をお待ちしております⟫|ご来店を心よりお待ちしてます=register: the spoken contraction てます in a business email|ご来店を心よりお待ちになっております=register: 尊敬語 お〜になる for the writer\'s own waiting|ご来店を心より前向きに見ております=literal calque: "look forward to" as 前向きに見る⟧。',
  },
  {
    id: 'moushiwake-gozaimasen-for-a-delay',
    source: '[Email to a client] We apologise for the delay in our reply.',
    frame:
      '⟦⟪ご返信が遅くなり、申し訳ございません。;返信が遅れまして、大変失礼いたしました。;お返事が遅くなってしまい、誠に申し訳ございません。⟫|⟪返信遅くなってごめんね。;返事、遅れてごめん！⟫=register: a casual apology to a client|⟪ご返信がお遅くなりになり、申し訳ございません。;お返事がお遅れになり、誠に申し訳ございません。⟫=register: 尊敬語 お〜になる for the writer\'s own delay|⟪ご返信が遅くなり、残念です。;お返事が遅くなってしまい、誠に残念に思います。⟫=mistranslation: "apologise" rendered as "regret" (sorry as sad)⟧',
  },
  {
    id: 'request-with-itadakeru',
    source: '[Email to a client] Could you send us the ⟨documents;invoice;data⟩?',
    frame:
      "⟦⟪恐れ入りますが、;お手数ですが、⟫⟨資料;請求書;データ⟩を⟪お送りいただけますでしょうか;ご送付いただけますか⟫|⟨資料;請求書;データ⟩を送ってくれる=register: a casual request to a client|⟪恐れ入りますが、;お手数ですが、⟫⟨資料;請求書;データ⟩をお送りしていただけますか=register: 謙譲語 お送りする inside a request for the client's action|⟪恐れ入りますが、;お手数ですが、⟫⟨資料;請求書;データ⟩を送らせていただけますか=voice: causative (let us send) asks permission to send it ourselves⟧？",
  },
  {
    id: 'go-kakunin-kudasai',
    source: '[Email to a client] Please check the attached ⟨file;quotation;schedule⟩.',
    frame:
      '⟦添付の⟨ファイル;見積書;スケジュール⟩を⟪ご確認ください;ご確認いただけますと幸いです⟫|添付の⟨ファイル;見積書;スケジュール⟩を拝見してください=register: 謙譲語 拝見 for the client\'s action|添付の⟨ファイル;見積書;スケジュール⟩を確認して=register: a plain て request to a client|添付の⟨ファイル;見積書;スケジュール⟩を削除してください=mistranslation: "check" rendered as "delete"⟧。',
  },
  {
    id: 'okoshi-itadaki',
    source: '[Greeting guests] Thank you for coming today.',
    frame:
      '⟦⟪本日はお越しいただき、ありがとうございます。;本日はご来場いただき、誠にありがとうございます。;皆様、本日はお集まりいただきありがとうございます。⟫|⟪今日は来てくれてありがとう。;皆様、今日は来てくれてありがとう。⟫=register: a casual thank-you to guests|⟪本日は参っていただき、誠にありがとうございます。;皆様、本日は参っていただきありがとうございます。⟫=register: 謙譲語 参る for the guests\' coming|⟪昨日はご来場いただき、誠にありがとうございます。;皆様、昨日はお集まりいただきありがとうございます。⟫=mistranslation: "today" rendered as "yesterday"⟧',
  },
  {
    id: 'payment-received-kenjougo',
    source: '[Email to a client] We have received your payment.',
    frame:
      "⟦⟪ご入金を確認いたしました。;ご入金、確かに拝受いたしました。;お振込みを確かに受領いたしました。⟫|⟪お振込みをお受け取りになりました。;ご入金を確かにお受け取りになりました。⟫=register: 尊敬語 お〜になる for the writer's own receiving|⟪お金、受け取ったよ。;振込、確認したよ。⟫=register: a casual message to a client|⟪お振込みを確かに受領いたします。;ご入金を確認いたします。⟫=wrong tense: non-past for a payment already received⟧",
  },
  {
    id: 'raining-cats-and-dogs',
    source: 'It is raining cats and dogs in ⟨Tokyo;Osaka;Fukuoka⟩.',
    frame:
      '⟨東京;大阪;福岡⟩は⟦⟪土砂降りです;どしゃ降りの雨です;激しい雨が降っています⟫|猫と犬が降っています=idiom translated literally|⟪小雨が降っています;雨がぱらついています⟫=mistranslation: "raining cats and dogs" rendered as light rain|⟪土砂降りでした;どしゃ降りの雨でした⟫=wrong tense: past for rain falling now⟧。',
  },
  {
    id: 'break-the-ice',
    source: 'The host told a joke to break the ice.',
    frame:
      '司会者は⟦⟪場を和ませるために;緊張をほぐすために;場の空気を和らげるために⟫冗談を言いました|氷を割るために冗談を言いました=idiom translated literally|⟪場を盛り下げるために;雰囲気を壊すために⟫冗談を言いました=mistranslation: "break the ice" rendered as "spoil the mood"|⟪場を和ませるために;緊張をほぐすために⟫冗談を聞きました=mistranslation: "told" rendered as "heard"⟧。',
  },
  {
    id: 'piece-of-cake',
    source: '[Chat with a colleague] This ⟨task;test;form⟩ is a piece of cake.',
    frame:
      '⟦⟪この⟨作業;テスト;書類⟩は朝飯前です。;この⟨作業;テスト;書類⟩なんて楽勝ですよ。;こんな⟨作業;テスト;書類⟩、簡単すぎます。⟫|⟪この⟨作業;テスト;書類⟩はケーキ一切れです。;この⟨作業;テスト;書類⟩なんてケーキ一切れですよ。⟫=idiom translated literally|⟪この⟨作業;テスト;書類⟩はとても難しいです。;こんな⟨作業;テスト;書類⟩、難しすぎます。⟫=mistranslation: "a piece of cake" rendered as "very hard"|⟪この⟨作業;テスト;書類⟩は朝飯前でした。;この⟨作業;テスト;書類⟩なんて楽勝でしたよ。⟫=wrong tense: past for a present judgement⟧',
  },
  {
    id: 'two-birds-one-stone',
    source:
      'Working from home kills two birds with one stone: no commute and more time with family.',
    frame:
      "在宅勤務は⟦⟪一石二鳥です;まさに一石二鳥です⟫|一つの石で二羽の鳥を殺します=idiom translated literally (Japanese has the set phrase 一石二鳥)|⟪二兎を追うようなものです;二兎を追うことになります⟫=mistranslation: a proverb of the opposite meaning (chase two hares and catch neither)|⟪一石三鳥です;まさに一石三鳥です⟫=mistranslation: three gains for the source's two⟧。通勤がなく、家族と過ごす時間も増えます。",
  },
  {
    id: 'congratulations-on-a-promotion',
    source:
      '[Email to a client] Congratulations on your promotion to ⟨director;manager;president⟩.',
    frame:
      '⟦⟨取締役;部長;社長⟩へのご昇進、⟪誠におめでとうございます;心よりお祝い申し上げます⟫|⟨取締役;部長;社長⟩への昇進、おめでとう=register: a casual congratulation to a client|⟨取締役;部長;社長⟩へのご昇進、⟪誠にありがとうございます;心よりお礼申し上げます⟫=mistranslation: "congratulations" rendered as "thank you"|⟨取締役;部長;社長⟩へのご昇進、⟪誠に残念でございます;心よりお悔やみ申し上げます⟫=mistranslation: congratulations rendered as condolences⟧。',
  },
  {
    id: 'go-jiai-kudasai',
    source:
      '[Email to a client in winter] The cold weather continues; please take care of yourself.',
    frame:
      '⟦⟪寒い日が続きますので、どうぞご自愛ください。;寒さ厳しき折、くれぐれもご自愛くださいませ。;厳しい寒さが続いております。どうかご自愛ください。⟫|⟪寒い日が続きますので、お体をご自愛ください。;厳しい寒さが続いております。どうかお体をご自愛ください。⟫=addition: お体を repeats what 自愛 already says|⟪寒いから、気をつけてね。;寒い日が続くけど、体に気をつけてね！⟫=register: a casual farewell to a client|⟪暑い日が続きますので、どうぞご自愛ください。;暑さ厳しき折、くれぐれもご自愛くださいませ。⟫=mistranslation: "cold" rendered as "hot"⟧',
  },
  {
    id: 'otsukaresama-to-a-manager',
    source: '[Message to your manager at the end of the day] Thank you for your hard work today.',
    frame:
      '⟦⟪本日もお疲れ様でした。;今日も一日お疲れ様でした。;本日も大変お疲れ様でございました。⟫|⟪今日も一日ご苦労様でした。;本日も大変ご苦労様でございました。⟫=register: ご苦労様 (said to juniors) to a manager|⟪今日も一日ありがとう。;今日も一日おつかれ！⟫=register: casual thanks to a manager|⟪昨日も一日お疲れ様でした。;昨日も大変お疲れ様でございました。⟫=mistranslation: "today" rendered as "yesterday"⟧',
  },
]
