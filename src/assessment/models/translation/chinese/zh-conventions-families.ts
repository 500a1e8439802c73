import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Chinese (mainland China): writing conventions a translation must switch (dates as
 * year, month, day with 年月日, large numbers counted in 万 and 亿 rather than in thousands and
 * millions, yuan amounts with ¥ before or 元 after the figure, 24-hour times, full-width
 * punctuation ，。？！：（）, the enumeration comma 、, the quotation marks “…” and the title marks
 * 《…》, the six-dot ellipsis ……, no spaces between words, foreign names transliterated with
 * the middle dot ·).
 */
export const ZH_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'full-date-year-month-day',
    source: 'Payment is due on ⟨4 December 2026;12 May 2026;9 November 2026⟩.',
    frame:
      '⟪付款截止日期为;请于以下日期前付款：;付款期限：⟫⟦⟨2026年12月4日;2026年5月12日;2026年11月9日⟩|⟨12月4日2026年;5月12日2026年;11月9日2026年⟩=format: the year after the day (the English order)|⟨2026年4月12日;2026年12月5日;2026年9月11日⟩=format: day and month swapped (reads as another day)|⟨4日12月2026年;12日5月2026年;9日11月2026年⟩=format: day, month, year (the British order)⟧。',
  },
  {
    id: 'date-without-year-before-the-verb',
    source: 'The shop reopens on ⟨3 March;15 June;9 October⟩.',
    frame:
      '⟦商店⟪将于;会在⟫⟨3月3日;6月15日;10月9日⟩重新开业|本店⟪将于;会在⟫⟨3日3月;15日6月;9日10月⟩重新营业=format: the day before the month|⟪本店;商店⟫重新营业⟨3月3日;6月15日;10月9日⟩=word order: the date after the verb|本店⟪将于;会在⟫⟨3月3日;6月15日;10月9日⟩停业=mistranslation: "reopens" rendered as "closes"⟧。',
  },
  {
    id: 'wan-for-tens-of-thousands',
    source: 'The company sold ⟨35,000;12,000;48,000⟩ units last year.',
    frame:
      '⟪公司去年;去年公司⟫⟪售出了;卖出了;共售出⟫⟦⟨3.5万;1.2万;4.8万⟩台|⟨35千;12千;48千⟩台=format: counted in thousands (Chinese counts in 万)|⟨35万;12万;48万⟩台=mistranslation: thousands read as 万 (ten times the number)|⟨3,5万;1,2万;4,8万⟩台=format: decimal comma (Chinese uses a decimal point)⟧。',
  },
  {
    id: 'wan-for-a-million',
    source:
      'By the end of ⟨2025;2024;2025⟩ the app had ⟨1.2 million;4.5 million;2.8 million⟩ users.',
    frame:
      '⟪截至⟨2025;2024;2025⟩年底，;到⟨2025;2024;2025⟩年底，⟫⟪这款应用;该应用⟫⟪拥有;有⟫⟦⟨120万;450万;280万⟩用户|⟨1.2百万;4.5百万;2.8百万⟩用户=format: counted in millions (Chinese counts in 万)|⟨12万;45万;28万⟩用户=mistranslation: a tenth of the number|⟨1200万;4500万;2800万⟩用户=mistranslation: ten times the number⟧。',
  },
  {
    id: 'yi-for-hundreds-of-millions',
    source: 'Revenue reached ⟨350 million;120 million;680 million⟩ yuan.',
    frame:
      '⟪营收;营业收入;收入⟫⟪达到;达⟫⟦⟨3.5亿;1.2亿;6.8亿⟩元|⟨350百万;120百万;680百万⟩元=format: counted in millions (Chinese counts in 万 and 亿)|⟨35亿;12亿;68亿⟩元=mistranslation: ten times the amount|⟨3.5万;1.2万;6.8万⟩元=mistranslation: 亿 read as 万⟧。',
  },
  {
    id: 'yuan-sign-before-the-amount',
    source: 'Total: CNY ⟨1,234.50;2,780.90;15,460.25⟩',
    frame:
      '⟪合计;总计;应付金额⟫：⟦⟪⟨¥1,234.50;¥2,780.90;¥15,460.25⟩;⟨1,234.50元;2,780.90元;15,460.25元⟩⟫|⟨1,234.50¥;2,780.90¥;15,460.25¥⟩=format: ¥ after the amount|⟪⟨¥1.234,50;¥2.780,90;¥15.460,25⟩;⟨1.234,50元;2.780,90元;15.460,25元⟩⟫=format: decimal comma and point grouping (Chinese uses the decimal point)|⟪⟨¥1,234.05;¥2,780.09;¥15,460.52⟩;⟨1,234.05元;2,780.09元;15,460.52元⟩⟫=mistranslation: the fen misread⟧',
  },
  {
    id: 'yuan-after-the-amount',
    source: 'A ticket costs ⟨80;120;65⟩ yuan.',
    frame:
      '⟪门票;票价⟫⟦⟪为;是⟫⟨80;120;65⟩元|⟪为;是⟫元⟨80;120;65⟩=format: 元 before the amount|⟪为;是⟫⟨80;120;65⟩美元=mistranslation: yuan rendered as US dollars|⟪为;是⟫⟨800;1200;650⟩元=mistranslation: ten times the amount⟧。',
  },
  {
    id: 'pm-time-24-hour',
    source: 'The meeting starts at ⟨3;4;5⟩ p.m.',
    frame:
      '会议⟦⟪将于;在⟫⟪⟨15:00;16:00;17:00⟩;下午⟨3;4;5⟩时⟫开始|⟪将于;在⟫⟨3:00;4:00;5:00⟩开始=mistranslation: p.m. rendered as a.m.|⟪将于;在⟫⟨3PM;4PM;5PM⟩开始=format: the English 12-hour PM mark|⟪将于;在⟫下午⟨15:00;16:00;17:00⟩开始=format: 下午 before a 24-hour time⟧。',
  },
  {
    id: 'full-width-comma-and-stop',
    source:
      'We have received your ⟨order;payment;request⟩ and will reply within ⟨two;three;five⟩ working days.',
    frame:
      '⟦我们已收到您的⟨订单;付款;申请⟩，将在⟨两;三;五⟩个工作日内⟪回复您;答复您⟫。|我们已收到您的⟨订单;付款;申请⟩,将在⟨两;三;五⟩个工作日内⟪回复您;答复您⟫。=punctuation: a half-width comma in Chinese text|我们已收到您的⟨订单;付款;申请⟩，将在⟨两;三;五⟩个工作日内⟪回复您;答复您⟫.=punctuation: a half-width full stop in Chinese text|我们已收到您的⟨订单;付款;申请⟩，将在⟨两;三;五⟩个自然日内⟪回复您;答复您⟫。=mistranslation: "working days" rendered as "calendar days"⟧',
  },
  {
    id: 'enumeration-comma',
    source:
      'We sell ⟨tea, coffee and juice;pens, notebooks and folders;shirts, jackets and shoes⟩.',
    frame:
      '⟪我们出售;我们销售;本店出售⟫⟦⟨茶、咖啡和果汁;钢笔、笔记本和文件夹;衬衫、夹克和鞋子⟩|⟨茶，咖啡和果汁;钢笔，笔记本和文件夹;衬衫，夹克和鞋子⟩=punctuation: the comma ， for the enumeration comma 、|⟨茶、咖啡、和果汁;钢笔、笔记本、和文件夹;衬衫、夹克、和鞋子⟩=punctuation: 、 before 和 (the English serial comma)|⟨茶、咖啡和牛奶;钢笔、铅笔和文件夹;衬衫、裤子和鞋子⟩=mistranslation: one item of the list rendered as another⟧。',
  },
  {
    id: 'title-marks-for-a-book',
    source: '[To a client] Have you read "⟨The Three-Body Problem;Fortress Besieged;Wolf Totem⟩"?',
    frame:
      '⟦⟪您读过;您看过;请问您读过⟫《⟨三体;围城;狼图腾⟩》吗？|⟪您读过;您看过;请问您读过⟫“⟨三体;围城;狼图腾⟩”吗？=punctuation: quotation marks for a book title (needs 《》)|⟪您读过;请问您看过;您看过⟫<⟨三体;围城;狼图腾⟩>吗？=punctuation: the angle brackets < > for 《》|⟪您读过;您看过;请问您读过⟫《⟨三体;围城;狼图腾⟩》吗?=punctuation: a half-width question mark in Chinese text⟧',
  },
  {
    id: 'curly-quotation-marks',
    source: 'The sign on the door says "⟨No entry;Staff only;Push⟩".',
    frame:
      '⟪门上的牌子;门上的标牌⟫⟪写着;上写着⟫⟦“⟨禁止入内;员工专用;推⟩”|"⟨禁止入内;员工专用;推⟩"=punctuation: straight half-width quotation marks|「⟨禁止入内;员工专用;推⟩」=punctuation: corner brackets, the Taiwan and Hong Kong quotation marks|“⟨欢迎光临;游客止步;拉⟩”=mistranslation: the sign rendered as another sign⟧。',
  },
  {
    id: 'no-spaces-between-words',
    source: 'Our new ⟨product;service;model⟩ is now available.',
    frame:
      '⟦⟪我们的;本公司的⟫新⟨产品;服务;型号⟩⟪现已上市;已经上市;现已正式上市⟫|⟪我们 的;本公司 的⟫ 新 ⟨产品;服务;型号⟩ 现已 上市=format: spaces between words (Chinese writes none)|⟪本公司的;我们的⟫新⟨产品;服务;型号⟩即将上市=mistranslation: "now available" rendered as "coming soon"|本公司的新⟨产品;服务;型号⟩⟪已经下架;现已下架⟫=mistranslation: "available" rendered as "withdrawn"⟧。',
  },
  {
    id: 'middle-dot-in-foreign-names',
    source: 'Our guest today is ⟨John Smith;Mary Brown;David Miller⟩.',
    frame:
      '⟪今天的嘉宾是;我们今天的嘉宾是;今天的特邀嘉宾是⟫⟦⟨约翰·史密斯;玛丽·布朗;大卫·米勒⟩|⟨约翰史密斯;玛丽布朗;大卫米勒⟩=punctuation: the middle dot between given name and surname omitted|⟨约翰-史密斯;玛丽-布朗;大卫-米勒⟩=punctuation: a hyphen for the middle dot|⟨史密斯·约翰;布朗·玛丽;米勒·大卫⟩=word order: the surname first, as in Chinese names⟧。',
  },
  {
    id: 'six-dot-ellipsis',
    source: '[App screen] ⟨Loading;Saving;Uploading⟩...',
    frame:
      '⟦⟪正在⟨加载;保存;上传⟩……;⟨加载;保存;上传⟩中……⟫|⟪正在⟨加载;保存;上传⟩…;⟨加载;保存;上传⟩中…⟫=punctuation: a single three-dot ellipsis (Chinese takes six dots, ……)|⟪正在⟨加载;保存;上传⟩。。。;⟨加载;保存;上传⟩中。。。⟫=punctuation: three full stops for the ellipsis|⟪⟨下载;删除;下载⟩中……;正在⟨下载;删除;下载⟩……⟫=mistranslation: the action rendered as another⟧',
  },
  {
    id: 'full-width-brackets',
    source: 'The fee (including VAT) is ⟨200;350;480⟩ yuan.',
    frame:
      '⟦⟪费用（含增值税）为⟨200;350;480⟩元;费用为⟨200;350;480⟩元（含增值税）⟫|费用(含增值税)为⟨200;350;480⟩元=punctuation: half-width brackets in Chinese text|费用（不含增值税）为⟨200;350;480⟩元=mistranslation: "including" rendered as "excluding"|费用（含增值税）为⟨200;350;480⟩美元=mistranslation: yuan rendered as US dollars⟧。',
  },
  {
    id: 'full-width-colon-and-exclamation',
    source: '[Shop notice] Attention: ⟨Sale;Closed;Open⟩ today!',
    frame:
      '⟦⟪注意;请注意;温馨提示⟫：⟪今天;今日⟫⟨打折;停业;营业⟩！|⟪注意;请注意;温馨提示⟫:⟪今天;今日⟫⟨打折;停业;营业⟩！=punctuation: a half-width colon in Chinese text|⟪注意;请注意;温馨提示⟫：⟪今天;今日⟫⟨打折;停业;营业⟩!=punctuation: a half-width exclamation mark in Chinese text|⟪请注意;注意⟫：⟪明天;明日⟫⟨打折;停业;营业⟩！=mistranslation: "today" rendered as "tomorrow"⟧',
  },
]
