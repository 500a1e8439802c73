import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Russian: long-documented false friends (each wrong reading a real Russian word of
 * another meaning) and collocations Russian builds with another verb or adjective than English.
 */
export const RU_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'accurate-tochnyj',
    source: 'The figures in the report are accurate.',
    frame:
      '⟪Цифры в отчёте;Все цифры в отчёте;Данные в отчёте⟫ ⟦⟪точные;верные;точны;достоверные⟫|аккуратные=false friend: "аккуратный" means neat, tidy|⟪неточные;неверные⟫=mistranslation: "accurate" rendered as its opposite|⟪округлённые;примерные⟫=mistranslation: "accurate" rendered as "rounded"|⟪свежие;новые⟫=mistranslation: "accurate" rendered as "recent"⟧.',
  },
  {
    id: 'family-semya',
    source: '⟨Anna;Ivan⟩ introduced us to ⟨her;his⟩ family.',
    frame:
      '⟨Анна;Иван⟩ ⟦⟪⟨познакомила;познакомил⟩ нас со своей семьёй;⟨представила;представил⟩ нам свою семью⟫|⟪⟨познакомила;познакомил⟩ нас со своей фамилией;⟨представила;представил⟩ нам свою фамилию⟫=false friend: "фамилия" means a surname|⟪⟨познакомила;познакомил⟩ нас с ⟨её;его⟩ семьёй;⟨представила;представил⟩ нам ⟨её;его⟩ семью⟫=pronoun: "её" or "его" (someone else\'s) for the subject\'s own "свой"|⟨познакомила;познакомил⟩ нас со своей семью=case: accusative after "с" (needs the instrumental)⟧.',
  },
  {
    id: 'magazine-zhurnal',
    source: 'The interview appeared in a business magazine.',
    frame:
      'Интервью ⟪вышло;было опубликовано;появилось⟫ ⟦в деловом журнале|в деловом магазине=false friend: "магазин" means a shop|в деловой газете=mistranslation: "magazine" rendered as "newspaper"|в деловом журнала=case: genitive after "в" (needs the prepositional)⟧.',
  },
  {
    id: 'decade-desyatiletie',
    source: 'Over the past decade, prices have doubled.',
    frame:
      '⟦⟪За последнее десятилетие;За последние десять лет⟫ цены ⟪выросли вдвое;выросли в два раза;удвоились⟫|За последнюю декаду цены ⟪выросли вдвое;выросли в два раза;удвоились⟫=false friend: "декада" is a period of ten days|За последний год цены ⟪выросли вдвое;удвоились⟫=mistranslation: "decade" rendered as "year"|⟪За последнее десятилетие;За последние десять лет⟫ цены ⟪упали вдвое;снизились в два раза⟫=mistranslation: "doubled" rendered as "halved"|⟪За последнее десятилетие;За последние десять лет⟫ цены ⟪выросли втрое;выросли в три раза⟫=mistranslation: "doubled" rendered as "tripled"⟧.',
  },
  {
    id: 'sympathetic-otzyvchivyj',
    source: 'The manager was very sympathetic and gave us more time.',
    frame:
      'Руководитель ⟦⟪отнёсся к нам с большим пониманием;проявил большое понимание;отнёсся к нам очень отзывчиво⟫|был очень симпатичным=false friend: "симпатичный" means good-looking, likeable|⟪отнёсся к нам с большим безразличием;проявил полное безразличие⟫=mistranslation: "sympathetic" rendered as its opposite|⟪отнёсся к нас с большим пониманием;отнёсся к нас очень отзывчиво⟫=case: accusative after "к" (needs the dative)⟧ и дал нам больше времени.',
  },
  {
    id: 'data-dannye',
    source: 'Please check the data before sending.',
    frame:
      '⟦⟪Проверьте, пожалуйста, данные;Пожалуйста, проверьте данные;Просим проверить данные⟫ перед ⟪отправкой;отправкой письма⟫|⟪Проверьте, пожалуйста, даты;Пожалуйста, проверьте даты⟫ перед ⟪отправкой;отправкой письма⟫=false friend: "дата" means a calendar date|⟪Проверьте, пожалуйста, данных;Пожалуйста, проверьте данных⟫ перед ⟪отправкой;отправкой письма⟫=case: genitive for the accusative object|⟪Проверьте, пожалуйста, данные;Просим проверить данные⟫ после ⟪отправки;отправки письма⟫=mistranslation: "before" rendered as "after"⟧.',
  },
  {
    id: 'artist-khudozhnik',
    source: 'A local artist painted the portrait.',
    frame:
      '⟦⟪Портрет написал местный художник;Этот портрет написал местный художник;Портрет нарисовал местный художник⟫|⟪Портрет написал местный артист;Этот портрет исполнил местный артист⟫=false friend: "артист" is a stage performer|⟪Портрет написал местного художника;Этот портрет нарисовал местного художника⟫=case: accusative for the subject (reads as the portrait painting the artist)|⟪Портрет купил местный художник;Этот портрет продал местный художник⟫=mistranslation: "painted" rendered as "bought" or "sold"|⟪Портрет написал местный скульптор;Этот портрет написал местный скульптор⟫=mistranslation: "artist" rendered as "sculptor"⟧.',
  },
  {
    id: 'conductor-dirizhyor',
    source: 'After the concert the conductor thanked the orchestra.',
    frame:
      '⟪После концерта;Когда концерт закончился,⟫ ⟦дирижёр ⟪поблагодарил оркестр;поблагодарил музыкантов оркестра⟫|кондуктор ⟪поблагодарил оркестр;поблагодарил музыкантов оркестра⟫=false friend: "кондуктор" is a ticket inspector on a bus or train|дирижёр ⟪поблагодарил оркестру;поблагодарил музыкантам оркестра⟫=case: dative after "благодарить" (needs the accusative)|композитор ⟪поблагодарил оркестр;поблагодарил музыкантов оркестра⟫=mistranslation: "conductor" rendered as "composer"⟧.',
  },
  {
    id: 'novel-roman',
    source: '⟨Anna;Ivan⟩ is translating a novel by a young author.',
    frame:
      '⟨Анна;Иван⟩ ⟦⟪переводит роман;сейчас переводит роман;работает над переводом романа⟫|⟪переводит новеллу;сейчас переводит новеллу⟫=false friend: "новелла" is a short story|⟪переводит пьесу;сейчас переводит пьесу⟫=mistranslation: "novel" rendered as "play"|⟪⟨переводила;переводил⟩ роман;тогда ⟨переводила;переводил⟩ роман⟫=wrong tense: present rendered as past⟧ молодого автора.',
  },
  {
    id: 'intelligent-umnyj',
    source: 'Our new analyst is very intelligent.',
    frame:
      '⟪Наш новый аналитик;Новый аналитик⟫ ⟦⟪очень умный;очень умён;очень умный человек⟫|⟪очень интеллигентный;очень интеллигентный человек⟫=false friend: "интеллигентный" means cultured, well-mannered|⟪очень опытный;очень опытный человек⟫=mistranslation: "intelligent" rendered as "experienced"|⟪очень любопытный;очень любопытный человек⟫=mistranslation: "intelligent" rendered as "curious"⟧.',
  },
  {
    id: 'fabric-tkan',
    source: 'This fabric is made in Italy.',
    frame:
      '⟦⟪Эта ткань произведена в Италии;Эта ткань сделана в Италии;Эту ткань производят в Италии⟫|Эта фабрика находится в Италии=false friend: "фабрика" means a factory|⟪Эта ткань произведён в Италии;Эта ткань сделан в Италии⟫=agreement: masculine participle for the feminine "ткань"|⟪Эта ткань произведена в Испании;Эту ткань производят в Испании⟫=mistranslation: "Italy" rendered as "Spain"⟧.',
  },
  {
    id: 'perspective-tochka-zreniya',
    source: 'From the client’s perspective, the price is too high.',
    frame:
      '⟦⟪С точки зрения клиента;С позиции клиента;По мнению клиента⟫|⟪С перспективы клиента;Из перспективы клиента⟫=false friend: "перспектива" means prospects, an outlook ahead|⟪С точки зрения клиентов;С позиции клиентов⟫=number: plural for one client|⟪С точки зрения клиенту;С позиции клиенту⟫=case: dative for the genitive "клиента"⟧, цена ⟪слишком высокая;слишком высока;завышена⟫.',
  },
  {
    id: 'cabinet-shkaf',
    source: 'Put the folders in the cabinet, please.',
    frame:
      '⟦⟪Положите, пожалуйста, папки в шкаф;Пожалуйста, уберите папки в шкаф;Уберите, пожалуйста, папки в шкаф⟫|⟪Положите, пожалуйста, папки в кабинет;Пожалуйста, уберите папки в кабинет⟫=false friend: "кабинет" is an office room|⟪Положите, пожалуйста, папки в шкафу;Пожалуйста, уберите папки в шкафу⟫=case: prepositional (where) for the destination|⟪Достаньте, пожалуйста, папки из шкафа;Пожалуйста, возьмите папки из шкафа⟫=mistranslation: "put in" rendered as "take out"⟧.',
  },
  {
    id: 'realise-ponyat',
    source: 'We realised that the deadline was too tight.',
    frame:
      '⟦⟪Мы поняли;Мы осознали⟫, что ⟪сроки слишком сжатые;срок слишком короткий⟫|Мы реализовали, что ⟪сроки слишком сжатые;срок слишком короткий⟫=false friend: "реализовать" means to carry out, to sell|⟪Мы поняли;Мы осознали⟫ что ⟪сроки слишком сжатые;срок слишком короткий⟫=punctuation: no comma before "что"|⟪Мы поняли;Мы осознали⟫, что ⟪сроки слишком длинные;срок слишком долгий⟫=mistranslation: "tight" rendered as "too long"⟧.',
  },
  {
    id: 'physician-vrach',
    source: 'The physician recommends a week of rest.',
    frame:
      '⟦⟪Врач рекомендует;Врач советует;Лечащий врач рекомендует⟫ ⟪неделю отдыха;отдыхать неделю⟫|⟪Физик рекомендует;Физик советует⟫ ⟪неделю отдыха;отдыхать неделю⟫=false friend: "физик" is a physicist|⟪Врач рекомендует;Врач советует;Лечащий врач рекомендует⟫ неделя отдыха=case: nominative for the accusative object|⟪Врач рекомендует;Врач советует⟫ ⟪неделю работы;работать неделю⟫=mistranslation: "rest" rendered as "work"|⟪Врач рекомендует;Врач советует⟫ ⟪месяц отдыха;отдыхать месяц⟫=mistranslation: "a week" rendered as "a month"⟧.',
  },
  {
    id: 'actual-fakticheskij',
    source: 'The actual costs were higher than planned.',
    frame:
      '⟦⟪Фактические затраты;Реальные затраты;Фактические расходы⟫ оказались ⟪выше запланированных;выше, чем планировалось⟫|⟪Актуальные затраты;Актуальные расходы⟫ оказались ⟪выше запланированных;выше, чем планировалось⟫=false friend: "актуальный" means topical, current|⟪Фактические затраты;Фактические расходы⟫ оказались ⟪ниже запланированных;ниже, чем планировалось⟫=mistranslation: "higher" rendered as "lower"|⟪Фактические затраты;Реальные затраты⟫ оказалась ⟪выше запланированных;выше, чем планировалось⟫=agreement: singular verb for a plural subject⟧.',
  },
  {
    id: 'pathetic-zhalkij',
    source: 'His excuse was pathetic.',
    frame:
      '⟦⟪Его оправдание было жалким;Его оправдание звучало жалко;Его оправдание выглядело жалким⟫|⟪Его оправдание было патетическим;Его оправдание звучало патетически⟫=false friend: "патетический" means solemn, full of pathos|⟪Его оправдание был жалким;Его оправдание выглядел жалким⟫=agreement: masculine verb for the neuter "оправдание"|⟪Его оправдание было убедительным;Его оправдание звучало убедительно⟫=mistranslation: "pathetic" rendered as "convincing"⟧.',
  },
  {
    id: 'record-uchyot',
    source: 'Keep a record of all payments.',
    frame:
      '⟦⟪Ведите учёт всех платежей;Записывайте все платежи;Фиксируйте все платежи⟫|⟪Ведите рекорд всех платежей;Ведите рекорды всех платежей⟫=false friend: "рекорд" is a sporting record|⟪Ведите учёт всем платежам;Записывайте всех платежей⟫=case: dative after "учёт" or genitive after "записывать" (for the case each governs)|⟪Ведите учёт всех покупок;Записывайте все покупки⟫=mistranslation: "payments" rendered as "purchases"⟧.',
  },
  {
    id: 'application-prilozhenie',
    source: 'Download our new application.',
    frame:
      '⟦⟪Скачайте;Загрузите;Установите⟫ ⟪наше новое приложение;новое приложение⟫|⟪Скачайте;Загрузите⟫ ⟪нашу новую аппликацию;новую аппликацию⟫=false friend: "аппликация" is a cut-out craft picture|⟪Скачайте;Загрузите⟫ ⟪нашего нового приложения;нового приложения⟫=case: genitive for the accusative object|⟪Удалите;Отключите⟫ ⟪наше новое приложение;новое приложение⟫=mistranslation: "download" rendered as "delete"⟧.',
  },
  {
    id: 'balloon-vozdushnyj-shar',
    source: 'We ordered balloons for the party.',
    frame:
      'Мы ⟪заказали;купили⟫ ⟦воздушные шары ⟪для праздника;на праздник⟫|баллоны ⟪для праздника;на праздник⟫=false friend: "баллон" is a gas cylinder|воздушный шар ⟪для праздника;на праздник⟫=number: singular for several balloons|воздушные шары для праздником=case: instrumental after "для" (needs the genitive)⟧.',
  },
  {
    id: 'make-a-decision-prinyat',
    source: 'We have to make a decision today.',
    frame:
      '⟦⟪Нам нужно принять решение сегодня;Сегодня нам нужно принять решение;Нам нужно сегодня решить;Решение нужно принять сегодня⟫|⟪Нам нужно сделать решение сегодня;Сегодня нам нужно сделать решение⟫=literal calque: "make a decision" as "сделать решение"|⟪Мы нужно принять решение сегодня;Сегодня мы нужно принять решение⟫=case: nominative "мы" for the dative "нам"|⟪Нам нужно принять решение завтра;Завтра нам нужно принять решение⟫=mistranslation: "today" rendered as "tomorrow"⟧.',
  },
  {
    id: 'pay-attention-obratit-vnimanie',
    source: 'Please pay attention to the deadlines.',
    frame:
      '⟦⟪Обратите, пожалуйста, внимание на сроки;Пожалуйста, обратите внимание на сроки;Просим обратить внимание на сроки⟫|⟪Заплатите, пожалуйста, внимание на сроки;Пожалуйста, заплатите внимание на сроки⟫=literal calque: "pay attention" as "заплатить внимание"|⟪Обратите, пожалуйста, внимание к срокам;Просим обратить внимание к срокам⟫=wrong preposition: "к" for "на" after "обратить внимание"|⟪Обратите, пожалуйста, внимание на цены;Просим обратить внимание на цены⟫=mistranslation: "deadlines" rendered as "prices"⟧.',
  },
  {
    id: 'ask-a-question-zadat',
    source: 'May I ask a question?',
    frame:
      '⟦⟪Можно задать вопрос;Можно задать вам вопрос;Разрешите задать вопрос;Могу я задать вопрос⟫|⟪Можно спросить вопрос;Разрешите спросить вопрос⟫=literal calque: "ask a question" as "спросить вопрос"|⟪Можно задать вопроса;Разрешите задать вопроса⟫=case: genitive for the accusative object|⟪Можно ответить на вопрос;Разрешите ответить на вопрос⟫=mistranslation: "ask" rendered as "answer"⟧?',
  },
  {
    id: 'heavy-traffic-probki',
    source: 'The traffic is heavy this morning.',
    frame:
      '⟦⟪Сегодня утром на дорогах большие пробки;Сегодня утром на дорогах плотное движение;Сегодня утром на дорогах много машин⟫|Сегодня утром на дорогах тяжёлое движение=literal calque: "heavy traffic" as "тяжёлое движение"|⟪Сегодня утром на дорогах свободно;Сегодня утром дороги свободны⟫=mistranslation: "heavy" rendered as "light"|Сегодня утром на дорогах больших пробок=case: genitive plural for the nominative subject⟧.',
  },
  {
    id: 'strong-coffee-krepkij',
    source: 'The coffee here is strong.',
    frame:
      '⟦⟪Кофе здесь крепкий;Здесь крепкий кофе;Кофе тут крепкий⟫|⟪Кофе здесь сильный;Здесь сильный кофе⟫=literal calque: "strong coffee" as "сильный кофе"|⟪Чай здесь крепкий;Здесь крепкий чай⟫=mistranslation: "coffee" rendered as "tea"|⟪Кофе здесь слабый;Здесь слабый кофе⟫=mistranslation: "strong" rendered as "weak"⟧.',
  },
  {
    id: 'heavy-rain-silnyj',
    source: 'Heavy rain is expected tomorrow.',
    frame:
      '⟦⟪Завтра ожидается сильный дождь;На завтра обещают сильный дождь;Завтра ожидаются сильные дожди⟫|⟪Завтра ожидается тяжёлый дождь;На завтра обещают тяжёлый дождь⟫=literal calque: "heavy rain" as "тяжёлый дождь"|Завтра ожидаются сильный дождь=agreement: plural verb for a singular subject|⟪Завтра ожидается небольшой дождь;На завтра обещают небольшой дождь⟫=mistranslation: "heavy" rendered as "light"⟧.',
  },
  {
    id: 'give-a-presentation-vystupit',
    source: 'Tomorrow ⟨Anna;Ivan⟩ is giving a presentation to the board.',
    frame:
      'Завтра ⟨Анна;Иван⟩ ⟦⟪выступает с презентацией перед советом директоров;проводит презентацию для совета директоров;представляет презентацию совету директоров⟫|даёт презентацию ⟪перед советом директоров;совету директоров⟫=literal calque: "give a presentation" as "давать презентацию"|⟪выступает с презентацией;проводит презентацию⟫ перед советом акционеров=mistranslation: "the board" rendered as "the shareholders"|⟪выступает с презентацией;проводит презентацию⟫ перед советом директорам=case: dative for the genitive "директоров"⟧.',
  },
  {
    id: 'makes-sense-imeet-smysl',
    source: 'This plan makes sense.',
    frame:
      '⟦⟪В этом плане есть смысл;Этот план вполне разумен;Этот план логичен⟫|Этот план делает смысл=literal calque: "makes sense" as "делает смысл"|⟪В этом плане нет смысла;Этот план бессмыслен⟫=mistranslation: "makes sense" rendered as its opposite|В этом плане есть смысла=case: genitive for the nominative subject⟧.',
  },
  {
    id: 'draw-conclusions-sdelat-vyvody',
    source: 'We will draw conclusions after the test.',
    frame:
      '⟦⟪Мы сделаем выводы после испытаний;После испытаний мы сделаем выводы;Выводы мы сделаем после испытаний⟫|⟪Мы нарисуем выводы после испытаний;После испытаний мы нарисуем выводы⟫=literal calque: "draw conclusions" as "нарисовать выводы"|⟪Мы сделаем выводы до испытаний;До испытаний мы сделаем выводы⟫=mistranslation: "after" rendered as "before"|⟪Мы сделаем выводов после испытаний;После испытаний мы сделаем выводов⟫=case: genitive plural for the accusative object⟧.',
  },
  {
    id: 'break-the-law-narushit',
    source: 'The company did not break the law.',
    frame:
      '⟦⟪Компания не нарушала закон;Компания закон не нарушала⟫|⟪Компания не ломала закон;Компания закон не ломала⟫=literal calque: "break the law" as "ломать закон"|⟪Компания не нарушал закон;Компания закон не нарушал⟫=agreement: masculine verb for the feminine "компания"|⟪Компания нарушила закон;Компания закон нарушила⟫=negation: "not" dropped|⟪Компания не соблюдала закон;Компания закон не соблюдала⟫=mistranslation: "did not break" rendered as "did not obey"⟧.',
  },
  {
    id: 'fill-in-a-form-zapolnit',
    source: 'Please fill in the form.',
    frame:
      '⟦⟪Заполните, пожалуйста, форму;Пожалуйста, заполните анкету;Заполните, пожалуйста, анкету⟫|⟪Наполните, пожалуйста, форму;Пожалуйста, наполните анкету⟫=wrong verb: "наполнить" (fill a container) for "заполнить"|⟪Заполните, пожалуйста, формы;Пожалуйста, заполните анкеты⟫=number: plural for one form|⟪Подпишите, пожалуйста, форму;Пожалуйста, подпишите анкету⟫=mistranslation: "fill in" rendered as "sign"⟧.',
  },
  {
    id: 'in-our-opinion-po-mneniyu',
    source: 'In our opinion, the price is too high.',
    frame:
      '⟦⟪По нашему мнению;На наш взгляд⟫, цена ⟪слишком высокая;завышена⟫|В нашем мнении, цена ⟪слишком высокая;завышена⟫=literal calque: "in our opinion" as "в нашем мнении"|⟪По нашему мнению;На наш взгляд⟫ цена ⟪слишком высокая;завышена⟫=punctuation: no comma after the introductory phrase|⟪По нашему мнению;На наш взгляд⟫, цена ⟪слишком низкая;занижена⟫=mistranslation: "too high" rendered as "too low"⟧.',
  },
  {
    id: 'dramatic-rezkij',
    source: 'Sales saw a dramatic increase in May.',
    frame:
      '⟦⟪В мае продажи резко выросли;В мае продажи стремительно выросли;В мае наблюдался резкий рост продаж⟫|В мае продажи драматически выросли=literal calque: "dramatic" as "драматический" (tragic, of the theatre)|⟪В мае продажи резко упали;В мае наблюдалось резкое падение продаж⟫=mistranslation: "increase" rendered as "fall"|В мае продажи резко вырос=agreement: singular verb for a plural subject⟧.',
  },
  {
    id: 'check-proverit-not-cheknut',
    source: 'Please check the translation before the client sees it.',
    frame:
      '⟦⟪Проверьте, пожалуйста, перевод;Пожалуйста, проверьте перевод;Просим проверить перевод⟫, прежде чем его увидит клиент|⟪Чекните, пожалуйста, перевод;Пожалуйста, чекните перевод⟫, прежде чем его увидит клиент=register: the slang anglicism "чекнуть" for "проверить"|⟪Проверьте, пожалуйста, перевод;Пожалуйста, проверьте перевод⟫, прежде чем его увидит клиента=case: genitive for the nominative subject "клиент"|⟪Проверьте, пожалуйста, перевод;Просим проверить перевод⟫, после того как его увидит клиент=mistranslation: "before" rendered as "after"⟧.',
  },
]
