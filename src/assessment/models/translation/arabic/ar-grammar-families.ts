import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Arabic (Modern Standard Arabic as written for business and the web): grammar that
 * does not transfer word for word (numerals 3 to 10 in the opposite gender of their noun with a
 * genitive plural, 11 to 99 with an accusative singular, 100 and 1000 with a genitive singular,
 * the dual for two; non-human plurals taking feminine singular agreement; the verb singular
 * before its subject and agreeing in number after it; the idafa without ال on its first term and
 * without the nūn of a dual or sound plural; definiteness of noun and adjective; the accusative
 * after كان, ليس and أنّ; لم and لن with their verb forms; relative pronouns only after definite
 * nouns; ordinals and demonstratives in agreement).
 */
export const AR_GRAMMAR_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'numeral-3-to-10-with-engineers',
    source: 'This year we hired ⟨3;5;7⟩ engineers.',
    frame:
      '⟦⟪وظّفنا هذا العام ⟨ثلاثة;خمسة;سبعة⟩ مهندسين.;عيّنّا هذا العام ⟨ثلاثة;خمسة;سبعة⟩ مهندسين.;قمنا هذا العام بتوظيف ⟨ثلاثة;خمسة;سبعة⟩ مهندسين.⟫|⟪وظّفنا هذا العام ⟨ثلاث;خمس;سبع⟩ مهندسين.;عيّنّا هذا العام ⟨ثلاث;خمس;سبع⟩ مهندسين.;قمنا هذا العام بتوظيف ⟨ثلاث;خمس;سبع⟩ مهندسين.⟫=agreement: the numeral in the gender of its noun (3 to 10 take the opposite gender)|⟪وظّفنا هذا العام ⟨ثلاثة;خمسة;سبعة⟩ مهندسًا.;عيّنّا هذا العام ⟨ثلاثة;خمسة;سبعة⟩ مهندسًا.;قمنا هذا العام بتوظيف ⟨ثلاثة;خمسة;سبعة⟩ مهندسًا.⟫=number: an accusative singular after 3 to 10 (the rule for 11 to 99)|⟪وظّفنا هذا العام ⟨ثلاثة;خمسة;سبعة⟩ مهندس.;عيّنّا هذا العام ⟨ثلاثة;خمسة;سبعة⟩ مهندس.;قمنا هذا العام بتوظيف ⟨ثلاثة;خمسة;سبعة⟩ مهندس.⟫=number: a singular noun after 3 to 10, which take a genitive plural⟧',
  },
  {
    id: 'numeral-3-to-10-with-companies',
    source: '⟨3;4;6⟩ companies submitted bids.',
    frame:
      '⟦⟪قدّمت ⟨ثلاث;أربع;ست⟩ شركات عروضها.;قدّمت ⟨ثلاث;أربع;ست⟩ شركات عطاءاتها.;تقدّمت ⟨ثلاث;أربع;ست⟩ شركات بعروضها.;تقدّمت ⟨ثلاث;أربع;ست⟩ شركات بعطاءاتها.⟫|⟪قدّمت ⟨ثلاثة;أربعة;ستة⟩ شركات عروضها.;قدّمت ⟨ثلاثة;أربعة;ستة⟩ شركات عطاءاتها.;تقدّمت ⟨ثلاثة;أربعة;ستة⟩ شركات بعروضها.;تقدّمت ⟨ثلاثة;أربعة;ستة⟩ شركات بعطاءاتها.⟫=agreement: the numeral in the gender of its noun (3 to 10 take the opposite gender)|⟪قدّمت ⟨ثلاث;أربع;ست⟩ شركة عروضها.;قدّمت ⟨ثلاث;أربع;ست⟩ شركة عطاءاتها.;تقدّمت ⟨ثلاث;أربع;ست⟩ شركة بعروضها.;تقدّمت ⟨ثلاث;أربع;ست⟩ شركة بعطاءاتها.⟫=number: a singular noun after 3 to 10, which take a genitive plural|⟪قدّمت ⟨ثلاث;أربع;ست⟩ الشركات عروضها.;قدّمت ⟨ثلاث;أربع;ست⟩ الشركات عطاءاتها.;تقدّمت ⟨ثلاث;أربع;ست⟩ الشركات بعروضها.;تقدّمت ⟨ثلاث;أربع;ست⟩ الشركات بعطاءاتها.⟫=article: ال on the noun counted by 3 to 10 (MSA says الشركات الثلاث or ثلاث شركات)⟧',
  },
  {
    id: 'numeral-3-to-10-with-days',
    source: 'Delivery takes ⟨3;5;10⟩ days.',
    frame:
      '⟦⟪يستغرق التوصيل ⟨ثلاثة;خمسة;عشرة⟩ أيام.;تبلغ مدة التوصيل ⟨ثلاثة;خمسة;عشرة⟩ أيام.;يصل الطلب في غضون ⟨ثلاثة;خمسة;عشرة⟩ أيام.⟫|⟪يستغرق التوصيل ⟨ثلاث;خمس;عشر⟩ أيام.;تبلغ مدة التوصيل ⟨ثلاث;خمس;عشر⟩ أيام.;يصل الطلب في غضون ⟨ثلاث;خمس;عشر⟩ أيام.⟫=agreement: the numeral in the gender of its noun (3 to 10 take the opposite gender)|⟪يستغرق التوصيل ⟨ثلاثة;خمسة;عشرة⟩ يومًا.;تبلغ مدة التوصيل ⟨ثلاثة;خمسة;عشرة⟩ يومًا.;يصل الطلب في غضون ⟨ثلاثة;خمسة;عشرة⟩ يومًا.⟫=number: an accusative singular after 3 to 10 (the rule for 11 to 99)|⟪يستغرق التوصيل ⟨ثلاثة;خمسة;عشرة⟩ أسابيع.;تبلغ مدة التوصيل ⟨ثلاثة;خمسة;عشرة⟩ أسابيع.;يصل الطلب في غضون ⟨ثلاثة;خمسة;عشرة⟩ أسابيع.⟫=mistranslation: "days" rendered as "weeks"⟧',
  },
  {
    id: 'numeral-3-to-10-with-cars',
    source: 'The company bought ⟨3;5;9⟩ new cars.',
    frame:
      '⟦⟪اشترت الشركة ⟨ثلاث;خمس;تسع⟩ سيارات جديدة.;قامت الشركة بشراء ⟨ثلاث;خمس;تسع⟩ سيارات جديدة.;ابتاعت الشركة ⟨ثلاث;خمس;تسع⟩ سيارات جديدة.⟫|⟪اشترت الشركة ⟨ثلاثة;خمسة;تسعة⟩ سيارات جديدة.;قامت الشركة بشراء ⟨ثلاثة;خمسة;تسعة⟩ سيارات جديدة.;ابتاعت الشركة ⟨ثلاثة;خمسة;تسعة⟩ سيارات جديدة.⟫=agreement: the numeral in the gender of its noun (3 to 10 take the opposite gender)|⟪اشترت الشركة ⟨ثلاث;خمس;تسع⟩ سيارات جديد.;قامت الشركة بشراء ⟨ثلاث;خمس;تسع⟩ سيارات جديد.;ابتاعت الشركة ⟨ثلاث;خمس;تسع⟩ سيارات جديد.⟫=agreement: a masculine singular adjective for a non-human plural (it takes the feminine singular)|⟪اشترت الشركة ⟨ثلاث;خمس;تسع⟩ سيارة جديدة.;قامت الشركة بشراء ⟨ثلاث;خمس;تسع⟩ سيارة جديدة.;ابتاعت الشركة ⟨ثلاث;خمس;تسع⟩ سيارة جديدة.⟫=number: a singular noun after 3 to 10, which take a genitive plural⟧',
  },
  {
    id: 'numeral-3-to-10-with-branches',
    source: 'The bank opened ⟨3;6;8⟩ branches in ⟨Riyadh;Jeddah;Dammam⟩.',
    frame:
      '⟦⟪افتتح المصرف ⟨ثلاثة;ستة;ثمانية⟩ فروع في ⟨الرياض;جدة;الدمام⟩.;قام البنك بافتتاح ⟨ثلاثة;ستة;ثمانية⟩ فروع في مدينة ⟨الرياض;جدة;الدمام⟩.⟫|⟪افتتح المصرف ⟨ثلاث;ست;ثماني⟩ فروع في ⟨الرياض;جدة;الدمام⟩.;في ⟨الرياض;جدة;الدمام⟩، افتتح البنك ⟨ثلاث;ست;ثماني⟩ فروع.⟫=agreement: the numeral in the gender of its noun (3 to 10 take the opposite gender)|⟪افتتح المصرف ⟨ثلاثة;ستة;ثمانية⟩ فرعًا في ⟨الرياض;جدة;الدمام⟩.;في ⟨الرياض;جدة;الدمام⟩، افتتح البنك ⟨ثلاثة;ستة;ثمانية⟩ فرعًا.;قام البنك بافتتاح ⟨ثلاثة;ستة;ثمانية⟩ فرعًا في مدينة ⟨الرياض;جدة;الدمام⟩.⟫=number: an accusative singular after 3 to 10 (the rule for 11 to 99)|⟪في ⟨الرياض;جدة;الدمام⟩، افتتح البنك ⟨ثلاثة;ستة;ثمانية⟩ مكاتب.;قام البنك بافتتاح ⟨ثلاثة;ستة;ثمانية⟩ مكاتب في مدينة ⟨الرياض;جدة;الدمام⟩.⟫=mistranslation: "branches" rendered as "offices"⟧',
  },
  {
    id: 'tens-with-employees-as-subject',
    source: 'The branch has ⟨20;30;40⟩ employees.',
    frame:
      '⟦⟪يعمل في الفرع ⟨عشرون;ثلاثون;أربعون⟩ موظفًا.;الفرع يعمل فيه ⟨عشرون;ثلاثون;أربعون⟩ موظفًا.;لدى الفرع ⟨عشرون;ثلاثون;أربعون⟩ موظفًا.⟫|⟪الفرع يعمل فيه ⟨عشرون;ثلاثون;أربعون⟩ موظفين.;لدى الفرع ⟨عشرون;ثلاثون;أربعون⟩ موظفين.⟫=number: a plural noun after 11 to 99, which take an accusative singular|⟪يعمل في الفرع ⟨عشرين;ثلاثين;أربعين⟩ موظفًا.;الفرع يعمل فيه ⟨عشرين;ثلاثين;أربعين⟩ موظفًا.;لدى الفرع ⟨عشرين;ثلاثين;أربعين⟩ موظفًا.⟫=case: the numeral in -īn (accusative or genitive) as the subject|⟪يعمل في الفرع ⟨عشرون;ثلاثون;أربعون⟩ موظف.;الفرع يعمل فيه ⟨عشرون;ثلاثون;أربعون⟩ موظف.⟫=number: a genitive singular after 11 to 99 (the rule for 100 and 1000)⟧',
  },
  {
    id: 'teens-with-companies',
    source: '⟨13;15;17⟩ companies took part in the tender.',
    frame:
      '⟦⟪شاركت في المناقصة ⟨ثلاث عشرة;خمس عشرة;سبع عشرة⟩ شركة.;بلغ عدد المشاركين في المناقصة ⟨ثلاث عشرة;خمس عشرة;سبع عشرة⟩ شركة.;تقدّمت ⟨ثلاث عشرة;خمس عشرة;سبع عشرة⟩ شركة بعروضها في المناقصة.⟫|⟪شاركت في المناقصة ⟨ثلاثة عشر;خمسة عشر;سبعة عشر⟩ شركة.;تقدّمت ⟨ثلاثة عشر;خمسة عشر;سبعة عشر⟩ شركة بعروضها في المناقصة.⟫=agreement: 13 to 19 in the masculine with a feminine noun (the unit takes the opposite gender, عشرة agrees)|بلغ عدد المشاركين في المناقصة ⟨ثلاث عشرة;خمس عشرة;سبع عشرة⟩ شركات.=number: a plural noun after 11 to 99, which take an accusative singular|⟪شاركت في المناقصة ⟨ثلاث عشر;خمس عشر;سبع عشر⟩ شركة.;بلغ عدد المشاركين في المناقصة ⟨ثلاث عشر;خمس عشر;سبع عشر⟩ شركة.⟫=agreement: عشر in the masculine with a feminine noun (it agrees with the noun)⟧',
  },
  {
    id: 'teens-with-engineers',
    source: 'The team has ⟨13;15;18⟩ engineers.',
    frame:
      '⟦⟪يضم الفريق ⟨ثلاثة عشر;خمسة عشر;ثمانية عشر⟩ مهندسًا.;يتكوّن الفريق من ⟨ثلاثة عشر;خمسة عشر;ثمانية عشر⟩ مهندسًا.;يتألف الفريق من ⟨ثلاثة عشر;خمسة عشر;ثمانية عشر⟩ مهندسًا.⟫|⟪يضم الفريق ⟨ثلاث عشرة;خمس عشرة;ثماني عشرة⟩ مهندسًا.;يتكوّن الفريق من ⟨ثلاث عشرة;خمس عشرة;ثماني عشرة⟩ مهندسًا.;يتألف الفريق من ⟨ثلاث عشرة;خمس عشرة;ثماني عشرة⟩ مهندسًا.⟫=agreement: 13 to 19 in the feminine with a masculine noun (the unit takes the opposite gender, عشر agrees)|⟪يضم الفريق ⟨ثلاثة عشر;خمسة عشر;ثمانية عشر⟩ مهندسين.;يتكوّن الفريق من ⟨ثلاثة عشر;خمسة عشر;ثمانية عشر⟩ مهندسين.;يتألف الفريق من ⟨ثلاثة عشر;خمسة عشر;ثمانية عشر⟩ مهندسين.⟫=number: a plural noun after 11 to 99, which take an accusative singular|⟪يضم الفريق ⟨ثلاثة عشرة;خمسة عشرة;ثمانية عشرة⟩ مهندسًا.;يتكوّن الفريق من ⟨ثلاثة عشرة;خمسة عشرة;ثمانية عشرة⟩ مهندسًا.;يتألف الفريق من ⟨ثلاثة عشرة;خمسة عشرة;ثمانية عشرة⟩ مهندسًا.⟫=agreement: عشرة in the feminine with a masculine noun (it agrees with the noun)⟧',
  },
  {
    id: 'hundred-and-thousand-with-orders',
    source: 'We received ⟨100;1,000⟩ orders this week.',
    frame:
      '⟦⟪تلقّينا هذا الأسبوع ⟨مئة;ألف⟩ طلب.;استلمنا هذا الأسبوع ⟨مئة;ألف⟩ طلب.;وصلنا هذا الأسبوع ⟨مئة;ألف⟩ طلب.⟫|⟪تلقّينا هذا الأسبوع ⟨مئة;ألف⟩ طلبات.;استلمنا هذا الأسبوع ⟨مئة;ألف⟩ طلبات.;وصلنا هذا الأسبوع ⟨مئة;ألف⟩ طلبات.⟫=number: a plural noun after مئة or ألف, which take a genitive singular|⟪تلقّينا هذا الأسبوع ⟨مئة;ألف⟩ طلبًا.;استلمنا هذا الأسبوع ⟨مئة;ألف⟩ طلبًا.;وصلنا هذا الأسبوع ⟨مئة;ألف⟩ طلبًا.⟫=number: an accusative singular after مئة or ألف (the rule for 11 to 99)|⟪تلقّينا هذا الأسبوع ⟨مئتي;ألفي⟩ طلب.;استلمنا هذا الأسبوع ⟨مئتي;ألفي⟩ طلب.;وصلنا هذا الأسبوع ⟨مئتا;ألفا⟩ طلب.⟫=mistranslation: the dual (two hundred, two thousand) for one hundred or thousand⟧',
  },
  {
    id: 'dual-subject-without-a-numeral',
    source: 'Two ⟨managers;engineers;accountants⟩ attended the meeting.',
    frame:
      '⟦⟪حضر الاجتماع ⟨مديران;مهندسان;محاسبان⟩.;حضر الاجتماع ⟨مديران اثنان;مهندسان اثنان;محاسبان اثنان⟩.;شارك في الاجتماع ⟨مديران;مهندسان;محاسبان⟩.⟫|⟪حضر الاجتماع ⟨مديرين;مهندسين;محاسبين⟩.;حضر الاجتماع ⟨مديرين اثنين;مهندسين اثنين;محاسبين اثنين⟩.;شارك في الاجتماع ⟨مديرين;مهندسين;محاسبين⟩.⟫=case: the dual in -ayn (accusative or genitive) as the subject|⟪حضر الاجتماع اثنان ⟨مدير;مهندس;محاسب⟩.;شارك في الاجتماع اثنان ⟨مدير;مهندس;محاسب⟩.⟫=number: the numeral two before a singular noun (Arabic says two with the dual alone)|⟪حضر الاجتماع ⟨مديرون;مهندسون;محاسبون⟩.;حضر الاجتماع ⟨مديرون;مهندسون;محاسبون⟩ اثنان.;شارك في الاجتماع ⟨مديرون;مهندسون;محاسبون⟩.⟫=number: a plural for two (Arabic uses the dual)⟧',
  },
  {
    id: 'dual-object-with-adjective',
    source: 'We bought two new ⟨cars;printers;machines⟩.',
    frame:
      '⟦قمنا بشراء ⟨سيارتين جديدتين;طابعتين جديدتين;آلتين جديدتين⟩.|ابتعنا ⟨سيارتان جديدتان;طابعتان جديدتان;آلتان جديدتان⟩.=case: the nominative dual in -ān for an object|⟪اشترينا ⟨سيارتين جديدة;طابعتين جديدة;آلتين جديدة⟩.;قمنا بشراء ⟨سيارتين جديدة;طابعتين جديدة;آلتين جديدة⟩.⟫=agreement: a singular adjective after a dual noun|⟪اشترينا اثنتين ⟨سيارة جديدة;طابعة جديدة;آلة جديدة⟩.;قمنا بشراء اثنتين ⟨سيارة جديدة;طابعة جديدة;آلة جديدة⟩.;ابتعنا اثنتين ⟨سيارة جديدة;طابعة جديدة;آلة جديدة⟩.⟫=number: the numeral two before a singular noun (Arabic says two with the dual alone)⟧',
  },
  {
    id: 'non-human-plural-takes-feminine-singular',
    source: 'The new ⟨reports;files;contracts⟩ are ready.',
    frame:
      '⟦⟪⟨التقارير;الملفات;العقود⟩ الجديدة جاهزة.;إن ⟨التقارير;الملفات;العقود⟩ الجديدة جاهزة.⟫|إن ⟨التقارير;الملفات;العقود⟩ الجديدة جاهزون.=agreement: a masculine human plural predicate for a non-human plural (it takes the feminine singular)|⟨التقارير;الملفات;العقود⟩ الجديد جاهزة.=agreement: a masculine singular adjective for a non-human plural|⟪⟨التقرير;الملف;العقد⟩ الجديد جاهز.;إن ⟨التقرير;الملف;العقد⟩ الجديد جاهز.⟫=number: a singular for the plural⟧',
  },
  {
    id: 'non-human-plural-subject-verb',
    source: '⟨Prices;Sales;Costs⟩ rose last month.',
    frame:
      '⟦⟪ارتفعت ⟨الأسعار;المبيعات;التكاليف⟩ خلال الشهر الماضي.;⟨الأسعار;المبيعات;التكاليف⟩ ارتفعت في الشهر الماضي.⟫|⟨الأسعار;المبيعات;التكاليف⟩ ارتفعوا خلال الشهر الماضي.=agreement: a masculine human plural verb for a non-human plural|⟪انخفضت ⟨الأسعار;المبيعات;التكاليف⟩ الشهر الماضي.;⟨الأسعار;المبيعات;التكاليف⟩ انخفضت في الشهر الماضي.⟫=mistranslation: "rose" rendered as "fell"|⟪ترتفع ⟨الأسعار;المبيعات;التكاليف⟩ الشهر الماضي.;ترتفع ⟨الأسعار;المبيعات;التكاليف⟩ خلال الشهر الماضي.⟫=wrong tense: the present for a past event⟧',
  },
  {
    id: 'vso-verb-stays-singular',
    source: 'The employees ⟨attended;completed;began⟩ the training course.',
    frame:
      '⟦⟪⟨حضر;أتمّ;بدأ⟩ الموظفون الدورة التدريبية.;⟨حضر;أتمّ;بدأ⟩ الموظفون دورة التدريب.⟫|⟨حضروا;أتمّوا;بدؤوا⟩ الموظفون الدورة التدريبية.=agreement: a plural verb before its subject (in verb-first order the verb stays singular)|⟪الموظفون ⟨حضر;أتمّ;بدأ⟩ دورة التدريب.;الموظفون ⟨حضر;أتمّ;بدأ⟩ الدورة.⟫=agreement: a singular verb after a plural human subject (after the subject the verb agrees in number)|⟪⟨حضر;أتمّ;بدأ⟩ الموظفين الدورة التدريبية.;⟨حضر;أتمّ;بدأ⟩ الموظفين الدورة.⟫=case: the subject in -īn (accusative or genitive) for -ūn⟧',
  },
  {
    id: 'feminine-human-plural-verb',
    source: 'The female ⟨nurses;teachers;engineers⟩ signed the new contract.',
    frame:
      '⟦وقّعت ⟨الممرضات;المعلمات;المهندسات⟩ على العقد الجديد.|وقّعن ⟨الممرضات;المعلمات;المهندسات⟩ على العقد الجديد.=agreement: a plural verb before its subject (in verb-first order the verb stays singular)|⟪⟨الممرضات;المعلمات;المهندسات⟩ وقّعوا العقد الجديد.;⟨الممرضات;المعلمات;المهندسات⟩ وقّعوا على العقد الجديد.⟫=gender: a masculine plural verb for women|⟪وقّعت ⟨الممرضات;المعلمات;المهندسات⟩ العقود الجديدة.;⟨الممرضات;المعلمات;المهندسات⟩ وقّعن العقود الجديدة.⟫=number: "contracts" for the one contract⟧',
  },
  {
    id: 'feminine-subject-feminine-verb',
    source: 'The company announced its ⟨results;profits;plans⟩.',
    frame:
      '⟦⟪أعلنت الشركة ⟨نتائجها;أرباحها;خططها⟩.;أعلنت الشركة عن ⟨نتائجها;أرباحها;خططها⟩.⟫|⟪أعلن الشركة ⟨نتائجها;أرباحها;خططها⟩.;كشف الشركة عن ⟨نتائجها;أرباحها;خططها⟩.⟫=gender: a masculine verb for a feminine subject|كشفت الشركة عن ⟨نتائجه;أرباحه;خططه⟩.=gender: a masculine possessive for the company|⟪أعلنت الشركات ⟨نتائجها;أرباحها;خططها⟩.;كشفت الشركات عن ⟨نتائجها;أرباحها;خططها⟩.⟫=number: "the companies" for the one company⟧',
  },
  {
    id: 'indefinite-noun-feminine-adjective',
    source: 'The company adopted a new ⟨privacy;pricing;travel⟩ policy.',
    frame:
      '⟦⟪اعتمدت الشركة سياسة ⟨خصوصية;تسعير;سفر⟩ جديدة.;تبنّت الشركة سياسة ⟨خصوصية;تسعير;سفر⟩ جديدة.;أقرّت الشركة سياسة ⟨خصوصية;تسعير;سفر⟩ جديدة.⟫|⟪اعتمدت الشركة سياسة ⟨خصوصية;تسعير;سفر⟩ جديد.;تبنّت الشركة سياسة ⟨خصوصية;تسعير;سفر⟩ جديد.⟫=gender: a masculine adjective for a feminine noun|أقرّت الشركة سياسة ⟨الخصوصية;التسعير;السفر⟩ الجديدة.=article: definite ("the new policy") for the indefinite "a new policy"|تبنّت الشركة جديدة سياسة ⟨خصوصية;تسعير;سفر⟩.=word order: the adjective before its noun⟧',
  },
  {
    id: 'idafa-first-term-without-article',
    source: "Yesterday I met the company's ⟨manager;accountant;lawyer⟩.",
    frame:
      '⟦⟪قابلت أمس ⟨مدير;محاسب;محامي⟩ الشركة.;التقيت ⟨مدير;محاسب;محامي⟩ الشركة أمس.⟫|التقيت أمس ⟨المدير;المحاسب;المحامي⟩ الشركة.=article: ال on the first term of an idafa|⟪التقيت أمس ⟨مدير;محاسب;محامي⟩ شركة.;قابلت أمس ⟨مدير;محاسب;محامي⟩ شركة.⟫=article: the second term of the idafa without ال (reads "a company\'s")|⟪التقيت أمس الشركة ⟨مدير;محاسب;محامي⟩.;قابلت أمس الشركة ⟨مدير;محاسب;محامي⟩.⟫=word order: the English possessor first⟧',
  },
  {
    id: 'idafa-adjective-after-the-chain',
    source: "The sales department's new manager starts work on ⟨Sunday;Monday;Thursday⟩.",
    frame:
      '⟦⟪يبدأ مدير قسم المبيعات الجديد عمله يوم ⟨الأحد;الاثنين;الخميس⟩.;يباشر مدير قسم المبيعات الجديد عمله يوم ⟨الأحد;الاثنين;الخميس⟩.;يتسلّم مدير قسم المبيعات الجديد مهامه يوم ⟨الأحد;الاثنين;الخميس⟩.⟫|⟪يبدأ المدير قسم المبيعات الجديد عمله يوم ⟨الأحد;الاثنين;الخميس⟩.;يباشر المدير قسم المبيعات الجديد عمله يوم ⟨الأحد;الاثنين;الخميس⟩.⟫=article: ال on the first term of an idafa|⟪يبدأ مدير الجديد قسم المبيعات عمله يوم ⟨الأحد;الاثنين;الخميس⟩.;يتسلّم مدير الجديد قسم المبيعات مهامه يوم ⟨الأحد;الاثنين;الخميس⟩.⟫=word order: the adjective inside the idafa chain|⟪يبدأ مدير قسم المبيعات الجديد عمله يوم ⟨السبت;الثلاثاء;الجمعة⟩.;يتسلّم مدير قسم المبيعات الجديد مهامه يوم ⟨السبت;الثلاثاء;الجمعة⟩.⟫=mistranslation: another weekday⟧',
  },
  {
    id: 'dual-drops-nun-in-idafa',
    source: "The company's two representatives signed the ⟨agreement;contract;memorandum⟩.",
    frame:
      '⟦⟪وقّع ممثّلا الشركة ⟨الاتفاقية;العقد;المذكرة⟩.;وقّع ممثّلا الشركة على ⟨الاتفاقية;العقد;المذكرة⟩.;ممثّلا الشركة وقّعا ⟨الاتفاقية;العقد;المذكرة⟩.⟫|⟪وقّع ممثّلان الشركة ⟨الاتفاقية;العقد;المذكرة⟩.;وقّع ممثّلان الشركة على ⟨الاتفاقية;العقد;المذكرة⟩.⟫=form: the dual keeps its nūn as the first term of an idafa|⟪وقّعا ممثّلا الشركة ⟨الاتفاقية;العقد;المذكرة⟩.;وقّعا ممثّلا الشركة على ⟨الاتفاقية;العقد;المذكرة⟩.⟫=agreement: a dual verb before its subject (in verb-first order the verb stays singular)|⟪وقّع ممثّلو الشركة ⟨الاتفاقية;العقد;المذكرة⟩.;ممثّلو الشركة وقّعوا ⟨الاتفاقية;العقد;المذكرة⟩.⟫=number: a plural for the two representatives⟧',
  },
  {
    id: 'sound-plural-drops-nun-in-idafa',
    source: "The company's employees are invited to the ⟨party;conference;dinner⟩.",
    frame:
      '⟦⟪موظفو الشركة مدعوون إلى ⟨الحفل;المؤتمر;العشاء⟩.;موظفو الشركة مدعوون لحضور ⟨الحفل;المؤتمر;العشاء⟩.;موظفو الشركة مدعوون للمشاركة في ⟨الحفل;المؤتمر;العشاء⟩.⟫|⟪موظفون الشركة مدعوون إلى ⟨الحفل;المؤتمر;العشاء⟩.;موظفون الشركة مدعوون لحضور ⟨الحفل;المؤتمر;العشاء⟩.;موظفون الشركة مدعوون للمشاركة في ⟨الحفل;المؤتمر;العشاء⟩.⟫=form: the sound plural keeps its nūn as the first term of an idafa|⟪موظفي الشركة مدعوون إلى ⟨الحفل;المؤتمر;العشاء⟩.;موظفي الشركة مدعوون لحضور ⟨الحفل;المؤتمر;العشاء⟩.;موظفي الشركة مدعوون للمشاركة في ⟨الحفل;المؤتمر;العشاء⟩.⟫=case: the subject in -ī (accusative or genitive) for -ū|⟪موظفو شركة مدعوون إلى ⟨الحفل;المؤتمر;العشاء⟩.;موظفو شركة مدعوون لحضور ⟨الحفل;المؤتمر;العشاء⟩.;موظفو شركة مدعوون للمشاركة في ⟨الحفل;المؤتمر;العشاء⟩.⟫=article: the second term of the idafa without ال (reads "a company\'s")⟧',
  },
  {
    id: 'definite-noun-definite-adjective',
    source: 'We have moved to the new ⟨office;building;branch⟩.',
    frame:
      '⟦⟪لقد انتقلنا إلى ⟨المكتب;المبنى;الفرع⟩ الجديد.;نقلنا مقرّنا إلى ⟨المكتب;المبنى;الفرع⟩ الجديد.⟫|⟪انتقلنا إلى ⟨المكتب;المبنى;الفرع⟩ جديد.;لقد انتقلنا إلى ⟨المكتب;المبنى;الفرع⟩ جديد.;نقلنا مقرّنا إلى ⟨المكتب;المبنى;الفرع⟩ جديد.⟫=article: an adjective without ال after a definite noun|⟪انتقلنا إلى ⟨مكتب;مبنى;فرع⟩ الجديد.;نقلنا مقرّنا إلى ⟨مكتب;مبنى;فرع⟩ الجديد.⟫=article: ال on the adjective only|⟪لقد انتقلنا إلى الجديد ⟨المكتب;المبنى;الفرع⟩.;نقلنا مقرّنا إلى الجديد ⟨المكتب;المبنى;الفرع⟩.⟫=word order: the adjective before its noun⟧',
  },
  {
    id: 'kana-predicate-accusative',
    source: 'The meeting with the client was ⟨useful;successful;short⟩.',
    frame:
      '⟦الاجتماع مع العميل كان ⟨مفيدًا;ناجحًا;قصيرًا⟩.|كان لقاؤنا بالعميل ⟨مفيد;ناجح;قصير⟩.=case: the predicate of كان without the accusative|⟪كانت الاجتماع مع العميل ⟨مفيدًا;ناجحًا;قصيرًا⟩.;كانت لقاؤنا بالعميل ⟨مفيدًا;ناجحًا;قصيرًا⟩.⟫=gender: the feminine كانت for a masculine subject|⟪كان الاجتماع مع العميل ⟨عديم الفائدة;فاشلًا;طويلًا⟩.;كان لقاؤنا بالعميل ⟨عديم الفائدة;فاشلًا;طويلًا⟩.⟫=mistranslation: the opposite quality⟧',
  },
  {
    id: 'anna-subject-accusative',
    source: 'We confirm that the ⟨employees;engineers;trainers⟩ are ready.',
    frame:
      '⟦⟪نؤكّد أن ⟨الموظفين;المهندسين;المدربين⟩ مستعدون.;نؤكّد لكم أن ⟨الموظفين;المهندسين;المدربين⟩ مستعدون.⟫|⟪نؤكّد أن ⟨الموظفون;المهندسون;المدربون⟩ مستعدون.;نودّ أن نؤكّد أن ⟨الموظفون;المهندسون;المدربون⟩ مستعدون.⟫=case: the subject of أنّ in the nominative (it takes the accusative)|نؤكّد أن ⟨الموظفين;المهندسين;المدربين⟩ مستعدين.=case: the predicate of أنّ in the accusative (it stays nominative)|⟪نؤكّد أن ⟨الموظفين;المهندسين;المدربين⟩ مستعد.;نؤكّد لكم أن ⟨الموظفين;المهندسين;المدربين⟩ مستعد.⟫=agreement: a singular predicate for a plural subject⟧',
  },
  {
    id: 'laysa-predicate-accusative',
    source: 'The ⟨price;offer;date⟩ is not final.',
    frame:
      '⟦⟪ليس ⟨السعر;العرض;الموعد⟩ نهائيًا.;⟨السعر;العرض;الموعد⟩ ليس نهائيًا.⟫|⟪ليس ⟨السعر;العرض;الموعد⟩ نهائي.;⟨السعر;العرض;الموعد⟩ ليس نهائي.⟫=case: the predicate of ليس without the accusative|⟪ليست ⟨السعر;العرض;الموعد⟩ نهائيًا.;⟨السعر;العرض;الموعد⟩ ليست نهائيًا.⟫=gender: the feminine ليست for a masculine subject|⟪لا ⟨السعر;العرض;الموعد⟩ نهائي.;⟨السعر;العرض;الموعد⟩ لا نهائي.⟫=negation: لا in a nominal sentence where ليس is needed⟧',
  },
  {
    id: 'lam-takes-the-jussive',
    source: 'We have not received the ⟨payment;invoice;shipment⟩ yet.',
    frame:
      '⟦⟪لم نستلم ⟨الدفعة;الفاتورة;الشحنة⟩ بعد.;لم نتسلّم ⟨الدفعة;الفاتورة;الشحنة⟩ حتى الآن.;لم تصلنا ⟨الدفعة;الفاتورة;الشحنة⟩ بعد.⟫|⟪لم استلمنا ⟨الدفعة;الفاتورة;الشحنة⟩ بعد.;لم تلقّينا ⟨الدفعة;الفاتورة;الشحنة⟩ حتى الآن.⟫=negation: لم before a past verb (it takes the jussive)|⟪لن نستلم ⟨الدفعة;الفاتورة;الشحنة⟩ بعد.;لن نتسلّم ⟨الدفعة;الفاتورة;الشحنة⟩ حتى الآن.⟫=negation: the future لن for "have not"|⟪لم نرسل ⟨الدفعة;الفاتورة;الشحنة⟩ بعد.;لم نرسل ⟨الدفعة;الفاتورة;الشحنة⟩ حتى الآن.⟫=mistranslation: "received" rendered as "sent"⟧',
  },
  {
    id: 'lan-takes-the-subjunctive',
    source: 'We will not raise ⟨prices;fees;rents⟩ next year.',
    frame:
      '⟦⟪لن نرفع ⟨الأسعار;الرسوم;الإيجارات⟩ في العام القادم.;لن نقوم برفع ⟨الأسعار;الرسوم;الإيجارات⟩ خلال العام المقبل.⟫|لن سنرفع ⟨الأسعار;الرسوم;الإيجارات⟩ العام المقبل.=negation: لن with the future prefix سـ|لم نرفع ⟨الأسعار;الرسوم;الإيجارات⟩ العام المقبل.=negation: the past لم for "will not"|⟪لن نخفّض ⟨الأسعار;الرسوم;الإيجارات⟩ في العام القادم.;لن نقوم بخفض ⟨الأسعار;الرسوم;الإيجارات⟩ خلال العام المقبل.⟫=mistranslation: "raise" rendered as "lower"⟧',
  },
  {
    id: 'relative-pronoun-agrees-in-gender',
    source: 'Here is the ⟨invoice;list;letter⟩ that we sent yesterday.',
    frame:
      '⟦⟪هذه هي ⟨الفاتورة;القائمة;الرسالة⟩ التي أرسلناها أمس.;تجدون هنا ⟨الفاتورة;القائمة;الرسالة⟩ التي أرسلناها إليكم أمس.⟫|⟪إليكم ⟨الفاتورة;القائمة;الرسالة⟩ الذي أرسلناه أمس.;تجدون هنا ⟨الفاتورة;القائمة;الرسالة⟩ الذي أرسلناه إليكم أمس.⟫=gender: the masculine relative الذي for a feminine noun|⟪هذه هي ⟨الفاتورة;القائمة;الرسالة⟩ التي أرسلتموها أمس.;إليكم ⟨الفاتورة;القائمة;الرسالة⟩ التي أرسلتموها أمس.;تجدون هنا ⟨الفاتورة;القائمة;الرسالة⟩ التي أرسلتموها إلينا أمس.⟫=pronoun: "you sent" for "we sent"|إليكم ⟨فاتورة;قائمة;رسالة⟩ التي أرسلناها أمس.=relative pronoun: التي after an indefinite noun⟧',
  },
  {
    id: 'no-relative-pronoun-after-an-indefinite-noun',
    source: 'We need an ⟨employee;accountant;engineer⟩ who speaks French.',
    frame:
      '⟦⟪نحتاج إلى ⟨موظف;محاسب;مهندس⟩ يتحدث الفرنسية.;نحن بحاجة إلى ⟨موظف;محاسب;مهندس⟩ يتكلم الفرنسية.;نبحث عن ⟨موظف;محاسب;مهندس⟩ يتحدث اللغة الفرنسية.⟫|⟪نحتاج إلى ⟨موظف;محاسب;مهندس⟩ الذي يتحدث الفرنسية.;نبحث عن ⟨موظف;محاسب;مهندس⟩ الذي يتحدث اللغة الفرنسية.⟫=relative pronoun: الذي after an indefinite noun|⟪نحتاج إلى ⟨موظف;محاسب;مهندس⟩ تتحدث الفرنسية.;نحن بحاجة إلى ⟨موظف;محاسب;مهندس⟩ تتكلم الفرنسية.⟫=agreement: a feminine verb for a masculine noun|⟪نحن بحاجة إلى ⟨موظف;محاسب;مهندس⟩ يتكلم الإنجليزية.;نبحث عن ⟨موظف;محاسب;مهندس⟩ يتحدث اللغة الإنجليزية.⟫=mistranslation: French rendered as English⟧',
  },
  {
    id: 'kull-with-an-indefinite-singular',
    source: 'Every ⟨employee;participant;visitor⟩ receives a badge.',
    frame:
      '⟦⟪يحصل كل ⟨موظف;مشارك;زائر⟩ على بطاقة تعريفية.;يحصل كل ⟨موظف;مشارك;زائر⟩ على بطاقة تعريف.⟫|⟪يحصل كل ⟨الموظف;المشارك;الزائر⟩ على بطاقة تعريفية.;يحصل كل ⟨الموظف;المشارك;الزائر⟩ على بطاقة تعريف.;يتسلّم كل ⟨الموظف;المشارك;الزائر⟩ بطاقة تعريفية.⟫=article: a definite singular after كل (reads "the whole employee")|⟪يحصل كل ⟨موظفين;مشاركين;زوار⟩ على بطاقة تعريف.;يتسلّم كل ⟨موظفين;مشاركين;زوار⟩ بطاقة تعريفية.⟫=number: an indefinite plural after كل for "every"|⟪يحصل كل ⟨موظفة;مشاركة;زائرة⟩ على بطاقة تعريفية.;يتسلّم كل ⟨موظفة;مشاركة;زائرة⟩ بطاقة تعريفية.⟫=mistranslation: "every employee" narrowed to every female one (the masculine is the generic)⟧',
  },
  {
    id: 'idha-takes-the-past',
    source: 'If you have any questions, please contact us.',
    frame:
      '⟦⟪إذا كانت لديكم أي استفسارات، فلا تترددوا في التواصل معنا.;إذا كانت لديكم أي أسئلة، فيسعدنا تواصلكم معنا.⟫|إذا ستكون لديكم أي أسئلة، فيُرجى التواصل معنا.=wrong tense: the future after إذا (it takes the past)|⟪لو كانت لديكم أي أسئلة، فيُرجى التواصل معنا.;لو كانت لديكم أي استفسارات، فلا تترددوا في التواصل معنا.⟫=conjunction: the counterfactual لو for إذا|⟪إذا كانت لديكم أي شكاوى، فيُرجى التواصل معنا.;إذا كانت لديكم أي شكاوى، فيسعدنا تواصلكم معنا.⟫=mistranslation: "questions" rendered as "complaints"⟧',
  },
  {
    id: 'ordinal-agrees-with-its-noun',
    source: 'The office is on the ⟨third;fifth;second⟩ floor.',
    frame:
      '⟦⟪يقع المكتب في الطابق ⟨الثالث;الخامس;الثاني⟩.;المكتب في الطابق ⟨الثالث;الخامس;الثاني⟩.⟫|⟪يقع المكتب في الطابق ⟨الثالثة;الخامسة;الثانية⟩.;المكتب في الطابق ⟨الثالثة;الخامسة;الثانية⟩.⟫=gender: a feminine ordinal for a masculine noun|⟪يقع المكتب في طابق ⟨الثالث;الخامس;الثاني⟩.;المكتب في طابق ⟨الثالث;الخامس;الثاني⟩.⟫=article: the noun without ال before a definite ordinal|⟪يقع المكتب في الطابق ⟨ثلاثة;خمسة;اثنين⟩.;المكتب في الطابق ⟨ثلاثة;خمسة;اثنين⟩.⟫=form: a cardinal number for the ordinal⟧',
  },
  {
    id: 'demonstrative-for-things',
    source: 'Please review these ⟨documents;files;reports⟩ before Monday.',
    frame:
      '⟦⟪يُرجى مراجعة هذه ⟨المستندات;الملفات;التقارير⟩ قبل يوم الاثنين.;نرجو مراجعة هذه ⟨المستندات;الملفات;التقارير⟩ قبل يوم الاثنين.⟫|⟪يُرجى مراجعة هؤلاء ⟨المستندات;الملفات;التقارير⟩ قبل يوم الاثنين.;نرجو مراجعة هؤلاء ⟨المستندات;الملفات;التقارير⟩ قبل يوم الاثنين.⟫=agreement: the human plural هؤلاء for things (a non-human plural takes هذه)|⟪يُرجى مراجعة هذا ⟨المستندات;الملفات;التقارير⟩ قبل يوم الاثنين.;يُرجى الاطلاع على هذا ⟨المستندات;الملفات;التقارير⟩ قبل يوم الاثنين.⟫=agreement: the masculine singular هذا for a plural|⟪يُرجى مراجعة هذه ⟨مستندات;ملفات;تقارير⟩ قبل يوم الاثنين.;يُرجى الاطلاع على هذه ⟨مستندات;ملفات;تقارير⟩ قبل يوم الاثنين.⟫=article: the noun after a demonstrative without ال⟧',
  },
  {
    id: 'demonstrative-for-people',
    source: 'These ⟨customers;suppliers;partners⟩ have paid their invoices.',
    frame:
      '⟦⟪سدّد هؤلاء ⟨العملاء;الموردون;الشركاء⟩ فواتيرهم.;هؤلاء ⟨العملاء;الموردون;الشركاء⟩ سدّدوا فواتيرهم.;دفع هؤلاء ⟨العملاء;الموردون;الشركاء⟩ فواتيرهم.⟫|⟪سدّد هذه ⟨العملاء;الموردون;الشركاء⟩ فواتيرهم.;هذه ⟨العملاء;الموردون;الشركاء⟩ سدّدوا فواتيرهم.⟫=agreement: the non-human هذه for people|⟪سدّد هؤلاء ⟨العملاء;الموردون;الشركاء⟩ فواتيرها.;دفع هؤلاء ⟨العملاء;الموردون;الشركاء⟩ فواتيرها.⟫=agreement: the non-human pronoun ـها for people|⟪سدّدوا هؤلاء ⟨العملاء;الموردون;الشركاء⟩ فواتيرهم.;دفعوا هؤلاء ⟨العملاء;الموردون;الشركاء⟩ فواتيرهم.⟫=agreement: a plural verb before its subject (in verb-first order the verb stays singular)⟧',
  },
]
