import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Arabic (Modern Standard Arabic): lexical transfer (an English word read in its
 * wrong sense, such as "actual", "policy", "balance", "charge", "customs" or "minutes"; calques
 * such as "make a decision" with صنع or "take place" word for word; business terms with an
 * established Arabic form, such as الموارد البشرية, مجلس الإدارة and أصحاب المصلحة).
 */
export const AR_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'actual-is-not-current',
    source: 'The actual cost was higher than ⟨planned;expected;budgeted⟩.',
    frame:
      '⟦⟪كانت التكلفة الفعلية أعلى ⟨مما كان مخططًا;مما كان متوقعًا;مما رُصد في الميزانية⟩.;جاءت التكلفة الفعلية أعلى ⟨مما كان مخططًا;مما كان متوقعًا;مما رُصد في الميزانية⟩.⟫|⟪جاءت التكلفة الحالية أعلى ⟨مما كان مخططًا;مما كان متوقعًا;مما رُصد في الميزانية⟩.;تجاوزت التكلفة الحالية ما كان ⟨مخططًا;متوقعًا;مرصودًا في الميزانية⟩.⟫=false friend: "actual" read as "current" (الحالية)|لم تبلغ التكلفة الفعلية ما كان ⟨مخططًا;متوقعًا;مرصودًا في الميزانية⟩.=mistranslation: "higher" rendered as "lower"|⟪جاءت التكلفة الإجمالية أعلى ⟨مما كان مخططًا;مما كان متوقعًا;مما رُصد في الميزانية⟩.;تجاوزت التكلفة الإجمالية ما كان ⟨مخططًا;متوقعًا;مرصودًا في الميزانية⟩.⟫=mistranslation: "actual" rendered as "total"⟧',
  },
  {
    id: 'take-place-is-held',
    source: 'The meeting will take place on ⟨Monday;Tuesday;Wednesday⟩.',
    frame:
      '⟦⟪سيُعقد الاجتماع يوم ⟨الاثنين;الثلاثاء;الأربعاء⟩.;يُعقد الاجتماع يوم ⟨الاثنين;الثلاثاء;الأربعاء⟩ المقبل.⟫|⟪يأخذ الاجتماع مكانه يوم ⟨الاثنين;الثلاثاء;الأربعاء⟩ المقبل.;سيأخذ الاجتماع مكانه يوم ⟨الاثنين;الثلاثاء;الأربعاء⟩.⟫=literal calque: "take place" word for word|⟪يُلغى الاجتماع يوم ⟨الاثنين;الثلاثاء;الأربعاء⟩ المقبل.;سيُلغى الاجتماع المقرر يوم ⟨الاثنين;الثلاثاء;الأربعاء⟩.⟫=mistranslation: "take place" rendered as "be cancelled"|سيُقام المؤتمر يوم ⟨الاثنين;الثلاثاء;الأربعاء⟩.=mistranslation: "meeting" rendered as "conference"⟧',
  },
  {
    id: 'make-a-decision-is-take',
    source: 'The board will make a decision ⟨next week;tomorrow;this month⟩.',
    frame:
      '⟦⟪سيتخذ مجلس الإدارة قرارًا ⟨الأسبوع المقبل;غدًا;هذا الشهر⟩.;سيتّخذ المجلس قراره ⟨الأسبوع المقبل;غدًا;هذا الشهر⟩.⟫|⟨الأسبوع المقبل;غدًا;هذا الشهر⟩ سيصنع مجلس الإدارة قراره.=literal calque: "make" a decision as صنع|⟪سيؤجّل المجلس القرار ⟨الأسبوع المقبل;غدًا;هذا الشهر⟩.;⟨الأسبوع المقبل;غدًا;هذا الشهر⟩ سيؤجّل مجلس الإدارة قراره.⟫=mistranslation: "make" rendered as "postpone"|⟪سيتّخذ المجلس قراراته ⟨الأسبوع المقبل;غدًا;هذا الشهر⟩.;⟨الأسبوع المقبل;غدًا;هذا الشهر⟩ سيتخذ مجلس الإدارة قراراته.⟫=number: decisions for "a decision"⟧',
  },
  {
    id: 'apply-for-a-job',
    source: '⟨Ahmed;Sara;Omar⟩ applied for the ⟨accountant;designer;translator⟩ position.',
    frame:
      '⟦⟪⟨تقدّم أحمد;تقدّمت سارة;تقدّم عمر⟩ لوظيفة ⟨محاسب;مصمم;مترجم⟩.;⟨تقدّم أحمد;تقدّمت سارة;تقدّم عمر⟩ بطلب لشغل وظيفة ⟨محاسب;مصمم;مترجم⟩.;⟨قدّم أحمد;قدّمت سارة;قدّم عمر⟩ طلبًا للحصول على وظيفة ⟨محاسب;مصمم;مترجم⟩.⟫|⟪⟨طبّق أحمد;طبّقت سارة;طبّق عمر⟩ على وظيفة ⟨محاسب;مصمم;مترجم⟩.;⟨طبّق أحمد;طبّقت سارة;طبّق عمر⟩ للحصول على وظيفة ⟨محاسب;مصمم;مترجم⟩.⟫=literal calque: "apply" as طبّق (put into practice)|⟪⟨استقال أحمد;استقالت سارة;استقال عمر⟩ من وظيفة ⟨محاسب;مصمم;مترجم⟩.;⟨قدّم أحمد;قدّمت سارة;قدّم عمر⟩ استقالته من وظيفة ⟨محاسب;مصمم;مترجم⟩.⟫=mistranslation: "applied for" rendered as "resigned from"|⟪⟨حصل أحمد;حصلت سارة;حصل عمر⟩ على وظيفة ⟨محاسب;مصمم;مترجم⟩.;⟨فاز أحمد;فازت سارة;فاز عمر⟩ بوظيفة ⟨محاسب;مصمم;مترجم⟩.⟫=mistranslation: "applied for" rendered as "got"⟧',
  },
  {
    id: 'application-form-is-a-request',
    source: 'Please fill in the job application form by ⟨Friday;Thursday;Sunday⟩.',
    frame:
      '⟦⟪يُرجى ملء استمارة طلب التوظيف قبل يوم ⟨الجمعة;الخميس;الأحد⟩.;يرجى تعبئة نموذج طلب التوظيف بحلول يوم ⟨الجمعة;الخميس;الأحد⟩.;نرجو تعبئة استمارة طلب التوظيف في موعد أقصاه يوم ⟨الجمعة;الخميس;الأحد⟩.⟫|⟪يُرجى ملء استمارة تطبيق التوظيف قبل يوم ⟨الجمعة;الخميس;الأحد⟩.;يرجى تعبئة نموذج تطبيق التوظيف بحلول يوم ⟨الجمعة;الخميس;الأحد⟩.;نرجو تعبئة استمارة تطبيق التوظيف في موعد أقصاه يوم ⟨الجمعة;الخميس;الأحد⟩.⟫=mistranslation: "application" in the software sense (تطبيق)|⟪يُرجى ملء استمارة طلب التوظيف بعد يوم ⟨الجمعة;الخميس;الأحد⟩.;يرجى تعبئة نموذج طلب التوظيف بعد يوم ⟨الجمعة;الخميس;الأحد⟩.;نرجو تعبئة استمارة طلب التوظيف ابتداءً من يوم ⟨الجمعة;الخميس;الأحد⟩.⟫=mistranslation: "by" rendered as "after"|⟪يُرجى ملء استمارة طلب الإجازة قبل يوم ⟨الجمعة;الخميس;الأحد⟩.;يرجى تعبئة نموذج طلب الإجازة بحلول يوم ⟨الجمعة;الخميس;الأحد⟩.;نرجو تعبئة استمارة طلب الإجازة في موعد أقصاه يوم ⟨الجمعة;الخميس;الأحد⟩.⟫=mistranslation: a job application rendered as a leave request⟧',
  },
  {
    id: 'reservations-are-doubts',
    source: 'The ⟨client;partner;supplier⟩ has some reservations about the plan.',
    frame:
      '⟦⟪لدى ⟨العميل;الشريك;المورّد⟩ بعض التحفظات على الخطة.;لدى ⟨العميل;الشريك;المورّد⟩ بعض التحفظات بشأن الخطة.;يُبدي ⟨العميل;الشريك;المورّد⟩ بعض التحفظات على الخطة.⟫|⟪لدى ⟨العميل;الشريك;المورّد⟩ بعض الحجوزات على الخطة.;لدى ⟨العميل;الشريك;المورّد⟩ بعض الحجوزات بشأن الخطة.;يُبدي ⟨العميل;الشريك;المورّد⟩ بعض الحجوزات على الخطة.⟫=mistranslation: "reservations" in the sense of bookings (حجوزات)|⟪لدى ⟨العميل;الشريك;المورّد⟩ بعض الاقتراحات على الخطة.;لدى ⟨العميل;الشريك;المورّد⟩ بعض الاقتراحات بشأن الخطة.;يُبدي ⟨العميل;الشريك;المورّد⟩ بعض الاقتراحات على الخطة.⟫=mistranslation: "reservations" rendered as "suggestions"|⟪لدى ⟨العميل;الشريك;المورّد⟩ تحفظات كثيرة على الخطة.;لدى ⟨العميل;الشريك;المورّد⟩ تحفظات كثيرة بشأن الخطة.;يُبدي ⟨العميل;الشريك;المورّد⟩ تحفظات كثيرة على الخطة.⟫=mistranslation: "some" rendered as "many"⟧',
  },
  {
    id: 'sensible-is-not-sensitive',
    source: 'That was a sensible ⟨decision;choice;step⟩.',
    frame:
      '⟦⟪كان ذلك ⟨قرارًا حكيمًا;اختيارًا حكيمًا;خطوةً حكيمة⟩.;لقد كان ذلك ⟨قرارًا حكيمًا;اختيارًا حكيمًا;خطوةً حكيمة⟩.⟫|⟪كان ذلك ⟨قرارًا حساسًا;اختيارًا حساسًا;خطوةً حساسة⟩.;لقد كان ذلك ⟨قرارًا حساسًا;اختيارًا حساسًا;خطوةً حساسة⟩.⟫=false friend: "sensible" read as "sensitive" (حساس)|كان ذلك ⟨قرارًا متسرعًا;اختيارًا متسرعًا;خطوةً متسرعة⟩.=mistranslation: "sensible" rendered as "hasty"|لقد كان ذلك ⟨قرارًا معقدًا;اختيارًا معقدًا;خطوةً معقدة⟩.=mistranslation: "sensible" rendered as "complicated"⟧',
  },
  {
    id: 'terms-and-conditions',
    source: 'By using the ⟨site;app;service⟩, you accept the terms and conditions.',
    frame:
      '⟦⟪باستخدامك ⟨الموقع;التطبيق;الخدمة⟩، فإنك توافق على الشروط والأحكام.;إن استخدامك ⟨للموقع;للتطبيق;للخدمة⟩ يعني موافقتك على الشروط والأحكام.;يُعدّ استخدام ⟨الموقع;التطبيق;الخدمة⟩ قبولًا منك للشروط والأحكام.⟫|⟪باستخدامك ⟨الموقع;التطبيق;الخدمة⟩، فإنك توافق على المصطلحات والشروط.;إن استخدامك ⟨للموقع;للتطبيق;للخدمة⟩ يعني موافقتك على المصطلحات والشروط.;يُعدّ استخدام ⟨الموقع;التطبيق;الخدمة⟩ قبولًا منك للمصطلحات والشروط.⟫=mistranslation: "terms" in the sense of terminology (مصطلحات)|⟪باستخدامك ⟨الموقع;التطبيق;الخدمة⟩، فإنك توافق على الشروط والظروف.;إن استخدامك ⟨للموقع;للتطبيق;للخدمة⟩ يعني موافقتك على الشروط والظروف.;يُعدّ استخدام ⟨الموقع;التطبيق;الخدمة⟩ قبولًا منك للشروط والظروف.⟫=literal calque: "conditions" as circumstances (ظروف)|⟪باستخدامك ⟨الموقع;التطبيق;الخدمة⟩، فإنك ترفض الشروط والأحكام.;إن استخدامك ⟨للموقع;للتطبيق;للخدمة⟩ يعني رفضك للشروط والأحكام.;يُعدّ استخدام ⟨الموقع;التطبيق;الخدمة⟩ رفضًا منك للشروط والأحكام.⟫=mistranslation: "accept" rendered as "reject"⟧',
  },
  {
    id: 'policy-is-not-police',
    source: 'Read our privacy policy before you ⟨register;subscribe;create an account⟩.',
    frame:
      '⟦⟪يُرجى قراءة سياسة الخصوصية الخاصة بنا قبل ⟨التسجيل;الاشتراك;إنشاء حساب⟩.;ننصحك بالاطلاع على سياسة الخصوصية لدينا قبل ⟨التسجيل;الاشتراك;إنشاء حساب⟩.⟫|ننصحك بالاطلاع على شرطة الخصوصية لدينا قبل ⟨التسجيل;الاشتراك;إنشاء حساب⟩.=false friend: "policy" read as "police" (شرطة)|⟪اقرأ سياسة الخصوصية بعد ⟨التسجيل;الاشتراك;إنشاء حساب⟩.;ننصحك بالاطلاع على سياسة الخصوصية لدينا بعد ⟨التسجيل;الاشتراك;إنشاء حساب⟩.⟫=mistranslation: "before" rendered as "after"|اقرأ سياسة الأسعار قبل ⟨التسجيل;الاشتراك;إنشاء حساب⟩.=mistranslation: "privacy" rendered as "pricing"⟧',
  },
  {
    id: 'account-balance-is-raseed',
    source: 'Your account balance is ⟨low;insufficient;negative⟩.',
    frame:
      '⟦حسابك ذو رصيد ⟨منخفض;غير كافٍ;سالب⟩.|⟪يُظهر حسابك توازنًا ⟨منخفضًا;غير كافٍ;سالبًا⟩.;حسابك ذو توازن ⟨منخفض;غير كافٍ;سالب⟩.⟫=mistranslation: "balance" in the sense of equilibrium (توازن)|رصيد حسابك ⟨مرتفع;كافٍ;موجب⟩.=mistranslation: the opposite state of the balance|تُظهر حساباتك رصيدًا ⟨منخفضًا;غير كافٍ;سالبًا⟩.=number: "accounts" for the one account⟧',
  },
  {
    id: 'interest-rate-is-faida',
    source: 'The interest rate on the loan is ⟨fixed;variable;low⟩.',
    frame:
      '⟦⟪سعر الفائدة على القرض ⟨ثابت;متغير;منخفض⟩.;يخضع القرض لسعر فائدة ⟨ثابت;متغير;منخفض⟩.⟫|معدل الاهتمام بالقرض ⟨ثابت;متغير;منخفض⟩.=mistranslation: "interest" in the sense of attention (اهتمام)|⟪تخضع الوديعة لسعر فائدة ⟨ثابت;متغير;منخفض⟩.;الوديعة بفائدة ⟨ثابتة;متغيرة;منخفضة⟩.⟫=mistranslation: "loan" rendered as "deposit"|يخضع القرض لسعر صرف ⟨ثابت;متغير;منخفض⟩.=mistranslation: "interest rate" rendered as "exchange rate"⟧',
  },
  {
    id: 'no-charge-means-no-fee',
    source: 'There is no charge for ⟨delivery;installation;returns⟩.',
    frame:
      '⟦⟪لا توجد رسوم على ⟨التوصيل;التركيب;الإرجاع⟩.;لا تُفرض أي رسوم على ⟨التوصيل;التركيب;الإرجاع⟩.;⟨التوصيل;التركيب;الإرجاع⟩ مجاني.⟫|⟪لا يوجد شحن على ⟨التوصيل;التركيب;الإرجاع⟩.;لا يوجد أي شحن على ⟨التوصيل;التركيب;الإرجاع⟩.⟫=mistranslation: "charge" in the sense of charging or freight (شحن)|لا توجد أي تهمة في ⟨التوصيل;التركيب;الإرجاع⟩.=mistranslation: "charge" in the sense of an accusation (تهمة)|توجد رسوم على ⟨التوصيل;التركيب;الإرجاع⟩.=negation: "no charge" rendered as a charge⟧',
  },
  {
    id: 'issue-is-a-problem',
    source: 'We have fixed the ⟨login;payment;display⟩ issue.',
    frame:
      '⟦⟪أصلحنا مشكلة ⟨تسجيل الدخول;الدفع;العرض⟩.;لقد تمّ حلّ مشكلة ⟨تسجيل الدخول;الدفع;العرض⟩.;عالجنا الخلل في ⟨تسجيل الدخول;الدفع;العرض⟩.⟫|⟪أصلحنا عدد ⟨تسجيل الدخول;الدفع;العرض⟩.;لقد تمّ حلّ عدد ⟨تسجيل الدخول;الدفع;العرض⟩.;عالجنا عدد ⟨تسجيل الدخول;الدفع;العرض⟩.⟫=mistranslation: "issue" in the sense of a magazine issue (عدد)|⟪اكتشفنا مشكلة ⟨تسجيل الدخول;الدفع;العرض⟩.;لقد تمّ اكتشاف مشكلة ⟨تسجيل الدخول;الدفع;العرض⟩.;اكتشفنا الخلل في ⟨تسجيل الدخول;الدفع;العرض⟩.⟫=mistranslation: "fixed" rendered as "found"|⟪سنصلح مشكلة ⟨تسجيل الدخول;الدفع;العرض⟩.;سيتمّ حلّ مشكلة ⟨تسجيل الدخول;الدفع;العرض⟩.;سنعالج الخلل في ⟨تسجيل الدخول;الدفع;العرض⟩.⟫=wrong tense: the future for "have fixed"⟧',
  },
  {
    id: 'deadline-is-the-final-date',
    source: 'The deadline for applications is ⟨Friday;Thursday;Sunday⟩.',
    frame:
      '⟦⟪الموعد النهائي لتقديم الطلبات هو يوم ⟨الجمعة;الخميس;الأحد⟩.;الموعد النهائي لتقديم الطلبات يوم ⟨الجمعة;الخميس;الأحد⟩.⟫|⟪الخط الميت لتقديم الطلبات هو يوم ⟨الجمعة;الخميس;الأحد⟩.;الخط الميت لتقديم الطلبات يوم ⟨الجمعة;الخميس;الأحد⟩.⟫=literal calque: "deadline" word for word|⟪الموعد الأول لتقديم الطلبات هو يوم ⟨الجمعة;الخميس;الأحد⟩.;الموعد الأول لتقديم الطلبات يوم ⟨الجمعة;الخميس;الأحد⟩.⟫=mistranslation: "deadline" rendered as the opening date|⟪موعد المقابلة لتقديم الطلبات هو يوم ⟨الجمعة;الخميس;الأحد⟩.;موعد المقابلة لتقديم الطلبات يوم ⟨الجمعة;الخميس;الأحد⟩.⟫=mistranslation: "deadline" rendered as the interview date⟧',
  },
  {
    id: 'on-the-other-hand',
    source: 'The product is cheap; on the other hand, it is not very ⟨durable;reliable;fast⟩.',
    frame:
      '⟦⟪المنتج رخيص، ولكنه من ناحية أخرى ليس ⟨متينًا;موثوقًا;سريعًا⟩ جدًا.;المنتج رخيص، لكنه في المقابل ليس ⟨متينًا;موثوقًا;سريعًا⟩ جدًا.;المنتج رخيص الثمن، لكنه من جهة أخرى ليس ⟨متينًا;موثوقًا;سريعًا⟩ كثيرًا.⟫|⟪المنتج رخيص، ولكنه على اليد الأخرى ليس ⟨متينًا;موثوقًا;سريعًا⟩ جدًا.;المنتج رخيص، لكنه على اليد الأخرى ليس ⟨متينًا;موثوقًا;سريعًا⟩ جدًا.;المنتج رخيص الثمن، لكنه على اليد الأخرى ليس ⟨متينًا;موثوقًا;سريعًا⟩ كثيرًا.⟫=literal calque: "on the other hand" word for word|⟪المنتج غالٍ، ولكنه من ناحية أخرى ليس ⟨متينًا;موثوقًا;سريعًا⟩ جدًا.;المنتج غالٍ، لكنه في المقابل ليس ⟨متينًا;موثوقًا;سريعًا⟩ جدًا.;المنتج غالي الثمن، لكنه من جهة أخرى ليس ⟨متينًا;موثوقًا;سريعًا⟩ كثيرًا.⟫=mistranslation: "cheap" rendered as "expensive"|⟪المنتج رخيص، ولكنه من ناحية أخرى ليس ⟨متين;موثوق;سريع⟩ جدًا.;المنتج رخيص، لكنه في المقابل ليس ⟨متين;موثوق;سريع⟩ جدًا.;المنتج رخيص الثمن، لكنه من جهة أخرى ليس ⟨متين;موثوق;سريع⟩ كثيرًا.⟫=case: the predicate of ليس without the accusative⟧',
  },
  {
    id: 'human-resources-term',
    source: 'Please contact the Human Resources department.',
    frame:
      '⟦⟪يُرجى التواصل مع قسم الموارد البشرية.;يرجى الاتصال بإدارة الموارد البشرية.;نرجو التواصل مع إدارة الموارد البشرية.⟫|⟪يُرجى التواصل مع قسم المصادر الإنسانية.;يرجى الاتصال بإدارة المصادر الإنسانية.⟫=terminology: a word-for-word rendering for the established الموارد البشرية|⟪يُرجى التواصل مع قسم الموارد المالية.;نرجو التواصل مع إدارة الموارد المالية.⟫=mistranslation: "human" resources rendered as "financial"|⟪يرجى الاتصال بإدارة العلاقات العامة.;نرجو التواصل مع قسم العلاقات العامة.⟫=mistranslation: Human Resources rendered as Public Relations⟧',
  },
  {
    id: 'board-of-directors-term',
    source: 'The board of directors approved the ⟨budget;merger;plan⟩.',
    frame:
      '⟦⟪وافق مجلس الإدارة على ⟨الميزانية;الاندماج;الخطة⟩.;أقرّ مجلس الإدارة ⟨الميزانية;الاندماج;الخطة⟩.;صادق مجلس الإدارة على ⟨الميزانية;الاندماج;الخطة⟩.⟫|⟪وافقت لوحة المديرين على ⟨الميزانية;الاندماج;الخطة⟩.;أقرّت لوحة المديرين ⟨الميزانية;الاندماج;الخطة⟩.⟫=literal calque: "board" as a panel (لوحة)|⟪رفض مجلس الإدارة ⟨الميزانية;الاندماج;الخطة⟩.;رفض مجلس الإدارة مقترح ⟨الميزانية;الاندماج;الخطة⟩.⟫=mistranslation: "approved" rendered as "rejected"|⟪وافقت الجمعية العمومية على ⟨الميزانية;الاندماج;الخطة⟩.;أقرّت الجمعية العمومية ⟨الميزانية;الاندماج;الخطة⟩.⟫=mistranslation: the board rendered as the general assembly⟧',
  },
  {
    id: 'invoice-is-not-a-receipt',
    source: 'Please send us the invoice for the ⟨order;repair;consultation⟩.',
    frame:
      '⟦نرجو أن ترسلوا إلينا فاتورة ⟨الطلب;الإصلاح;الاستشارة⟩.|⟪يُرجى إرسال إيصال ⟨الطلب;الإصلاح;الاستشارة⟩ إلينا.;نرجو أن ترسلوا إلينا إيصال ⟨الطلب;الإصلاح;الاستشارة⟩.;نأمل منكم موافاتنا بإيصال ⟨الطلب;الإصلاح;الاستشارة⟩.⟫=terminology: a receipt (إيصال) for the invoice|⟪يُرجى إرسال عرض سعر ⟨الطلب;الإصلاح;الاستشارة⟩ إلينا.;نرجو أن ترسلوا إلينا عرض سعر ⟨الطلب;الإصلاح;الاستشارة⟩.;نأمل منكم موافاتنا بعرض سعر ⟨الطلب;الإصلاح;الاستشارة⟩.⟫=terminology: a quotation (عرض سعر) for the invoice|نرجو أن ترسلوا إلينا فواتير ⟨الطلب;الإصلاح;الاستشارة⟩.=number: invoices for the one invoice⟧',
  },
  {
    id: 'stakeholders-term',
    source: 'We will consult all stakeholders before the ⟨launch;decision;change⟩.',
    frame:
      '⟦⟪سنتشاور مع جميع أصحاب المصلحة قبل ⟨الإطلاق;اتخاذ القرار;التغيير⟩.;سنستشير كل الأطراف المعنية قبل ⟨الإطلاق;اتخاذ القرار;التغيير⟩.⟫|سنستشير كل المساهمين قبل ⟨الإطلاق;اتخاذ القرار;التغيير⟩.=terminology: shareholders (المساهمون) for stakeholders|سنستشير كل حاملي الأوتاد قبل ⟨الإطلاق;اتخاذ القرار;التغيير⟩.=literal calque: "stake" as a wooden post (وتد)|⟪سنتشاور مع جميع أصحاب المصلحة بعد ⟨الإطلاق;اتخاذ القرار;التغيير⟩.;سنستشير كل الأطراف المعنية بعد ⟨الإطلاق;اتخاذ القرار;التغيير⟩.⟫=mistranslation: "before" rendered as "after"⟧',
  },
  {
    id: 'fire-means-dismiss',
    source: 'The company fired the ⟨manager;driver;accountant⟩.',
    frame:
      '⟦⟪فصلت الشركة ⟨المدير;السائق;المحاسب⟩.;فصلت الشركة ⟨المدير;السائق;المحاسب⟩ من العمل.;أنهت الشركة خدمات ⟨المدير;السائق;المحاسب⟩.⟫|⟪أطلقت الشركة النار على ⟨المدير;السائق;المحاسب⟩.;أطلقت الشركة النار على ⟨المدير;السائق;المحاسب⟩ في العمل.;أطلقت الشركة الرصاص على ⟨المدير;السائق;المحاسب⟩.⟫=mistranslation: "fired" in its literal sense (shot at)|⟪عيّنت الشركة ⟨المدير;السائق;المحاسب⟩.;عيّنت الشركة ⟨المدير;السائق;المحاسب⟩ في العمل.;وظّفت الشركة ⟨المدير;السائق;المحاسب⟩.⟫=mistranslation: "fired" rendered as "hired"|⟪فصل الشركة ⟨المدير;السائق;المحاسب⟩.;فصل الشركة ⟨المدير;السائق;المحاسب⟩ من العمل.;أنهى الشركة خدمات ⟨المدير;السائق;المحاسب⟩.⟫=gender: a masculine verb for the company⟧',
  },
  {
    id: 'run-a-business-is-manage',
    source: '⟨My sister;My mother;My aunt⟩ runs a small ⟨business;shop;restaurant⟩.',
    frame:
      '⟦⟪تدير ⟨أختي;أمي;خالتي⟩ ⟨مشروعًا صغيرًا;متجرًا صغيرًا;مطعمًا صغيرًا⟩.;⟨أختي;أمي;خالتي⟩ تدير ⟨مشروعًا صغيرًا;متجرًا صغيرًا;مطعمًا صغيرًا⟩.⟫|⟪تركض ⟨أختي;أمي;خالتي⟩ ⟨مشروعًا صغيرًا;متجرًا صغيرًا;مطعمًا صغيرًا⟩.;⟨أختي;أمي;خالتي⟩ تركض ⟨مشروعًا صغيرًا;متجرًا صغيرًا;مطعمًا صغيرًا⟩.⟫=literal calque: "runs" as running on foot (تركض)|⟪تبيع ⟨أختي;أمي;خالتي⟩ ⟨مشروعًا صغيرًا;متجرًا صغيرًا;مطعمًا صغيرًا⟩.;⟨أختي;أمي;خالتي⟩ تبيع ⟨مشروعًا صغيرًا;متجرًا صغيرًا;مطعمًا صغيرًا⟩.⟫=mistranslation: "runs" rendered as "sells"|⟪يدير ⟨أختي;أمي;خالتي⟩ ⟨مشروعًا صغيرًا;متجرًا صغيرًا;مطعمًا صغيرًا⟩.;⟨أختي;أمي;خالتي⟩ يدير ⟨مشروعًا صغيرًا;متجرًا صغيرًا;مطعمًا صغيرًا⟩.⟫=gender: a masculine verb for a woman⟧',
  },
  {
    id: 'customs-is-jamarik',
    source: 'The goods are being held at customs in ⟨Jeddah;Dubai;Alexandria⟩.',
    frame:
      '⟦⟪البضائع محتجزة لدى الجمارك في ⟨جدة;دبي;الإسكندرية⟩.;تحتجز الجمارك في ⟨جدة;دبي;الإسكندرية⟩ البضائع حاليًا.⟫|⟪البضائع محتجزة لدى العادات في ⟨جدة;دبي;الإسكندرية⟩.;تحتجز العادات في ⟨جدة;دبي;الإسكندرية⟩ البضائع حاليًا.⟫=mistranslation: "customs" in the sense of traditions (عادات)|يحتجز الميناء في ⟨جدة;دبي;الإسكندرية⟩ البضائع حاليًا.=mistranslation: "customs" rendered as "port"|أُفرج عن البضائع في جمارك ⟨جدة;دبي;الإسكندرية⟩.=mistranslation: "held" rendered as "released"⟧',
  },
  {
    id: 'minutes-of-a-meeting',
    source: 'Please send the minutes of the ⟨meeting;board meeting;workshop⟩.',
    frame:
      '⟦نرجو التكرم بإرسال محضر ⟨الاجتماع;اجتماع مجلس الإدارة;ورشة العمل⟩.|⟪يُرجى إرسال دقائق ⟨الاجتماع;اجتماع مجلس الإدارة;ورشة العمل⟩.;نرجو إرسال دقائق ⟨الاجتماع;اجتماع مجلس الإدارة;ورشة العمل⟩.⟫=mistranslation: "minutes" as units of time (دقائق)|⟪نرجو إرسال جدول أعمال ⟨الاجتماع;اجتماع مجلس الإدارة;ورشة العمل⟩.;نرجو التكرم بإرسال جدول أعمال ⟨الاجتماع;اجتماع مجلس الإدارة;ورشة العمل⟩.⟫=mistranslation: "minutes" rendered as "agenda"|⟪يُرجى إرسال دعوة ⟨الاجتماع;اجتماع مجلس الإدارة;ورشة العمل⟩.;نرجو إرسال دعوة ⟨الاجتماع;اجتماع مجلس الإدارة;ورشة العمل⟩.⟫=mistranslation: "minutes" rendered as "invitation"⟧',
  },
  {
    id: 'notice-period',
    source: 'The notice period is ⟨one month;two months;three months⟩.',
    frame:
      '⟦⟪فترة الإشعار ⟨شهر واحد;شهران;ثلاثة أشهر⟩.;تبلغ فترة الإشعار ⟨شهرًا واحدًا;شهرين;ثلاثة أشهر⟩.⟫|فترة الملاحظة ⟨شهر واحد;شهران;ثلاثة أشهر⟩.=mistranslation: "notice" in the sense of a remark (ملاحظة)|⟪فترة التجربة ⟨شهر واحد;شهران;ثلاثة أشهر⟩.;تبلغ فترة التجربة ⟨شهرًا واحدًا;شهرين;ثلاثة أشهر⟩.⟫=mistranslation: "notice period" rendered as "probation period"|تبلغ فترة الإجازة ⟨شهرًا واحدًا;شهرين;ثلاثة أشهر⟩.=mistranslation: "notice period" rendered as "leave"⟧',
  },
  {
    id: 'a-sale-is-a-discount',
    source: 'The ⟨winter;summer;spring⟩ sale starts on Friday.',
    frame:
      '⟦⟪تبدأ التخفيضات ⟨الشتوية;الصيفية;الربيعية⟩ يوم الجمعة.;تنطلق التنزيلات ⟨الشتوية;الصيفية;الربيعية⟩ يوم الجمعة.;يوم الجمعة تنطلق التخفيضات ⟨الشتوية;الصيفية;الربيعية⟩.⟫|⟪تبدأ المبيعات ⟨الشتوية;الصيفية;الربيعية⟩ يوم الجمعة.;تنطلق المبيعات ⟨الشتوية;الصيفية;الربيعية⟩ يوم الجمعة.;يوم الجمعة تنطلق المبيعات ⟨الشتوية;الصيفية;الربيعية⟩.⟫=mistranslation: "sale" in the sense of sales figures (مبيعات)|⟪تبدأ التخفيضات ⟨الخريفية;الشتوية;الصيفية⟩ يوم الجمعة.;تنطلق التنزيلات ⟨الخريفية;الشتوية;الصيفية⟩ يوم الجمعة.;يوم الجمعة تنطلق التخفيضات ⟨الخريفية;الشتوية;الصيفية⟩.⟫=mistranslation: another season|تنطلق الإجازة ⟨الشتوية;الصيفية;الربيعية⟩ يوم الجمعة.=mistranslation: "sale" rendered as "holiday"⟧',
  },
  {
    id: 'take-into-account',
    source: 'We will take your ⟨comments;suggestions;needs⟩ into account.',
    frame:
      '⟦⟪سنأخذ ⟨ملاحظاتكم;اقتراحاتكم;احتياجاتكم⟩ في الاعتبار.;سنأخذ ⟨ملاحظاتكم;اقتراحاتكم;احتياجاتكم⟩ بعين الاعتبار.⟫|⟪سنأخذ ⟨ملاحظاتكم;اقتراحاتكم;احتياجاتكم⟩ بعين الحساب.;سوف نأخذ ⟨ملاحظاتكم;اقتراحاتكم;احتياجاتكم⟩ في الحساب.⟫=literal calque: "account" as a bank account (حساب)|⟪سنتجاهل ⟨ملاحظاتكم;اقتراحاتكم;احتياجاتكم⟩.;سوف نتجاهل ⟨ملاحظاتكم;اقتراحاتكم;احتياجاتكم⟩.⟫=mistranslation: "take into account" rendered as "ignore"|لقد راعينا ⟨ملاحظاتكم;اقتراحاتكم;احتياجاتكم⟩.=wrong tense: the past for "will take"⟧',
  },
  {
    id: 'in-charge-of',
    source: '⟨Khalid;Layla;Youssef⟩ is in charge of the ⟨project;budget;campaign⟩.',
    frame:
      '⟦⟪⟨خالد مسؤول;ليلى مسؤولة;يوسف مسؤول⟩ عن ⟨المشروع;الميزانية;الحملة⟩.;⟨يتولى خالد;تتولى ليلى;يتولى يوسف⟩ مسؤولية ⟨المشروع;الميزانية;الحملة⟩.⟫|⟨خالد;ليلى;يوسف⟩ في شحن ⟨المشروع;الميزانية;الحملة⟩.=literal calque: "in charge" as charging (شحن)|⟪⟨خالد مسؤولة;ليلى مسؤول;يوسف مسؤولة⟩ عن ⟨المشروع;الميزانية;الحملة⟩.;⟨تتولى خالد;يتولى ليلى;تتولى يوسف⟩ مسؤولية ⟨المشروع;الميزانية;الحملة⟩.⟫=gender: the form for the other sex|⟪⟨خالد مسؤول;ليلى مسؤولة;يوسف مسؤول⟩ عن ⟨المشاريع;الميزانيات;الحملات⟩.;⟨يتولى خالد;تتولى ليلى;يتولى يوسف⟩ مسؤولية ⟨المشاريع;الميزانيات;الحملات⟩.⟫=number: a plural for the one project⟧',
  },
  {
    id: 'free-of-charge-is-majjani',
    source: 'We offer free ⟨delivery;installation;shipping⟩ on all orders.',
    frame:
      '⟦جميع الطلبات تحظى ⟨بالتوصيل;بالتركيب;بالشحن⟩ المجاني.|⟪نقدّم ⟨توصيلًا;تركيبًا;شحنًا⟩ حرًّا لجميع الطلبات.;جميع الطلبات تحظى ⟨بالتوصيل;بالتركيب;بالشحن⟩ الحرّ.⟫=mistranslation: "free" in the sense of freedom (حر)|⟪نقدّم ⟨توصيلًا;تركيبًا;شحنًا⟩ مدفوع الأجر لجميع الطلبات.;جميع الطلبات تحظى ⟨بالتوصيل;بالتركيب;بالشحن⟩ مدفوع الأجر.⟫=mistranslation: "free" rendered as "paid"|⟪نقدّم ⟨توصيلًا;تركيبًا;شحنًا⟩ مجانيًا لبعض الطلبات.;⟨التوصيل;التركيب;الشحن⟩ مجاني لبعض الطلبات.;بعض الطلبات تحظى ⟨بالتوصيل;بالتركيب;بالشحن⟩ المجاني.⟫=mistranslation: "all" rendered as "some"⟧',
  },
]
