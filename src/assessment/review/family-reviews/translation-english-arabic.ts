import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `translation-english-arabic` test: 97
 * submitted, 97 kept, all `ok`. Every family's frame was read in full (each key wording, each
 * distractor wording and its named error, in every choice) as an English → Arabic translator and
 * reviser working in Modern Standard Arabic would: numerals and the noun they count, agreement of
 * verbs, adjectives, demonstratives and pronouns with human and non-human plurals, the idafa, case
 * after كان, ليس and أنّ, لم and لن, relatives after definite nouns; false friends, calques and
 * established terms; the formulas of Arabic business letters and email; and dates, digits,
 * separators, currencies and punctuation by the locale each brief names. Dates (Gregorian in the
 * month names of ar-SA, ar-AE, ar-EG and ar-JO, Hijri by Umm al-Qura), weekdays, amounts, times and
 * the noun after each number are recomputed by the key test.
 *
 * Fixed in place (13 families) before the fingerprints were taken. Flagged by the author:
 * `numeral-3-to-10-with-companies` (its ثلاث شركةً distractor differed from the singular
 * distractor only by tanwīn, which the test does not ask; now ال on the counted noun) and
 * `account-balance-is-raseed` (the key was always حسابك ذو رصيد, a wording no distractor had,
 * while the natural رصيد حسابك was only ever wrong; now the key and distractors share four
 * natural wordings). Distractors a reader could defend or that carried a second error: لم تسلّمنا
 * (readable as the grammatical لم تُسلِّمنا), مئتا as an object (a case error on top of the
 * meaning), المخلص لكم (an old Arabic closing), and a list variant that also dropped all commas.
 * A key that was not quite right: قبل يوم الجمعة for "by Friday" (now قبل نهاية يوم الجمعة), and
 * لدى هذا الفرع for "the branch". A distractor no translator writes (شرطة الخصوصية for "privacy
 * policy") replaced by the real wrong sense بوليصة. The flagged judgement calls: كل موظفة kept as
 * a meaning error (it narrows a generic "every employee" to women) and renamed so; على الصفحة
 * نفسها kept as the calque, the stem now giving a formal context where an MSA reviser replaces
 * it; the salutation (no distractor offers عزيزي, the one rendering a reader might defend; one
 * error renamed), foreign names in Latin script (an error in Arabic running text) and the
 * Levantine or Gulf month names (each brief names its locale, so the other names are against the
 * brief) kept. The list family, once its key was a single wording with each distractor one edit
 * of it (most similar 1.00), now offers the Latin comma, و only before the last item and the
 * English list copied as it stands, in two wordings; and `keep-me-in-the-loop` (cross-out 0.51)
 * draws a third wording in two distractors.
 *
 * Cue rates over 300 draws a family after the fixes: no family gives a rule more than 0.50
 * (`a-piece-of-cake`, cross out the longest and the most similar), 10 families from 0.46 to 0.50;
 * rule means at most 0.31 (cross out the longest and the most similar), most similar 0.27, the
 * others 0.25 or less.
 */
export const TRANSLATION_ENGLISH_ARABIC_REVIEW: TestFamilyReview = {
  testId: 'translation-english-arabic',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-04',
  families: {
    'tr-en-ar-grammar/numeral-3-to-10-with-engineers': {
      verdict: 'ok',
      fingerprint: '91c879edccbd1d24',
      note: 'ثلاثة/خمسة/سبعة مهندسين (opposite gender, genitive plural) in all three wordings, checked by the key test; feminine numeral, accusative singular (مهندسًا) and bare singular each one error.',
    },
    'tr-en-ar-grammar/numeral-3-to-10-with-companies': {
      verdict: 'ok',
      fingerprint: 'bde75c7867f78e7c',
      note: 'Fixed (flagged): the distractor ثلاث شركةً differed from the singular distractor only by tanwīn, which the test does not ask; replaced by ثلاث الشركات (ال on the counted noun, which MSA would write الشركات الثلاث). Each option now draws from the same four wordings (قدّمت … عروضها/عطاءاتها, تقدّمت … بعروضها/بعطاءاتها), so the key is not the centre (was 0.89 most similar). Key ثلاث/أربع/ست شركات checked by the key test.',
    },
    'tr-en-ar-grammar/numeral-3-to-10-with-days': {
      verdict: 'ok',
      fingerprint: 'a7dee79e2f86da35',
      note: 'ثلاثة/خمسة/عشرة أيام; feminine numeral, يومًا (accusative singular) and أسابيع (weeks) each one error. يصل الطلب في غضون is a fair rendering of "takes".',
    },
    'tr-en-ar-grammar/numeral-3-to-10-with-cars': {
      verdict: 'ok',
      fingerprint: 'd6e8b252df2c679e',
      note: 'ثلاث/خمس/تسع سيارات جديدة (feminine-singular adjective for a non-human plural); masculine numeral, جديد and the singular سيارة each one error.',
    },
    'tr-en-ar-grammar/numeral-3-to-10-with-branches': {
      verdict: 'ok',
      fingerprint: '994310796291901c',
      note: 'ثلاثة/ستة/ثمانية فروع; ثلاث/ست/ثماني فروع (feminine forms), فرعًا and مكاتب (offices) each one error. المصرف and البنك both standard.',
    },
    'tr-en-ar-grammar/tens-with-employees-as-subject': {
      verdict: 'ok',
      fingerprint: '9ebdd2d92fc2b797',
      note: 'عشرون/ثلاثون/أربعون موظفًا as subject; موظفين, the -īn numeral and the bare singular each one error. Fixed: لدى هذا الفرع ("this branch") now لدى الفرع, as the source says.',
    },
    'tr-en-ar-grammar/teens-with-companies': {
      verdict: 'ok',
      fingerprint: '52e4e69bc584b790',
      note: 'ثلاث عشرة/خمس عشرة/سبع عشرة شركة; masculine compound, شركات and ثلاث عشر (عشر not agreeing) each one error; the key test checks the numeral and noun.',
    },
    'tr-en-ar-grammar/teens-with-engineers': {
      verdict: 'ok',
      fingerprint: 'e00d8f7ff7ebcf74',
      note: 'ثلاثة عشر … مهندسًا; feminine compound, مهندسين and ثلاثة عشرة each one error.',
    },
    'tr-en-ar-grammar/hundred-and-thousand-with-orders': {
      verdict: 'ok',
      fingerprint: '34356551f67bb386',
      note: 'مئة/ألف طلب (genitive singular); طلبات and طلبًا each one error. Fixed: the dual distractor was مئتا/ألفا as the object of تلقّينا and استلمنا (a case error on top of the meaning error); now مئتي/ألفي there and مئتا/ألفا only as the subject of وصلنا.',
    },
    'tr-en-ar-grammar/dual-subject-without-a-numeral': {
      verdict: 'ok',
      fingerprint: '833986506a27fccd',
      note: 'مديران (optionally مديران اثنان) as subject; the -ayn dual, اثنان مدير and the plural مديرون each one error.',
    },
    'tr-en-ar-grammar/dual-object-with-adjective': {
      verdict: 'ok',
      fingerprint: '073b11a0e3af79ef',
      note: 'سيارتين جديدتين as object; nominative dual, singular adjective after the dual and اثنتين سيارة each one error. The key wording (قمنا بشراء) also appears in two distractors.',
    },
    'tr-en-ar-grammar/non-human-plural-takes-feminine-singular': {
      verdict: 'ok',
      fingerprint: 'e5b39199e92edfcb',
      note: 'التقارير/الملفات/العقود الجديدة جاهزة; جاهزون, الجديد and the singular each one error.',
    },
    'tr-en-ar-grammar/non-human-plural-subject-verb': {
      verdict: 'ok',
      fingerprint: '23b2fb1d17c38e53',
      note: 'ارتفعت الأسعار/المبيعات/التكاليف; ارتفعوا, انخفضت (fell) and the present ترتفع for a past event each one error.',
    },
    'tr-en-ar-grammar/vso-verb-stays-singular': {
      verdict: 'ok',
      fingerprint: 'bfe8d8361fdbcb6a',
      note: 'حضر/أتمّ/بدأ الموظفون in verb-first order; حضروا الموظفون (the dialectal pattern), الموظفون حضر and الموظفين as subject each one error an MSA reviser marks.',
    },
    'tr-en-ar-grammar/feminine-human-plural-verb': {
      verdict: 'ok',
      fingerprint: 'f800f7b7224d5473',
      note: 'وقّعت الممرضات على العقد; وقّعن before the subject, الممرضات وقّعوا and العقود (number) each one error. وقّع على and وقّع with a direct object both accepted.',
    },
    'tr-en-ar-grammar/feminine-subject-feminine-verb': {
      verdict: 'ok',
      fingerprint: '44deea6c6bc72019',
      note: 'أعلنت الشركة (عن) نتائجها; masculine verb, masculine possessive ـه and الشركات each one error.',
    },
    'tr-en-ar-grammar/indefinite-noun-feminine-adjective': {
      verdict: 'ok',
      fingerprint: '17f284d1cb10defa',
      note: 'سياسة خصوصية/تسعير/سفر جديدة; جديد, the definite سياسة الخصوصية الجديدة and the adjective first each one error.',
    },
    'tr-en-ar-grammar/idafa-first-term-without-article': {
      verdict: 'ok',
      fingerprint: '05363c1ffacd1b96',
      note: "مدير/محاسب/محامي الشركة (محامي keeps its yā' in construct); ال on the first term, شركة without ال and the English possessor order each one error.",
    },
    'tr-en-ar-grammar/idafa-adjective-after-the-chain': {
      verdict: 'ok',
      fingerprint: 'b8fdb4d5b48fbbf5',
      note: 'مدير قسم المبيعات الجديد (adjective after the chain; read as the manager being new, as usual); ال on the first term, the adjective inside the chain and another weekday each one error.',
    },
    'tr-en-ar-grammar/dual-drops-nun-in-idafa': {
      verdict: 'ok',
      fingerprint: '9b6e2a676044c70a',
      note: 'ممثّلا الشركة with a singular verb first or وقّعا after; ممثّلان الشركة, وقّعا before the subject and ممثّلو each one error.',
    },
    'tr-en-ar-grammar/sound-plural-drops-nun-in-idafa': {
      verdict: 'ok',
      fingerprint: '3b7daec15958ab7e',
      note: 'موظفو الشركة مدعوون; موظفون الشركة, موظفي as subject and شركة without ال each one error.',
    },
    'tr-en-ar-grammar/definite-noun-definite-adjective': {
      verdict: 'ok',
      fingerprint: 'f94d277fb90391d6',
      note: 'المكتب/المبنى/الفرع الجديد; adjective without ال, ال on the adjective only and the adjective first each one error.',
    },
    'tr-en-ar-grammar/kana-predicate-accusative': {
      verdict: 'ok',
      fingerprint: 'f094e76966ebd72e',
      note: 'الاجتماع مع العميل كان مفيدًا/ناجحًا/قصيرًا (subject first is natural; the accusative is kept); the nominative predicate, كانت for a masculine subject and the opposite quality each one error.',
    },
    'tr-en-ar-grammar/anna-subject-accusative': {
      verdict: 'ok',
      fingerprint: '1e0dad2549c2e8fb',
      note: 'أن الموظفين/المهندسين/المدربين مستعدون; nominative subject of أنّ, accusative predicate and singular مستعد each one error.',
    },
    'tr-en-ar-grammar/laysa-predicate-accusative': {
      verdict: 'ok',
      fingerprint: '24fce161298aba3b',
      note: 'ليس السعر نهائيًا / السعر ليس نهائيًا; nominative predicate, ليست and لا in a nominal sentence (which also reads as "infinite") each an error any reviser marks.',
    },
    'tr-en-ar-grammar/lam-takes-the-jussive': {
      verdict: 'ok',
      fingerprint: '7a3c03ac37821281',
      note: 'لم نستلم/نتسلّم/تصلنا … بعد; لن for "have not" and نرسل (sent) each one error. Fixed: the distractor لم تسلّمنا could be read as the grammatical لم تُسلِّمنا ("you did not hand us"); now لم تلقّينا, unambiguously لم before a past verb.',
    },
    'tr-en-ar-grammar/lan-takes-the-subjunctive': {
      verdict: 'ok',
      fingerprint: '53638adf9b81a575',
      note: 'لن نرفع; لن سنرفع, لم for "will not" and نخفّض (lower) each one error.',
    },
    'tr-en-ar-grammar/relative-pronoun-agrees-in-gender': {
      verdict: 'ok',
      fingerprint: '8981a359fcc4f8d1',
      note: 'الفاتورة/القائمة/الرسالة التي أرسلناها; الذي, أرسلتموها (you sent) and التي after an indefinite noun each one error.',
    },
    'tr-en-ar-grammar/no-relative-pronoun-after-an-indefinite-noun': {
      verdict: 'ok',
      fingerprint: '32926d6e51dfb5b8',
      note: 'موظف يتحدث الفرنسية (no relative after an indefinite antecedent); الذي, the feminine verb and English for French each one error.',
    },
    'tr-en-ar-grammar/kull-with-an-indefinite-singular': {
      verdict: 'ok',
      fingerprint: 'd0daeb4f83826b41',
      note: 'كل موظف/مشارك/زائر; كل الموظف ("the whole employee") and كل موظفين each one error. Flagged call kept, error renamed: كل موظفة narrows "every employee" to women, a meaning error a reviser marks (the masculine is the generic in Arabic), now named as a mistranslation rather than a gender error.',
    },
    'tr-en-ar-grammar/idha-takes-the-past': {
      verdict: 'ok',
      fingerprint: 'a41836959b3117ec',
      note: 'إذا كانت لديكم … فلا تترددوا/فيسعدنا; إذا ستكون, the counterfactual لو (with فـ, where لو would take لـ) and شكاوى (complaints) each one error.',
    },
    'tr-en-ar-grammar/ordinal-agrees-with-its-noun': {
      verdict: 'ok',
      fingerprint: 'd864810f07419919',
      note: 'الطابق الثالث/الخامس/الثاني; feminine ordinal, طابق without ال and a cardinal each one error.',
    },
    'tr-en-ar-grammar/demonstrative-for-things': {
      verdict: 'ok',
      fingerprint: '717cbf5afc92dfaf',
      note: 'هذه المستندات/الملفات/التقارير; هؤلاء, هذا and the noun without ال after the demonstrative each one error.',
    },
    'tr-en-ar-grammar/demonstrative-for-people': {
      verdict: 'ok',
      fingerprint: '03d0123cf3258a78',
      note: 'هؤلاء العملاء/الموردون/الشركاء … فواتيرهم; هذه for people, ـها for people (older usage allows it with some broken plurals, but an MSA reviser corrects it to ـهم) and the plural verb first each one error.',
    },
    'tr-en-ar-lexis/actual-is-not-current': {
      verdict: 'ok',
      fingerprint: '8afef2c277f98d95',
      note: 'التكلفة الفعلية; الحالية (current), "did not reach" (lower) and الإجمالية (total) each one error.',
    },
    'tr-en-ar-lexis/take-place-is-held': {
      verdict: 'ok',
      fingerprint: '4b2f3a9d2509fd1b',
      note: 'يُعقد الاجتماع; يأخذ مكانه (calque), يُلغى (cancelled) and المؤتمر for meeting each one error.',
    },
    'tr-en-ar-lexis/make-a-decision-is-take': {
      verdict: 'ok',
      fingerprint: 'c8fdb9f2f86eb710',
      note: 'يتخذ قرارًا; يصنع قراره (صنع القرار exists as a noun phrase, but the verb with a single decision is the calque a reviser changes), يؤجّل and قراراته each one error.',
    },
    'tr-en-ar-lexis/apply-for-a-job': {
      verdict: 'ok',
      fingerprint: '63931e12f53ed680',
      note: 'تقدّم لوظيفة / قدّم طلبًا; طبّق على (calque), استقال and حصل/فاز each one error.',
    },
    'tr-en-ar-lexis/application-form-is-a-request': {
      verdict: 'ok',
      fingerprint: 'bcdf3a6a02e05abe',
      note: 'استمارة/نموذج طلب التوظيف; تطبيق, بعد (after) and طلب الإجازة each one error. Fixed: the key wording قبل يوم الجمعة meant "before Friday" where the source says "by Friday"; now قبل نهاية يوم الجمعة (the same change in each option).',
    },
    'tr-en-ar-lexis/reservations-are-doubts': {
      verdict: 'ok',
      fingerprint: 'a45f2c07844c26bc',
      note: 'تحفظات على/بشأن الخطة; حجوزات (bookings), اقتراحات and كثيرة for "some" each one error.',
    },
    'tr-en-ar-lexis/sensible-is-not-sensitive': {
      verdict: 'ok',
      fingerprint: '5da3924b3c54654e',
      note: 'حكيم; حساس (false friend), متسرع and معقد each one error.',
    },
    'tr-en-ar-lexis/terms-and-conditions': {
      verdict: 'ok',
      fingerprint: '1d80c3f06108f581',
      note: 'الشروط والأحكام; المصطلحات, الشروط والظروف and رفض each one error.',
    },
    'tr-en-ar-lexis/policy-is-not-police': {
      verdict: 'ok',
      fingerprint: 'e22bf633904951c5',
      note: 'سياسة الخصوصية; بعد for "before" and سياسة الأسعار each one error. Fixed: شرطة الخصوصية ("privacy police") was a slip no translator makes and easy to cross out; now بوليصة الخصوصية, "policy" in its insurance sense, a real wrong-sense error.',
    },
    'tr-en-ar-lexis/account-balance-is-raseed': {
      verdict: 'ok',
      fingerprint: '49a6121467cdbbeb',
      note: 'Fixed (flagged): the key always read حسابك ذو رصيد …, a wording no distractor had, while the natural رصيد حسابك … was only ever wrong. Now the key draws from four natural wordings (رصيد حسابك, حسابك ذو رصيد, يُظهر حسابك رصيدًا, لديك رصيد … في حسابك) that the distractors share; توازن (equilibrium), the opposite state and حساباتك (accounts) each one error. Most similar was 1.00, now under 0.4.',
    },
    'tr-en-ar-lexis/interest-rate-is-faida': {
      verdict: 'ok',
      fingerprint: '9c09197d917a04c2',
      note: 'سعر الفائدة; الاهتمام (attention), الوديعة (deposit) and سعر صرف each one error.',
    },
    'tr-en-ar-lexis/no-charge-means-no-fee': {
      verdict: 'ok',
      fingerprint: 'eb44fae2f415c59b',
      note: 'لا توجد رسوم / مجاني; شحن, تهمة (accusation) and the charge asserted each one error.',
    },
    'tr-en-ar-lexis/issue-is-a-problem': {
      verdict: 'ok',
      fingerprint: 'b1b51c7f4438f4a7',
      note: 'مشكلة/خلل; عدد (a magazine issue), اكتشفنا (found) and the future each one error.',
    },
    'tr-en-ar-lexis/deadline-is-the-final-date': {
      verdict: 'ok',
      fingerprint: '67792a7ad856307f',
      note: 'الموعد النهائي; الخط الميت (calque), the opening date and the interview date each one error.',
    },
    'tr-en-ar-lexis/on-the-other-hand': {
      verdict: 'ok',
      fingerprint: 'daf4aeab6b6cc703',
      note: 'من ناحية أخرى/في المقابل/من جهة أخرى; على اليد الأخرى (calque), غالٍ (expensive) and ليس with a nominative predicate each one error.',
    },
    'tr-en-ar-lexis/human-resources-term': {
      verdict: 'ok',
      fingerprint: '969c20d57bc856c3',
      note: 'الموارد البشرية; المصادر الإنسانية, الموارد المالية and العلاقات العامة each one error.',
    },
    'tr-en-ar-lexis/board-of-directors-term': {
      verdict: 'ok',
      fingerprint: '13e96e4f4df7eb9e',
      note: 'مجلس الإدارة; لوحة المديرين, رفض and الجمعية العمومية each one error.',
    },
    'tr-en-ar-lexis/invoice-is-not-a-receipt': {
      verdict: 'ok',
      fingerprint: '0192451f97cf7e94',
      note: 'فاتورة; إيصال, عرض سعر and فواتير each one error; the key wording also appears among the distractors.',
    },
    'tr-en-ar-lexis/stakeholders-term': {
      verdict: 'ok',
      fingerprint: '02338ecde8626df2',
      note: 'أصحاب المصلحة/الأطراف المعنية; المساهمين (shareholders), حاملي الأوتاد and بعد each one error.',
    },
    'tr-en-ar-lexis/fire-means-dismiss': {
      verdict: 'ok',
      fingerprint: '297dadcdb1f9ae75',
      note: 'فصلت/أنهت خدمات; أطلقت النار, عيّنت/وظّفت and the masculine verb for the company each one error.',
    },
    'tr-en-ar-lexis/run-a-business-is-manage': {
      verdict: 'ok',
      fingerprint: '48bab943e6e51415',
      note: 'تدير; تركض, تبيع and the masculine verb for a woman each one error.',
    },
    'tr-en-ar-lexis/customs-is-jamarik': {
      verdict: 'ok',
      fingerprint: 'fe9e76e1c78fe3f9',
      note: 'الجمارك; العادات, الميناء and أُفرج (released) each one error.',
    },
    'tr-en-ar-lexis/minutes-of-a-meeting': {
      verdict: 'ok',
      fingerprint: '1b0506649cda965a',
      note: 'محضر; دقائق, جدول أعمال and دعوة each one error.',
    },
    'tr-en-ar-lexis/notice-period': {
      verdict: 'ok',
      fingerprint: '52fe8a2961f4837c',
      note: 'فترة الإشعار (شهر واحد, شهران, ثلاثة أشهر and the accusatives after تبلغ checked); الملاحظة, التجربة and الإجازة each one error.',
    },
    'tr-en-ar-lexis/a-sale-is-a-discount': {
      verdict: 'ok',
      fingerprint: '346bc6102b888976',
      note: 'التخفيضات/التنزيلات; المبيعات, another season and الإجازة each one error.',
    },
    'tr-en-ar-lexis/take-into-account': {
      verdict: 'ok',
      fingerprint: '441c75384f658bfb',
      note: 'في/بعين الاعتبار; بعين الحساب (calque), نتجاهل and the past راعينا each one error.',
    },
    'tr-en-ar-lexis/in-charge-of': {
      verdict: 'ok',
      fingerprint: '6260a56987e5aee5',
      note: 'مسؤول عن / يتولى مسؤولية; في شحن (calque), the other sex and the plural each one error.',
    },
    'tr-en-ar-lexis/free-of-charge-is-majjani': {
      verdict: 'ok',
      fingerprint: '6aec51873bd4339d',
      note: 'التوصيل/التركيب/الشحن المجاني; حرّ, مدفوع الأجر and بعض for "all" each one error.',
    },
    'tr-en-ar-register/salutation-formal-letter': {
      verdict: 'ok',
      fingerprint: 'f4b22a1ffe3db0b0',
      note: 'Flagged call kept: السيد … المحترم and سعادة الأستاذ … المحترم are the formal salutations; Arabic does not render "Dear" here, and no distractor offers عزيزي, so none is defensible. يا without a title, أهلًا/هاي and a woman\'s name for Mr each one error; the first error renamed (it uses the full name, not the first name).',
    },
    'tr-en-ar-register/closing-formal-letter': {
      verdict: 'ok',
      fingerprint: 'f320e9b8d7d666ad',
      note: 'مع خالص التحية والتقدير / وتقبلوا فائق الاحترام; an affectionate and a casual closing each one error. Fixed: the calque distractor المخلص لكم بكل صدق وإخلاص could be defended (المخلص is an old Arabic closing); now لكم بصدق, "yours sincerely" word for word.',
    },
    'tr-en-ar-register/hope-this-finds-you-well': {
      verdict: 'ok',
      fingerprint: '45db3feabe3a1742',
      note: 'أرجو أن تكونوا بخير / آمل أن تصلكم رسالتي وأنتم بأتم الصحة; تجدكم … جيدًا (calque), colloquial and a check that the mail arrived each one error.',
    },
    'tr-en-ar-register/please-find-attached': {
      verdict: 'ok',
      fingerprint: '6383a11dad27663e',
      note: 'نرفق لكم طيّه / تجدون في المرفقات / مرفق بهذه الرسالة; اعثر على (calque), a colloquial command and another document each one error.',
    },
    'tr-en-ar-register/look-forward-to-your-reply': {
      verdict: 'ok',
      fingerprint: 'a561c13005b6231f',
      note: 'نتطلع إلى ردّكم; ننظر إلى الأمام, a blunt command and thanks for a reply not yet received each one error.',
    },
    'tr-en-ar-register/thank-you-for-your-patience': {
      verdict: 'ok',
      fingerprint: '3a471bf67d1d61f3',
      note: 'نشكركم على صبركم / سعة صدركم; مريضكم, colloquial thanks and an apology each one error.',
    },
    'tr-en-ar-register/apologise-for-any-inconvenience': {
      verdict: 'ok',
      fingerprint: 'bc9ceb0ccb4f99bf',
      note: 'نعتذر عن أي إزعاج; colloquial, راحة and عدم ملاءمة each one error.',
    },
    'tr-en-ar-register/at-the-end-of-the-day': {
      verdict: 'ok',
      fingerprint: '45f74bfa4a1ecac6',
      note: 'في نهاية المطاف/المحصلة/الأمر; في نهاية اليوم (the calque MSA style guides correct), في البداية and المورّد each one error.',
    },
    'tr-en-ar-register/a-piece-of-cake': {
      verdict: 'ok',
      fingerprint: '145fb2e8150c8c9e',
      note: 'في غاية السهولة / لا يمثّل أي صعوبة; قطعة من الكعكة, صعب and colloquial each one error.',
    },
    'tr-en-ar-register/hit-the-ground-running': {
      verdict: 'ok',
      fingerprint: '8e7aa0bf6488483d',
      note: 'productive from day one; literal, running as a sport and part-time work each one error.',
    },
    'tr-en-ar-register/a-ballpark-figure': {
      verdict: 'ok',
      fingerprint: 'ddb2a338971f6a7c',
      note: 'رقم/تقدير تقريبي; رقم ملعب, an exact final figure and a blunt command (أعطنا, عطونا) each one error.',
    },
    'tr-en-ar-register/on-the-same-page': {
      verdict: 'ok',
      fingerprint: '1e45edbd1473869e',
      note: 'متفقون / توافق رؤانا; بعد and جاهزون each one error. Flagged call: على الصفحة نفسها / في نفس الصفحة is now common in informal and Gulf business Arabic, so the stem now gives a formal context ([Formal letter to a partner company]), where an MSA reviser replaces the calque.',
    },
    'tr-en-ar-register/keep-me-in-the-loop': {
      verdict: 'ok',
      fingerprint: '46e30bd97fcba520',
      note: "على اطلاع بمستجدات / إحاطتي علمًا; في الحلقة, إبعادي and the plural each one error. Cross-out rule was 0.51: the plural and calque distractors now also draw the key's third wording (إحاطتي علمًا بكل جديد), 0.40.",
    },
    'tr-en-ar-register/polite-request-to-a-client': {
      verdict: 'ok',
      fingerprint: '01db08e22325dc5e',
      note: 'هل يمكنكم/بإمكانكم … ؟; a colloquial command, Latin ? and "sign" for "send the signed" each one error.',
    },
    'tr-en-ar-register/with-reference-to-your-letter': {
      verdict: 'ok',
      fingerprint: '7bc7d0530f20d34a',
      note: 'بالإشارة إلى خطابكم/كتابكم/رسالتكم; مع المرجع إلى (calque), colloquial (اللي بعتها) and مكالمتكم each one error.',
    },
    'tr-en-ar-register/best-regards': {
      verdict: 'ok',
      fingerprint: 'bea2591754475f28',
      note: 'مع أطيب/خالص التحيات; أفضل الاعتبارات (calque), a casual and an affectionate closing each one error.',
    },
    'tr-en-ar-register/cost-an-arm-and-a-leg': {
      verdict: 'ok',
      fingerprint: 'ae4f961357aca76e',
      note: 'مبلغًا طائلًا / باهظ الثمن (accusative by idafa, correct unvowelled) / ثروة; ذراعًا وساقًا, cheap and colloquial each one error.',
    },
    'tr-en-ar-register/not-my-cup-of-tea': {
      verdict: 'ok',
      fingerprint: '3c577f0aeb553626',
      note: 'ليست/ليس من اهتماماتي / لا أميل إلى; فنجان الشاي الخاص بي, the opposite and ليس/ليست of the other gender each one error.',
    },
    'tr-en-ar-conventions/gregorian-date-arabic-indic-digits': {
      verdict: 'ok',
      fingerprint: 'd8e87dc8657d8b61',
      note: 'Dates as CLDR ar-SA (Gregorian) gives them, recomputed by the key test; Western digits, the Hijri date against the brief and day-month swapped each one error.',
    },
    'tr-en-ar-conventions/gregorian-date-western-digits-gulf': {
      verdict: 'ok',
      fingerprint: '131f03cc377e8082',
      note: 'CLDR ar-AE date in Western digits; Arabic-Indic digits, Levantine month names (the brief names a UAE site; the Gulf uses يناير, فبراير) and the US order each one error.',
    },
    'tr-en-ar-conventions/gregorian-date-levantine-months': {
      verdict: 'ok',
      fingerprint: '7083f10876c31e66',
      note: 'Flagged month-name call: the brief asks for the Levantine names (ar-JO), so آذار/نيسان/تشرين الأول is the key and مارس/أبريل/أكتوبر is against the brief; Western digits and the month before each one error. Dates recomputed by the key test.',
    },
    'tr-en-ar-conventions/hijri-date-when-the-form-asks': {
      verdict: 'ok',
      fingerprint: 'ad49c8f05d9066e1',
      note: 'Umm al-Qura dates recomputed by the key test (ذو القعدة as CLDR writes the month); the Gregorian date, the year one short and the month before each one error.',
    },
    'tr-en-ar-conventions/grouping-arabic-indic-separators': {
      verdict: 'ok',
      fingerprint: 'be9fc5f1c85334c5',
      note: '١٢٬٥٠٠ etc. with ٬, وحدة singular after hundreds/thousands; Western digits, a full stop and ٫ for grouping each one error.',
    },
    'tr-en-ar-conventions/decimal-separator-arabic-indic': {
      verdict: 'ok',
      fingerprint: 'e3e0d39ad6f4712b',
      note: '٢٫٥ كغ; ، as decimal separator, the separator dropped and Western digits each one error.',
    },
    'tr-en-ar-conventions/riyal-amount-saudi': {
      verdict: 'ok',
      fingerprint: 'a90fa6d9a5f595af',
      note: '١٬٢٥٠٫٥٠ ر.س. as CLDR ar-SA writes it, checked by the key test; symbol first, dirhams and Western digits each one error.',
    },
    'tr-en-ar-conventions/dirham-total-uae': {
      verdict: 'ok',
      fingerprint: '52d4a53617693203',
      note: '3,450.00 د.إ. as CLDR ar-AE writes it; Arabic-Indic digits, European separators and symbol first each one error.',
    },
    'tr-en-ar-conventions/egyptian-pound-amount': {
      verdict: 'ok',
      fingerprint: 'bc7ebf75017843ff',
      note: '٤٬٩٩٩٫٩٩ ج.م. as CLDR ar-EG writes it; pounds sterling, Western digits and symbol first each one error.',
    },
    'tr-en-ar-conventions/percent-arabic-indic': {
      verdict: 'ok',
      fingerprint: '19cdb6d8d6cb6101',
      note: '١٥٪ with the Arabic percent sign; Western digits, ten times and per mille each one error.',
    },
    'tr-en-ar-conventions/list-with-wa-and-arabic-comma': {
      verdict: 'ok',
      fingerprint: '682d032d86d2af98',
      note: 'و before every item with ، (نبيع or نعرض للبيع); the Latin comma and و only before the last item each one error. Fixed: the key was always one wording and every distractor one edit of it (most similar 1.00 after a variant that also dropped the commas was corrected). The نشتري (buy) distractor is replaced by the English list copied as it stands (Latin commas and و only before the last), the one slip a translator makes most; the four options now form a square of the two conventions, so none is the centre (0.40).',
    },
    'tr-en-ar-conventions/arabic-question-mark': {
      verdict: 'ok',
      fingerprint: '162b3fc5f1fd1743',
      note: '؟; Latin ?, a full stop ending a question and استلام (receive) each one error.',
    },
    'tr-en-ar-conventions/foreign-names-transliterated': {
      verdict: 'ok',
      fingerprint: 'ff4b15c342e2317f',
      note: 'Flagged call kept: جون سميث / ماري براون / ديفيد ميلر are the usual transliterations (key test table); a personal name left in Latin script in Arabic running text, family name first and the name translated (الحداد for Smith) are errors an Arabic editor corrects. ضيفتنا for Mary checked.',
    },
    'tr-en-ar-conventions/twelve-hour-time-arabic-indic': {
      verdict: 'ok',
      fingerprint: 'cc5ace31e0a1065e',
      note: '٣:٠٠ م as CLDR ar-SA 12-hour; ص, Western digits and ١٥:٠٠ م each one error.',
    },
    'tr-en-ar-conventions/weekday-and-date-egypt': {
      verdict: 'ok',
      fingerprint: '43f4c2cdb7b44aba',
      note: "Weekdays of 4, 7 and 23 December 2026 (Friday, Monday, Wednesday) as CLDR ar-EG, recomputed by the key test; Latin comma, the next day's weekday and Western digits each one error.",
    },
    'tr-en-ar-conventions/large-number-western-digits': {
      verdict: 'ok',
      fingerprint: '8f5bf88801c6978e',
      note: '1,250,000 زائر (singular after ألف) with Western digits; Arabic-Indic digits, full stops and a tenth each one error.',
    },
    'tr-en-ar-conventions/gregorian-date-egypt': {
      verdict: 'ok',
      fingerprint: '368e4aed758702fb',
      note: 'CLDR ar-EG month names (مارس, فبراير, سبتمبر); Levantine names for an Egyptian reader, Western digits and the year before each one error.',
    },
  },
}
