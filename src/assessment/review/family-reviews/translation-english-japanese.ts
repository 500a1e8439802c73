import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `translation-english-japanese` test: 110
 * submitted, 109 after the review, all `ok`. Every family's frame was read in full (each key
 * variant, each distractor variant and its named error, in every word choice) as a Japanese
 * editor working in Japan would: particles, counters and their readings, tense and aspect, the
 * polite and plain styles kept through a text, 尊敬語 and 謙譲語 by whose action it is, the set
 * phrases of business mail, katakana false friends and calqued collocations. Dates, weekdays, era
 * years, yen, 万 and 億, decimals, clock times, counters and hiragana readings are recomputed by
 * the key test.
 *
 * Deleted (1): `nested-quotes-nijuu-kagikakko`. Its distractor without 『』 around the product
 * name was an acceptable rendering (Japanese often leaves a name after という unmarked); with it
 * removed the key was the most similar option in 0.89 of 300 draws, and 「」 is still asked by
 * `kagikakko-for-a-name-in-quotes`.
 *
 * Fixed in place (15 families) before the fingerprints were taken. Keys: a variant rendering
 * "countryside" as 郊外, one adding "already" (既に結婚), and 御社 in an email where the letter
 * family marks 御社 in writing (now 貴社, also in the client-visit distractor). Distractors a
 * reader could defend: "会議を持ちます" (会合を持つ is standard), "12月4日(金曜)". Malformed
 * options that gave themselves away: "午前30分9時", "4月1日まで5日から", "ご確認くださいません".
 * Stems that did not state the rule the key needs: the Western-year brief for a contract date,
 * the katakana style for a foreign name in an email, and "written" for the 貴社 cover letter. One
 * error name corrected (ににち is not a duration), and two option sets the cue-rate script listed
 * (the medicine and helmet families) given distractors that share the key's wording or length.
 * The key test follows the date-range distractor (と for the range) and the smaller count of
 * quoted keys. Kept after a decision: "お体をご自愛ください" as an addition (自愛 already means
 * caring for oneself) and "1日から4月5日まで" as the English order (the 1st is left without its
 * month).
 *
 * Cue rates over 300 draws a family after the fixes: no family gives a rule more than 0.61
 * (`take-medicine-nomu`, least similar; `yen-after-the-amount-with-tax`, most similar), 16
 * families above 0.5; rule means at most 0.30 (most similar), the others 0.28 or less.
 */
export const TRANSLATION_ENGLISH_JAPANESE_REVIEW: TestFamilyReview = {
  testId: 'translation-english-japanese',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'tr-en-ja-conventions/am-time-with-minutes': {
      verdict: 'ok',
      fingerprint: 'c074a679aef5901b',
      note: 'Fixed (flagged): "午前30分9時" was a form no one writes, a cue; now "9時30分午前", 午前 after the time as English puts a.m. Key 午前9時30分 etc. recomputed by the key test; 午後 swap and misread minutes are single errors.',
    },
    'tr-en-ja-conventions/date-range-kara-made': {
      verdict: 'ok',
      fingerprint: '0f6c9cc39ee93c70',
      note: 'Flagged "1日から4月5日まで" kept: the month only with the end date is the English "1 to 5 April" order and leaves the 1st without its month. Fixed: "4月1日まで5日から" (malformed, a cue) replaced by "4月1日と5日" (the range as two days). Month-after distractor checked. Most-similar 0.51, kept.',
    },
    'tr-en-ja-conventions/date-with-weekday': {
      verdict: 'ok',
      fingerprint: '57fa678622b151b2',
      note: 'Weekdays of 4, 7 and 23 December 2026 (金, 月, 水) and the next-day error recomputed by the key test. Fixed: "(金曜)" in brackets is seen in print and defensible; replaced by "4日12月(金)" (day before month as in English).',
    },
    'tr-en-ja-conventions/date-year-month-day': {
      verdict: 'ok',
      fingerprint: '0f5edeaae7a5a2e9',
      note: 'Fixed: the stem now states the brief (Western year), since an era date is normal in a Japanese contract and the era distractor was otherwise defensible. 年月日 order, day-month swap and year-last checked; 令和8 = 2026.',
    },
    'tr-en-ja-conventions/decimal-point-kilograms': {
      verdict: 'ok',
      fingerprint: 'eb06f534abb46951',
      note: 'Decimal point kept, decimal comma, dropped point (×10 or ×100) and kg→g each one error; amounts recomputed by the key test.',
    },
    'tr-en-ja-conventions/era-name-when-the-brief-asks': {
      verdict: 'ok',
      fingerprint: '80cad21f071e20d4',
      note: 'Stem states the era brief; 令和8 for 2026 (令和元年 = 2019), 令和7 one short, 平成8 the previous era, Western year against the brief: each one error.',
    },
    'tr-en-ja-conventions/fiscal-year-nendo': {
      verdict: 'ok',
      fingerprint: 'dcdd6b829d254aca',
      note: '年度 for fiscal year; 年 (calendar year), past tense for results to come, March for May each one error. Key phrasing natural in an IR notice.',
    },
    'tr-en-ja-conventions/full-width-full-stop-and-comma': {
      verdict: 'ok',
      fingerprint: '96b6a49b00d41c43',
      note: 'Full-width 、。 key; half-width , . and a missing 。 are punctuation errors. Fixed: the negation distractor "ご確認くださいません" was malformed; now "再度ご確認いただく必要はありません".',
    },
    'tr-en-ja-conventions/kagikakko-for-a-name-in-quotes': {
      verdict: 'ok',
      fingerprint: '6ad3141f424ece94',
      note: '「」 around a product name; English "", 『』 (kept for titles and nested quotes) and () each a punctuation error a Japanese editor marks.',
    },
    'tr-en-ja-conventions/katakana-for-a-foreign-surname': {
      verdict: 'ok',
      fingerprint: '4595d6829c06588a',
      note: 'Fixed: "Smith様" is common in business email, so the stem now states the style (foreign names in katakana). Hiragana, Latin letters and off-standard katakana (スミツ, ミッラー, ブロウン) each one error; 様 and ご連絡ください checked.',
    },
    'tr-en-ja-conventions/man-for-millions-of-users': {
      verdict: 'ok',
      fingerprint: 'd7983ce104867695',
      note: '2.5 million = 250万 etc. recomputed by the key test; 25万, 2500万 and 2億5000万 are the three misplaced powers of ten.',
    },
    'tr-en-ja-conventions/man-for-yen-in-ten-thousands': {
      verdict: 'ok',
      fingerprint: '6e793ed1b8814148',
      note: '¥150,000 = 15万円 etc.; ×10, ÷10 and dollars each one error, recomputed by the key test.',
    },
    'tr-en-ja-conventions/nakaguro-between-given-and-family-name': {
      verdict: 'ok',
      fingerprint: 'd831b8b731d8c48f',
      note: '・ between given and family name with 氏 in a press release; no separator, hiragana and 、 each one error. Cross-out rule 0.51, kept.',
    },
    'tr-en-ja-conventions/oku-for-hundreds-of-millions-of-yen': {
      verdict: 'ok',
      fingerprint: '9edcb559b4e2057f',
      note: '300 million yen = 3億円 etc.; 万 for million, ×10, ÷10 and dollars each one error, recomputed by the key test.',
    },
    'tr-en-ja-conventions/pm-time-gogo-or-24-hour': {
      verdict: 'ok',
      fingerprint: 'd358feba188f0569',
      note: 'Both 午後3時 and 15時 accepted in the key; p.m. dropped, 午前, and 午後15時 each one error; recomputed by the key test.',
    },
    'tr-en-ja-conventions/yen-after-the-amount-with-tax': {
      verdict: 'ok',
      fingerprint: '71224694cc9f117a',
      note: 'Flagged cue: most-similar 0.61 over 300 draws after the review, under the 0.69 the Russian review kept. 円 after the figure, (税込); full-stop separator, ÷10 and 税抜 each one error.',
    },
    'tr-en-ja-conventions/yen-total-en-after': {
      verdict: 'ok',
      fingerprint: '752c4f57f1ee852e',
      note: '合計 with 円 after the figure; 円 before, dollars and ×10 each one error, recomputed by the key test.',
    },
    'tr-en-ja-grammar/counter-dai-for-machines': {
      verdict: 'ok',
      fingerprint: 'b4858ff235896637',
      note: '台 for laptops, printers, monitors; 枚, 本 and non-past each one error; counter table in the key test.',
    },
    'tr-en-ja-grammar/counter-hai-for-cups': {
      verdict: 'ok',
      fingerprint: '9ed1e2f4167eed4d',
      note: '杯 for cups; 枚, 台, 本 and で for the object each one error; 1日に and 毎日 phrasings checked.',
    },
    'tr-en-ja-grammar/counter-hiki-for-small-animals': {
      verdict: 'ok',
      fingerprint: '2a200548109cadd0',
      note: '匹 for cats; 頭, 人, 羽 each a wrong counter; 飼っています and plain 飼っている both fine in a one-sentence text.',
    },
    'tr-en-ja-grammar/counter-hon-for-pens': {
      verdict: 'ok',
      fingerprint: '500a8cf388ac96bd',
      note: '本 for pens, umbrellas, bottles; 枚, 台, 冊 each a wrong counter; 買って/購入して both natural.',
    },
    'tr-en-ja-grammar/counter-mai-for-tickets': {
      verdict: 'ok',
      fingerprint: 'd729a56bcb3a7d10',
      note: '枚 for tickets, stamps, sheets; 本, 冊, 匹 and を for the subject of ある each one error.',
    },
    'tr-en-ja-grammar/counter-nin-for-people': {
      verdict: 'ok',
      fingerprint: '3a2b43e812ca5b92',
      note: '人 for engineers; 匹, 台, に for the object and 解雇 (dismissed) each one error.',
    },
    'tr-en-ja-grammar/counter-satsu-for-books': {
      verdict: 'ok',
      fingerprint: '882ad6ae11aaaa3b',
      note: '冊 for books, magazines, notebooks; 本, 枚 and 貸す (lent) each one error.',
    },
    'tr-en-ja-grammar/de-for-means-ni-for-destination': {
      verdict: 'ok',
      fingerprint: 'e19e9fbe501e8e04',
      note: 'で for the means and に/へ for the destination; に for means, を for destination and 来る for going each one error. Most-similar 0.55, kept.',
    },
    'tr-en-ja-grammar/de-for-where-an-event-happens': {
      verdict: 'ok',
      fingerprint: '8f680ede41c642fe',
      note: 'で for where a seminar is held; に, past and 中止 each one error. Most-similar 0.50, kept.',
    },
    'tr-en-ja-grammar/desu-masu-kept-through-a-web-page': {
      verdict: 'ok',
      fingerprint: '9032b5d58bdc37a1',
      note: 'Stem states the です/ます style; plain だ, a plain verb, negation and 有料 each one error.',
    },
    'tr-en-ja-grammar/ga-after-a-question-word': {
      verdict: 'ok',
      fingerprint: '75eaa329b60f3126',
      note: 'が after 誰; は after the question word, を for the subject, non-past each one error; どなた variant checked.',
    },
    'tr-en-ja-grammar/ga-inside-a-relative-clause': {
      verdict: 'ok',
      fingerprint: '23da8c8a4c66c876',
      note: 'が/の for the subject inside the relative clause; は, non-past and the English-order clause each one error (the last is odd Japanese by design, named as word order).',
    },
    'tr-en-ja-grammar/ga-with-suki': {
      verdict: 'ok',
      fingerprint: 'acaf41e67e9edb72',
      note: 'が with 好き; を (named as the prescriptive error), past and 嫌い each one error; the は contrast key variant checked.',
    },
    'tr-en-ja-grammar/i-adjective-polite-past': {
      verdict: 'ok',
      fingerprint: 'fce1e85a7a6fd065',
      note: '高かったです; 高いでした, present and 安い each one error.',
    },
    'tr-en-ja-grammar/intransitive-teiru-window': {
      verdict: 'ok',
      fingerprint: '4ea4f8ea3b4d7e6a',
      note: 'Intransitive 開いている for a state; transitive 開けている, 開きます and 閉まっている each one error.',
    },
    'tr-en-ja-grammar/kureru-for-giving-to-the-speaker': {
      verdict: 'ok',
      fingerprint: '6835a8241a0db2fe',
      note: 'くれる or もらう with the right roles; あげる, もらう with the giver as subject and に with くれる each one error.',
    },
    'tr-en-ja-grammar/mada-teinai-for-not-yet': {
      verdict: 'ok',
      fingerprint: 'e6c99a9ac8fe40fc',
      note: 'まだ〜ていません; 〜ませんでした, もう (no longer) and dropped negation each one error.',
    },
    'tr-en-ja-grammar/mou-for-already': {
      verdict: 'ok',
      fingerprint: '6ca37a30bf87b08a',
      note: 'もう with the past; まだ, non-past and に for the object each one error.',
    },
    'tr-en-ja-grammar/na-adjective-polite-past': {
      verdict: 'ok',
      fingerprint: '5ced85e4804be020',
      note: '親切でした; 親切かったです, present and 不親切 each one error.',
    },
    'tr-en-ja-grammar/ni-and-ga-for-existence': {
      verdict: 'ok',
      fingerprint: '9c9d0c872aa23441',
      note: 'に and ある for an object; で, いる and negation each one error.',
    },
    'tr-en-ja-grammar/ni-for-the-receiver': {
      verdict: 'ok',
      fingerprint: 'f0b25caad9f1cce4',
      note: 'に for the receiver; で, non-past and 受け取る (receiver made the sender) each one error.',
    },
    'tr-en-ja-grammar/ni-wa-for-is-there-nearby': {
      verdict: 'ok',
      fingerprint: '3a88fb852865085e',
      note: 'に…はありますか; で, いる for a place and the past each one error.',
    },
    'tr-en-ja-grammar/ni-with-au': {
      verdict: 'ok',
      fingerprint: '813e8311f0e149a7',
      note: 'に or と with 会う, で for the place; を, に for the place and non-past each one error.',
    },
    'tr-en-ja-grammar/no-for-affiliation': {
      verdict: 'ok',
      fingerprint: 'f03558de4e7d8e8d',
      note: "営業部の田中です; reversed の phrase, で and さん after one's own name each one error.",
    },
    'tr-en-ja-grammar/passive-for-was-built': {
      verdict: 'ok',
      fingerprint: '2ca5ae270baaa448',
      note: 'Passive 建てられた/建設された with 年に; active voice, で for a year and non-past each one error.',
    },
    'tr-en-ja-grammar/plain-style-kept-through-a-report': {
      verdict: 'ok',
      fingerprint: '3f6f9f11560fdaa0',
      note: 'Stem states the である style; ました, に増加 (rose to) and 減少 each one error.',
    },
    'tr-en-ja-grammar/polite-request-in-a-manual': {
      verdict: 'ok',
      fingerprint: 'c3305e0ee52bd845',
      note: 'Stem states a です/ます manual; 押してください and 押します both manual style; 押せ, を with 点灯 and 消灯 each one error.',
    },
    'tr-en-ja-grammar/reading-days-of-the-month': {
      verdict: 'ok',
      fingerprint: '17b29b4de4150fdb',
      note: 'ついたち, ふつか, はつか. Fixed the error name: いちにち/ににち/にじゅうにち are Sino-Japanese readings, not durations (2 and 20 days are also ふつか, はつか). で for a time and 閉店 each one error.',
    },
    'tr-en-ja-grammar/reading-hiki-sound-change': {
      verdict: 'ok',
      fingerprint: 'e1bf9373d0c1841b',
      note: 'いっぴき, さんびき, ろっぴき checked against the key test table; unvoiced ひき, ある for animals and 人 each one error.',
    },
    'tr-en-ja-grammar/reading-hon-sound-change': {
      verdict: 'ok',
      fingerprint: '1810ceddc2c8a225',
      note: 'いっぽん, さんぼん, ろっぽん checked against the key test table; ほん without sound change, non-past and 枚 each one error.',
    },
    'tr-en-ja-grammar/reading-people-native-numerals': {
      verdict: 'ok',
      fingerprint: 'd095ea746cc275fb',
      note: 'ひとり, ふたり, よにん; いちにん/ににん/よんにん, 匹 and を each one error. Least-similar 0.56 over 300 draws, kept.',
    },
    'tr-en-ja-grammar/relative-clause-book-bought-yesterday': {
      verdict: 'ok',
      fingerprint: 'bb5f779b9c22b197',
      note: 'Past 買った before the noun; non-past, の after the clause and the English order each one error (the last is odd by design, named as word order).',
    },
    'tr-en-ja-grammar/relative-clause-colleague-met-in': {
      verdict: 'ok',
      fingerprint: '41b8c1159a4a5f97',
      note: 'で会った同僚; に for the place, non-past, English order and passive 紹介された each one error.',
    },
    'tr-en-ja-grammar/relative-clause-shop-where-i-work': {
      verdict: 'ok',
      fingerprint: 'f7768eb77832fbf8',
      note: '私が/の働いている店; は in the clause, の after the clause and 開きます each one error.',
    },
    'tr-en-ja-grammar/tara-for-when-i-arrive': {
      verdict: 'ok',
      fingerprint: 'be9f31bf8eaeaad7',
      note: 'たら or 次第 for a future arrival; で with 着く, past and 前に each one error.',
    },
    'tr-en-ja-grammar/teiru-for-a-duration-up-to-now': {
      verdict: 'ok',
      fingerprint: '55641d37034351cc',
      note: 'ている for a stay that goes on; で with 住む, non-past and past each one error. Most-similar 0.52, kept.',
    },
    'tr-en-ja-grammar/teiru-for-a-resulting-state': {
      verdict: 'ok',
      fingerprint: 'acd935ac48c1a7c7',
      note: 'Fixed: the key variant "既に結婚しています" added "already"; now the honorific "結婚されています". 結婚します, negation and past each one error.',
    },
    'tr-en-ja-grammar/teiru-for-an-action-in-progress': {
      verdict: 'ok',
      fingerprint: 'cba1b3cbd19af690',
      note: 'ている/ているところ for now; non-past, past and が for the object each one error.',
    },
    'tr-en-ja-lexis/bike-is-a-bicycle': {
      verdict: 'ok',
      fingerprint: '3b618724eac3e1ec',
      note: 'Stem says the writer cycles, so 自転車 is the only key; バイク, に for means and 徒歩 each one error.',
    },
    'tr-en-ja-lexis/catch-a-cold-hiku': {
      verdict: 'ok',
      fingerprint: '24f4225271396658',
      note: '風邪をひく; 捕まえる, 治った and に each one error.',
    },
    'tr-en-ja-lexis/claim-is-not-kureemu': {
      verdict: 'ok',
      fingerprint: '91b161cd5bfeda65',
      note: 'A warranty claim as 保証の請求/保証修理の申請; クレーム (complaint), refusal and insurance each one error.',
    },
    'tr-en-ja-lexis/consent-is-not-konsento': {
      verdict: 'ok',
      fingerprint: '2e6de6ab05cf3387',
      note: '同意/同意書; コンセント, 不要 and 口頭 each one error. Most-similar 0.56 over 300 draws, kept.',
    },
    'tr-en-ja-lexis/cooler-is-a-cool-box': {
      verdict: 'ok',
      fingerprint: '90034de638260b05',
      note: 'クーラーボックス; クーラー (air conditioner), で and 出す each one error.',
    },
    'tr-en-ja-lexis/cunning-is-not-kanningu': {
      verdict: 'ok',
      fingerprint: '4b1dde0eaed85071',
      note: 'ずる賢い/狡猾な; カンニング, 素直/単純 and 忘れた each one error.',
    },
    'tr-en-ja-lexis/front-is-not-furonto': {
      verdict: 'ok',
      fingerprint: 'd2261bc558494581',
      note: 'の前で/正面で; フロント, 後ろ/裏 and に for where one waits each one error.',
    },
    'tr-en-ja-lexis/have-a-meeting-hiraku': {
      verdict: 'ok',
      fingerprint: 'c7c105a39a493fe6',
      note: 'Fixed: "会議を持ちます" was defensible (会合を持つ is standard Japanese); now the calque 所有する (own). Past and まで for the start each one error.',
    },
    'tr-en-ja-lexis/heavy-rain-ooame': {
      verdict: 'ok',
      fingerprint: '161117771d7d638e',
      note: '大雨/激しい雨; 重い雨, 小雨 and 昨日 each one error.',
    },
    'tr-en-ja-lexis/high-fever-netsu-ga-takai': {
      verdict: 'ok',
      fingerprint: '7f1f996f1b5efb75',
      note: '熱が高い; 高い熱を持っている (熱を持つ is for a hot wound, not a fever), 低い and を for the topic each one error.',
    },
    'tr-en-ja-lexis/jug-is-not-jokki': {
      verdict: 'ok',
      fingerprint: '042b49b2edec5c59',
      note: '水差し/ピッチャー; ジョッキ, 片付ける and を for the destination each one error.',
    },
    'tr-en-ja-lexis/lose-weight-yaseru': {
      verdict: 'ok',
      fingerprint: '31edd3e80366b0e5',
      note: '落としたい/痩せたい; 失う, 増やす/太る and the past each one error.',
    },
    'tr-en-ja-lexis/make-a-decision-kimeru': {
      verdict: 'ok',
      fingerprint: 'ae7d00c35a473fc3',
      note: '決める/決定する/結論を出す by までに; 決定を作る, してはいけない and に for a deadline each one error.',
    },
    'tr-en-ja-lexis/make-a-mistake-machigaeru': {
      verdict: 'ok',
      fingerprint: 'f36dedf863365a7d',
      note: '間違える/ミスをする; 間違いを作る, 訂正 and non-past each one error.',
    },
    'tr-en-ja-lexis/mansion-is-a-flat': {
      verdict: 'ok',
      fingerprint: '91215f2082dd0c06',
      note: 'Fixed: a key variant put the house in 郊外 (suburbs) for "countryside", and a distractor carried that second error; both now 田舎. マンション, past and 都会 each one error. Most-similar 0.58 over 300 draws, kept.',
    },
    'tr-en-ja-lexis/naive-is-not-naibu': {
      verdict: 'ok',
      fingerprint: 'e287831d63be0002',
      note: '世間知らず/考えが甘い; ナイーブ (sensitive), ずる賢い and past each one error.',
    },
    'tr-en-ja-lexis/play-the-piano-hiku': {
      verdict: 'ok',
      fingerprint: '6ac17f1095e18c90',
      note: '弾く/演奏する; 遊ぶ, 吹く and negation each one error.',
    },
    'tr-en-ja-lexis/reform-is-not-rifoomu': {
      verdict: 'ok',
      fingerprint: '13aee1366037fc69',
      note: '制度改革/見直し; リフォーム (home renovation), 撤回 and non-past each one error.',
    },
    'tr-en-ja-lexis/run-a-company-keiei': {
      verdict: 'ok',
      fingerprint: '359f3a9f3c15386d',
      note: '経営する/営む; 走らせる, で for the object and 働いている each one error.',
    },
    'tr-en-ja-lexis/smart-is-clever-not-slim': {
      verdict: 'ok',
      fingerprint: '6a3e5dcb3147a1cb',
      note: '頭がいい/賢い/聡明; スマート (slim), おしゃれ and 頭がいいでした each one error.',
    },
    'tr-en-ja-lexis/stove-is-a-cooker': {
      verdict: 'ok',
      fingerprint: '0b87f2c361bb63ac',
      note: 'コンロ/火にかける; ストーブ (heater), 冷やす and 電子レンジ each one error.',
    },
    'tr-en-ja-lexis/strong-coffee-koi': {
      verdict: 'ok',
      fingerprint: '313adc5e3362087e',
      note: '濃い; 強い, 薄い and 熱い each one error.',
    },
    'tr-en-ja-lexis/take-a-photo-toru-kanji': {
      verdict: 'ok',
      fingerprint: '741a41d1a1c28037',
      note: '撮る, 撮影はご遠慮ください; 取る (kanji), dropped negation and 作る each one error. Least-similar 0.52, kept.',
    },
    'tr-en-ja-lexis/take-a-shower-abiru': {
      verdict: 'ok',
      fingerprint: '8f3b6883f953c8fd',
      note: 'シャワーを浴びる; 取る, past for a habit and お風呂 each one error.',
    },
    'tr-en-ja-lexis/take-medicine-nomu': {
      verdict: 'ok',
      fingerprint: 'cc9fc04bf558a0f9',
      note: 'Flagged cue (0.67). Fixed: the negation distractor, the longest option, replaced by 塗る (for the skin); least-similar 0.61 over 300 draws after it, kept. 飲む/服用する key; 取る and 食べる each one error.',
    },
    'tr-en-ja-lexis/tension-is-not-tenshon': {
      verdict: 'ok',
      fingerprint: '212bc7787d9376bc',
      note: '緊張感/張りつめた空気; テンション, negation and 安心感 each one error. Most-similar 0.54, kept.',
    },
    'tr-en-ja-lexis/trainers-are-sneakers': {
      verdict: 'ok',
      fingerprint: 'd4d5fcd89293db97',
      note: 'Stem says British English; スニーカー/運動靴; トレーナー (sweatshirt), コーチ and 借りた each one error.',
    },
    'tr-en-ja-lexis/trump-card-is-kirifuda': {
      verdict: 'ok',
      fingerprint: 'cc588c7d852953f2',
      note: '切り札; トランプ, 弱点 and 高価格 each one error. Most-similar 0.55, kept.',
    },
    'tr-en-ja-lexis/turn-on-the-light-tsukeru': {
      verdict: 'ok',
      fingerprint: '818e0a55f58da42f',
      note: 'つける/入れる; 回す, 消す/切る and が for the object each one error.',
    },
    'tr-en-ja-lexis/wear-a-helmet-kaburu': {
      verdict: 'ok',
      fingerprint: '94e81e8f4e2cbda3',
      note: 'Flagged cue (least similar 0.67): only the key used 着用. Fixed: "take off" distractor replaced by a negation carrying 着用しない/かぶらない. 着る and 履く each one error. Not among the families over 0.5 after the fix.',
    },
    'tr-en-ja-lexis/wear-glasses-kakeru': {
      verdict: 'ok',
      fingerprint: 'fc864e7528dd7a70',
      note: 'かける/着用する for glasses; かぶる, 着る and 外す each one error.',
    },
    'tr-en-ja-lexis/wear-shoes-haku': {
      verdict: 'ok',
      fingerprint: 'c0a1802ea11b0c74',
      note: '履く for shoes; 着る, かぶる and 脱ぐ each one error.',
    },
    'tr-en-ja-register/break-the-ice': {
      verdict: 'ok',
      fingerprint: '4e74294a0d7dc351',
      note: '場を和ませる/緊張をほぐす; 氷を割る, spoil the mood and 聞いた each one error.',
    },
    'tr-en-ja-register/congratulations-on-a-promotion': {
      verdict: 'ok',
      fingerprint: '0390932a4b827e61',
      note: 'ご昇進おめでとうございます; casual おめでとう, thanks and condolences each one error.',
    },
    'tr-en-ja-register/go-jiai-kudasai': {
      verdict: 'ok',
      fingerprint: 'f04e2cf60ff36eae',
      note: 'Flagged "お体をご自愛ください": 自愛 already means caring for one\'s own body, the redundancy the manners guides name; a real addition and a common slip, kept. Casual farewell and 暑い each one error.',
    },
    'tr-en-ja-register/go-kakunin-kudasai': {
      verdict: 'ok',
      fingerprint: '573362e6f4100be2',
      note: 'ご確認ください; 拝見して (謙譲語 for the client), plain て and 削除 each one error.',
    },
    'tr-en-ja-register/haiken-for-the-writers-reading': {
      verdict: 'ok',
      fingerprint: '74e132dc24955c61',
      note: '拝見/拝読/目を通させていただく; ご覧になる for oneself, plain form and non-past each one error.',
    },
    'tr-en-ja-register/kenjougo-for-the-writers-visit': {
      verdict: 'ok',
      fingerprint: '97fe0bb02848df7f',
      note: 'Fixed: the key used 御社 in an email while the letter family marks 御社 in writing; now 貴社, the form guides give for writing. 伺う/参る key; いらっしゃる, 弊社 and casual each one error.',
    },
    'tr-en-ja-register/kisha-in-a-written-letter': {
      verdict: 'ok',
      fingerprint: '99b8a8b608ceb821',
      note: 'Flagged 御社: 貴社 is the written form and 御社 the spoken one, as the job-hunting guides teach; the stem now says "written cover letter". 弊社 and あなたの会社 each one error.',
    },
    'tr-en-ja-register/meshiagaru-for-a-guest-eating': {
      verdict: 'ok',
      fingerprint: '84276e68356ce266',
      note: '召し上がってください; いただいて, 食えよ and 自分で作って each one error. Longest-option 0.55, kept.',
    },
    'tr-en-ja-register/moushiwake-gozaimasen-for-a-delay': {
      verdict: 'ok',
      fingerprint: 'c741576940f01b08',
      note: "申し訳ございません/失礼いたしました; casual ごめん, 尊敬語 for one's own delay and 残念 each one error.",
    },
    'tr-en-ja-register/okoshi-itadaki': {
      verdict: 'ok',
      fingerprint: '11ae374901455874',
      note: 'お越しいただき/ご来場いただき; casual, 参って for the guests and 昨日 each one error.',
    },
    'tr-en-ja-register/omachi-shite-orimasu': {
      verdict: 'ok',
      fingerprint: '60e0b1385f61045e',
      note: 'お待ちしております; てます, お待ちになって (尊敬語 for oneself) and 前向きに見る each one error.',
    },
    'tr-en-ja-register/osewa-ni-natte-orimasu-opening': {
      verdict: 'ok',
      fingerprint: '1ea89c958be2c6e5',
      note: 'Stem names a regular client, so いつもお世話になっております is the set opening; お元気ですか, てます and the past each one error.',
    },
    'tr-en-ja-register/ossharu-for-the-clients-words': {
      verdict: 'ok',
      fingerprint: '4d4aeb4a26fc266d',
      note: 'おっしゃる for the client; 申した, 言った and negation each one error.',
    },
    'tr-en-ja-register/otsukaresama-to-a-manager': {
      verdict: 'ok',
      fingerprint: '76e613b3ca0f148e',
      note: 'お疲れ様でした; ご苦労様 (to juniors), casual and 昨日 each one error.',
    },
    'tr-en-ja-register/payment-received-kenjougo': {
      verdict: 'ok',
      fingerprint: 'f955025badd64601',
      note: '確認いたしました/拝受/受領いたしました; お受け取りになる for oneself, casual and non-past each one error.',
    },
    'tr-en-ja-register/piece-of-cake': {
      verdict: 'ok',
      fingerprint: '72ac85e222119bf1',
      note: 'Stem says a chat with a colleague; 朝飯前/楽勝; ケーキ一切れ, 難しい and past each one error.',
    },
    'tr-en-ja-register/raining-cats-and-dogs': {
      verdict: 'ok',
      fingerprint: '502262658f2bcd54',
      note: '土砂降り/激しい雨; literal 猫と犬, 小雨 and past each one error.',
    },
    'tr-en-ja-register/request-with-itadakeru': {
      verdict: 'ok',
      fingerprint: '88c6afd12998f642',
      note: 'お送りいただけますでしょうか; casual, お送りしていただけますか (謙譲語 inside the request) and causative each one error.',
    },
    'tr-en-ja-register/sonkeigo-for-the-clients-coming': {
      verdict: 'ok',
      fingerprint: '5cfee727ed8ba478',
      note: 'Fixed: 御社 in the pronoun distractor now 貴社 (written). いらっしゃる/お越しになる; 参る, 来る and 貴社 for our office each one error. Longest-option 0.55, kept.',
    },
    'tr-en-ja-register/to-moushimasu-for-ones-own-name': {
      verdict: 'ok',
      fingerprint: '36f863ade3a2f34c',
      note: "と申します/でございます; さん after one's name, おっしゃる and reversed の phrase each one error. Most-similar 0.53, kept.",
    },
    'tr-en-ja-register/two-birds-one-stone': {
      verdict: 'ok',
      fingerprint: 'aa2cb83923d0f207',
      note: '一石二鳥; literal, 二兎を追う and 一石三鳥 each one error.',
    },
    'tr-en-ja-register/yoroshiku-closing': {
      verdict: 'ok',
      fingerprint: 'fe7427c74d8b0a3c',
      note: 'よろしくお願いいたします; 前もってありがとう, casual and past each one error.',
    },
  },
}
