import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Japanese (Japan): writing conventions a translation must switch (dates as year, month
 * and day with 年月日 and the Western year unless a brief asks for the era name, the weekday in
 * brackets after the date, large numbers in 万 and 億, amounts with 円 after the figure, the
 * decimal point, times with 午前/午後 or the 24-hour clock, the full-width 。、 and 「」, foreign
 * names in katakana with ・ between given and family name).
 */
export const JA_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'date-year-month-day',
    source:
      '[Brief: dates with the Western year] The contract takes effect on ⟨4 December 2026;12 May 2026;9 November 2026⟩.',
    frame:
      '⟦⟪契約は⟨2026年12月4日;2026年5月12日;2026年11月9日⟩に発効します。;⟨2026年12月4日;2026年5月12日;2026年11月9日⟩から契約の効力が生じます。;本契約は⟨2026年12月4日;2026年5月12日;2026年11月9日⟩をもって発効します。⟫|⟪契約は⟨12月4日2026年;5月12日2026年;11月9日2026年⟩に発効します。;⟨12月4日2026年;5月12日2026年;11月9日2026年⟩から契約の効力が生じます。⟫=format: the year after the month and day as in English|⟪⟨2026年4月12日;2026年12月5日;2026年9月11日⟩から契約の効力が生じます。;本契約は⟨2026年4月12日;2026年12月5日;2026年9月11日⟩をもって発効します。⟫=format: day and month swapped (reads as another day)|⟪本契約は⟨令和8年12月4日;令和8年5月12日;令和8年11月9日⟩をもって発効します。;契約は⟨令和8年12月4日;令和8年5月12日;令和8年11月9日⟩に発効します。⟫=format: the era name where the brief does not ask for it⟧',
  },
  {
    id: 'date-with-weekday',
    source:
      'The office is closed on ⟨Friday, 4 December;Monday, 7 December;Wednesday, 23 December⟩.',
    frame:
      '⟦⟪⟨12月4日(金);12月7日(月);12月23日(水)⟩は休業いたします。;⟨12月4日(金);12月7日(月);12月23日(水)⟩は休業日となります。;誠に勝手ながら、⟨12月4日(金);12月7日(月);12月23日(水)⟩は休業させていただきます。⟫|⟪⟨(金)12月4日;(月)12月7日;(水)12月23日⟩は休業いたします。;⟨(金)12月4日;(月)12月7日;(水)12月23日⟩は休業日となります。⟫=format: the weekday before the date|⟪⟨12月4日(土);12月7日(火);12月23日(木)⟩は休業日となります。;誠に勝手ながら、⟨12月4日(土);12月7日(火);12月23日(木)⟩は休業させていただきます。⟫=mistranslation: the weekday of the next day|⟪誠に勝手ながら、⟨4日12月(金);7日12月(月);23日12月(水)⟩は休業させていただきます。;⟨4日12月(金);7日12月(月);23日12月(水)⟩は休業いたします。⟫=format: the day before the month as in English⟧',
  },
  {
    id: 'era-name-when-the-brief-asks',
    source:
      '[Form for a Japanese city office: dates in the Japanese era] The application was submitted on ⟨1 April 2026;15 July 2026;3 March 2026⟩.',
    frame:
      '⟦⟪申請書は⟨令和8年4月1日;令和8年7月15日;令和8年3月3日⟩に提出されました。;⟨令和8年4月1日;令和8年7月15日;令和8年3月3日⟩付けで申請書が提出されています。;申請書の提出日は⟨令和8年4月1日;令和8年7月15日;令和8年3月3日⟩です。⟫|⟪申請書は⟨2026年4月1日;2026年7月15日;2026年3月3日⟩に提出されました。;⟨2026年4月1日;2026年7月15日;2026年3月3日⟩付けで申請書が提出されています。⟫=format: the Western year where the form asks for the era name|⟪⟨令和7年4月1日;令和7年7月15日;令和7年3月3日⟩付けで申請書が提出されています。;申請書の提出日は⟨令和7年4月1日;令和7年7月15日;令和7年3月3日⟩です。⟫=format: era year counted one short (令和1年 is 2019)|⟪申請書の提出日は⟨平成8年4月1日;平成8年7月15日;平成8年3月3日⟩です。;申請書は⟨平成8年4月1日;平成8年7月15日;平成8年3月3日⟩に提出されました。⟫=format: the previous era name (平成 ended in 2019)⟧',
  },
  {
    id: 'man-for-millions-of-users',
    source: 'The app has ⟨2.5 million;1.2 million;3.8 million⟩ users.',
    frame:
      '⟦⟪このアプリの利用者は⟨250万人;120万人;380万人⟩です。;このアプリは⟨250万人;120万人;380万人⟩に利用されています。;利用者数は⟨250万人;120万人;380万人⟩に上ります。⟫|⟪このアプリの利用者は⟨25万人;12万人;38万人⟩です。;このアプリは⟨25万人;12万人;38万人⟩に利用されています。⟫=mistranslation: millions read as hundreds of thousands (万 is 10,000)|⟪このアプリは⟨2500万人;1200万人;3800万人⟩に利用されています。;利用者数は⟨2500万人;1200万人;3800万人⟩に上ります。⟫=mistranslation: millions read as tens of millions (万 is 10,000)|⟪利用者数は⟨2億5000万人;1億2000万人;3億8000万人⟩に上ります。;このアプリの利用者は⟨2億5000万人;1億2000万人;3億8000万人⟩です。⟫=mistranslation: millions read as hundreds of millions⟧',
  },
  {
    id: 'oku-for-hundreds-of-millions-of-yen',
    source: 'The project has a budget of ⟨300;500;800⟩ million yen.',
    frame:
      '⟦⟪このプロジェクトの予算は⟨3億円;5億円;8億円⟩です。;本プロジェクトには⟨3億円;5億円;8億円⟩の予算が組まれています。;予算は⟨3億円;5億円;8億円⟩です。⟫|⟪このプロジェクトの予算は⟨300万円;500万円;800万円⟩です。;本プロジェクトには⟨300万円;500万円;800万円⟩の予算が組まれています。⟫=mistranslation: "million" rendered as 万 (ten thousand)|⟪本プロジェクトには⟨30億円;50億円;80億円⟩の予算が組まれています。;予算は⟨30億円;50億円;80億円⟩です。⟫=mistranslation: the amount multiplied by ten|⟪このプロジェクトの予算は⟨3億ドル;5億ドル;8億ドル⟩です。;本プロジェクトには⟨3億ドル;5億ドル;8億ドル⟩の予算が組まれています。⟫=mistranslation: yen rendered as dollars|⟪予算は⟨3000万円;5000万円;8000万円⟩です。;このプロジェクトの予算は⟨3000万円;5000万円;8000万円⟩です。⟫=mistranslation: the amount divided by ten⟧',
  },
  {
    id: 'yen-after-the-amount-with-tax',
    source: 'The price is ⟨¥12,800;¥3,980;¥45,000⟩ including tax.',
    frame:
      '⟦⟪価格は⟨12,800円;3,980円;45,000円⟩(税込)です。;税込⟨12,800円;3,980円;45,000円⟩でお求めいただけます。;販売価格は⟨12,800円;3,980円;45,000円⟩(税込)となっております。⟫|⟪価格は⟨12.800円;3.980円;45.000円⟩(税込)です。;税込⟨12.800円;3.980円;45.000円⟩でお求めいただけます。⟫=format: a full stop as thousands separator|⟪税込⟨1,280円;398円;4,500円⟩でお求めいただけます。;販売価格は⟨1,280円;398円;4,500円⟩(税込)となっております。⟫=mistranslation: the amount divided by ten|⟪税抜⟨12,800円;3,980円;45,000円⟩でお求めいただけます。;販売価格は⟨12,800円;3,980円;45,000円⟩(税抜)となっております。⟫=mistranslation: "including tax" rendered as "excluding tax"⟧',
  },
  {
    id: 'yen-total-en-after',
    source: 'Total: ⟨¥3,500;¥18,600;¥7,250⟩',
    frame:
      '⟦⟪合計：⟨3,500円;18,600円;7,250円⟩;お支払い合計は⟨3,500円;18,600円;7,250円⟩です;合計金額は⟨3,500円;18,600円;7,250円⟩となります⟫|⟪合計：⟨円3,500;円18,600;円7,250⟩;お支払い合計は⟨円3,500;円18,600;円7,250⟩です⟫=format: 円 before the amount|⟪お支払い合計は⟨3,500ドル;18,600ドル;7,250ドル⟩です;合計金額は⟨3,500ドル;18,600ドル;7,250ドル⟩となります⟫=mistranslation: yen rendered as dollars|⟪合計金額は⟨35,000円;186,000円;72,500円⟩となります;合計：⟨35,000円;186,000円;72,500円⟩⟫=mistranslation: the amount multiplied by ten⟧',
  },
  {
    id: 'decimal-point-kilograms',
    source: 'The parcel weighs ⟨2.5;3.75;1.2⟩ kg.',
    frame:
      '⟦⟪荷物の重さは⟨2.5;3.75;1.2⟩kgです。;この小包の重量は⟨2.5;3.75;1.2⟩kgです。;小包は⟨2.5;3.75;1.2⟩kgあります。⟫|⟪荷物の重さは⟨2,5;3,75;1,2⟩kgです。;この小包の重量は⟨2,5;3,75;1,2⟩kgです。⟫=format: a decimal comma (Japanese uses a decimal point)|⟪この小包の重量は⟨25;375;12⟩kgです。;小包は⟨25;375;12⟩kgあります。⟫=mistranslation: the decimal point dropped|⟪小包は⟨2.5;3.75;1.2⟩gあります。;荷物の重さは⟨2.5;3.75;1.2⟩gです。⟫=mistranslation: kilograms rendered as grams⟧',
  },
  {
    id: 'full-width-full-stop-and-comma',
    source: 'The schedule has changed, so please check it again.',
    frame:
      '⟦⟪スケジュールが変更になりましたので、再度ご確認ください。;予定が変更されましたので、もう一度ご確認ください。⟫|⟪スケジュールが変更になりましたので,再度ご確認ください.;予定が変更されましたので,もう一度ご確認ください.⟫=punctuation: the half-width English , and . for 、 and 。|⟪スケジュールが変更になりましたので、再度ご確認ください;予定が変更されましたので、もう一度ご確認ください⟫=punctuation: no 。 at the end of the sentence|⟪スケジュールが変更になりましたので、再度ご確認いただく必要はありません。;予定が変更されましたので、もう一度ご確認いただかなくても結構です。⟫=negation: a negation the source does not have⟧',
  },
  {
    id: 'kagikakko-for-a-name-in-quotes',
    source: 'Our new product is called "⟨Orion;Luna;Vega⟩".',
    frame:
      '⟦⟪新製品の名前は;新商品の名称は⟫「⟨オリオン;ルナ;ベガ⟩」です。|⟪新製品の名前は;新商品の名称は⟫"⟨オリオン;ルナ;ベガ⟩"です。=punctuation: English quotation marks for 「」|⟪新製品の名前は;新商品の名称は⟫『⟨オリオン;ルナ;ベガ⟩』です。=punctuation: the inner marks 『』 for a quotation that is not nested|⟪新製品の名前は;新商品の名称は⟫(⟨オリオン;ルナ;ベガ⟩)です。=punctuation: brackets for quotation marks⟧',
  },
  {
    id: 'katakana-for-a-foreign-surname',
    source:
      '[Email to a client; foreign names in katakana] Please contact Ms ⟨Smith;Miller;Brown⟩ directly.',
    frame:
      '⟦⟪⟨スミス;ミラー;ブラウン⟩様に直接ご連絡ください。;直接⟨スミス;ミラー;ブラウン⟩様までご連絡ください。;恐れ入りますが、⟨スミス;ミラー;ブラウン⟩様へ直接ご連絡ください。⟫|⟪⟨すみす;みらー;ぶらうん⟩様に直接ご連絡ください。;直接⟨すみす;みらー;ぶらうん⟩様までご連絡ください。⟫=spelling: a foreign name in hiragana (it is written in katakana)|⟪直接⟨Smith;Miller;Brown⟩様までご連絡ください。;恐れ入りますが、⟨Smith;Miller;Brown⟩様へ直接ご連絡ください。⟫=spelling: a foreign name left in Latin letters where the style asks for katakana|⟪恐れ入りますが、⟨スミツ;ミッラー;ブロウン⟩様へ直接ご連絡ください。;⟨スミツ;ミッラー;ブロウン⟩様に直接ご連絡ください。⟫=spelling: a katakana form that does not follow the usual transcription⟧',
  },
  {
    id: 'nakaguro-between-given-and-family-name',
    source: '[Press release] The speaker is ⟨John Smith;Anna Miller;David Brown⟩.',
    frame:
      '⟦⟪講演者は⟨ジョン・スミス;アンナ・ミラー;デビッド・ブラウン⟩氏です。;⟨ジョン・スミス;アンナ・ミラー;デビッド・ブラウン⟩氏が講演します。;本日の講師は⟨ジョン・スミス;アンナ・ミラー;デビッド・ブラウン⟩氏です。⟫|⟪講演者は⟨ジョンスミス;アンナミラー;デビッドブラウン⟩氏です。;⟨ジョンスミス;アンナミラー;デビッドブラウン⟩氏が講演します。⟫=punctuation: no ・ between the given and family names|⟪⟨じょん・すみす;あんな・みらー;でびっど・ぶらうん⟩氏が講演します。;本日の講師は⟨じょん・すみす;あんな・みらー;でびっど・ぶらうん⟩氏です。⟫=spelling: a foreign name in hiragana (it is written in katakana)|⟪本日の講師は⟨ジョン、スミス;アンナ、ミラー;デビッド、ブラウン⟩氏です。;講演者は⟨ジョン、スミス;アンナ、ミラー;デビッド、ブラウン⟩氏です。⟫=punctuation: 、 (a list comma) between the given and family names⟧',
  },
  {
    id: 'pm-time-gogo-or-24-hour',
    source: 'The meeting starts at ⟨3;5;2⟩ p.m.',
    frame:
      '⟦⟪会議は⟨午後3時;午後5時;午後2時⟩から始まります。;⟨15時;17時;14時⟩に会議が始まります。;会議の開始時刻は⟨午後3時;午後5時;午後2時⟩です。;会議は⟨15時;17時;14時⟩から始まります。⟫|⟪会議は⟨3時;5時;2時⟩から始まります。;⟨3時;5時;2時⟩に会議が始まります。⟫=mistranslation: "p.m." dropped (reads as the morning)|⟪⟨午前3時;午前5時;午前2時⟩に会議が始まります。;会議の開始時刻は⟨午前3時;午前5時;午前2時⟩です。⟫=mistranslation: "p.m." rendered as 午前|⟪会議の開始時刻は⟨午後15時;午後17時;午後14時⟩です。;会議は⟨午後15時;午後17時;午後14時⟩から始まります。⟫=format: 午後 with a 24-hour figure⟧',
  },
  {
    id: 'am-time-with-minutes',
    source: 'The train leaves at ⟨9:30;8:45;7:15⟩ a.m.',
    frame:
      '⟦⟪電車は⟨午前9時30分;午前8時45分;午前7時15分⟩に出発します。;⟨午前9時30分;午前8時45分;午前7時15分⟩発の電車です。;電車の出発時刻は⟨午前9時30分;午前8時45分;午前7時15分⟩です。⟫|⟪電車は⟨午後9時30分;午後8時45分;午後7時15分⟩に出発します。;⟨午後9時30分;午後8時45分;午後7時15分⟩発の電車です。⟫=mistranslation: "a.m." rendered as 午後|⟪⟨9時30分午前;8時45分午前;7時15分午前⟩発の電車です。;電車の出発時刻は⟨9時30分午前;8時45分午前;7時15分午前⟩です。⟫=format: 午前 after the time as in English (it goes before)|⟪電車の出発時刻は⟨午前9時13分;午前8時54分;午前7時51分⟩です。;電車は⟨午前9時13分;午前8時54分;午前7時51分⟩に出発します。⟫=mistranslation: the minutes misread⟧',
  },
  {
    id: 'fiscal-year-nendo',
    source: 'Results for fiscal year ⟨2025;2026;2024⟩ will be published in May.',
    frame:
      '⟦⟪⟨2025年度;2026年度;2024年度⟩の決算は5月に発表されます。;⟨2025年度;2026年度;2024年度⟩決算の発表は5月の予定です。;5月に⟨2025年度;2026年度;2024年度⟩の業績が発表されます。⟫|⟪⟨2025年;2026年;2024年⟩の決算は5月に発表されます。;5月に⟨2025年;2026年;2024年⟩の業績が発表されます。⟫=mistranslation: "fiscal year" rendered as the calendar year (年度 is needed)|⟪⟨2025年度;2026年度;2024年度⟩の決算は5月に発表されました。;⟨2025年度;2026年度;2024年度⟩決算の発表は5月でした。⟫=wrong tense: past for results still to come|⟪⟨2025年度;2026年度;2024年度⟩決算の発表は3月の予定です。;3月に⟨2025年度;2026年度;2024年度⟩の業績が発表されます。⟫=mistranslation: May rendered as March⟧',
  },
  {
    id: 'man-for-yen-in-ten-thousands',
    source: 'The repair costs about ⟨¥150,000;¥80,000;¥230,000⟩.',
    frame:
      '⟦⟪修理費は約⟨15万円;8万円;23万円⟩です。;修理には約⟨15万円;8万円;23万円⟩かかります。;修理代はおよそ⟨15万円;8万円;23万円⟩です。⟫|⟪修理費は約⟨150万円;80万円;230万円⟩です。;修理には約⟨150万円;80万円;230万円⟩かかります。⟫=mistranslation: the amount multiplied by ten (万 is 10,000)|⟪修理には約⟨1万5000円;8000円;2万3000円⟩かかります。;修理代はおよそ⟨1万5000円;8000円;2万3000円⟩です。⟫=mistranslation: the amount divided by ten (万 is 10,000)|⟪修理代はおよそ⟨15万ドル;8万ドル;23万ドル⟩です。;修理費は約⟨15万ドル;8万ドル;23万ドル⟩です。⟫=mistranslation: yen rendered as dollars⟧',
  },
  {
    id: 'date-range-kara-made',
    source: 'The sale runs from ⟨1 to 5 April;10 to 16 June;20 to 27 October⟩.',
    frame:
      "⟦⟪セールは⟨4月1日から5日まで;6月10日から16日まで;10月20日から27日まで⟩です。;⟨4月1日から5日まで;6月10日から16日まで;10月20日から27日まで⟩、セールを開催します。;セール期間は⟨4月1日から5日まで;6月10日から16日まで;10月20日から27日まで⟩となります。⟫|⟪セールは⟨1日から4月5日まで;10日から6月16日まで;20日から10月27日まで⟩です。;⟨1日から4月5日まで;10日から6月16日まで;20日から10月27日まで⟩、セールを開催します。⟫=format: the month placed with the end date only as in English|⟪⟨4月1日と5日;6月10日と16日;10月20日と27日⟩、セールを開催します。;セール期間は⟨4月1日と5日;6月10日と16日;10月20日と27日⟩となります。⟫=mistranslation: the range rendered as two single days (と, and)|⟪セール期間は⟨5月1日から5日まで;7月10日から16日まで;11月20日から27日まで⟩となります。;セールは⟨5月1日から5日まで;7月10日から16日まで;11月20日から27日まで⟩です。⟫=mistranslation: the month after the source's⟧",
  },
]
