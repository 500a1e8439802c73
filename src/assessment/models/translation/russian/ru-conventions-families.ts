import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Russian (Russia): writing conventions a translation must switch (dates with the month
 * in the genitive and in lower case and the year with "г.", lower-case days, languages and
 * nationality adjectives, decimal comma and space-grouped thousands, ₽ after the amount, 24-hour
 * times, the quotation marks «…» with „…“ inside, the spaced dash, ordinal numerals with a
 * one-letter ending, Roman-numeral centuries, names transliterated by the system a brief names,
 * ё where a style guide asks for it).
 */
export const RU_CONVENTIONS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'date-lowercase-genitive-month',
    source: 'The contract takes effect on ⟨1 March;15 June;3 October⟩.',
    frame:
      '⟦⟪Договор вступает в силу ⟨1 марта;15 июня;3 октября⟩;⟨1 марта;15 июня;3 октября⟩ договор вступает в силу;Договор начинает действовать ⟨1 марта;15 июня;3 октября⟩⟫|⟪Договор вступает в силу ⟨1 Марта;15 Июня;3 Октября⟩;⟨1 Марта;15 Июня;3 Октября⟩ договор вступает в силу⟫=capitalisation: month name capitalised|⟪Договор вступает в силу ⟨1 март;15 июнь;3 октябрь⟩;⟨1 март;15 июнь;3 октябрь⟩ договор вступает в силу⟫=case: nominative month in a date (needs the genitive)|⟪Договор вступает в силу ⟨марта 1;июня 15;октября 3⟩;Договор начинает действовать ⟨марта 1;июня 15;октября 3⟩⟫=format: English month-day order|⟪Договор вступает в силу ⟨1-го марта;15-го июня;3-го октября⟩;Договор начинает действовать ⟨1-го марта;15-го июня;3-го октября⟩⟫=format: an ending after the day of a date⟧.',
  },
  {
    id: 'full-date-with-g',
    source: 'Payment is due on ⟨4 December 2026;12 May 2026;9 November 2026⟩.',
    frame:
      '⟪Срок оплаты —;Оплатить нужно до;Счёт нужно оплатить до⟫ ⟦⟨4 декабря 2026 г.;12 мая 2026 г.;9 ноября 2026 г.⟩|⟨12.04.2026;05.12.2026;11.09.2026⟩=format: month-first numeric date (reads as another day)|⟨4 декабрь 2026 г.;12 май 2026 г.;9 ноябрь 2026 г.⟩=case: nominative month in a date (needs the genitive)|⟨4 декабря 2026г.;12 мая 2026г.;9 ноября 2026г.⟩=spelling: "г." joined to the year without a space⟧',
  },
  {
    id: 'weekday-lowercase',
    source: 'The office is closed on ⟨Monday;Tuesday;Friday⟩.',
    frame:
      '⟪Офис;Наш офис;Офис компании⟫ ⟦⟪не работает;закрыт⟫ ⟨в понедельник;во вторник;в пятницу⟩|⟪не работает;закрыт⟫ ⟨в Понедельник;во Вторник;в Пятницу⟩=capitalisation: weekday capitalised|⟪не работает;закрыт⟫ ⟨в понедельнике;во вторнике;в пятнице⟩=case: prepositional for the day something happens (needs the accusative)|⟪работает;открыт⟫ ⟨в понедельник;во вторник;в пятницу⟩=mistranslation: "closed" rendered as "open"⟧.',
  },
  {
    id: 'nationality-adjective-lowercase',
    source: 'Our British partners have signed the agreement.',
    frame:
      '⟦Наши британские партнёры ⟪подписали соглашение;подписали договор;уже подписали соглашение⟫|Наши Британские партнёры ⟪подписали соглашение;подписали договор⟫=capitalisation: nationality adjective capitalised|Наши британские партнёры ⟪подписал соглашение;подписал договор⟫=agreement: singular verb for a plural subject|Наши британские партнёры ⟪не подписали соглашение;не подписали договор⟫=negation: a "не" the source does not have⟧.',
  },
  {
    id: 'new-year-capitals',
    source: '[Greeting card to clients] Happy New Year!',
    frame:
      '⟦⟪С Новым годом;Поздравляем с Новым годом;С наступающим Новым годом⟫|⟪С Новым Годом;Поздравляем с Новым Годом⟫=capitalisation: "год" capitalised in the holiday\'s name|⟪С новым годом;Поздравляем с новым годом;С наступающим новым годом⟫=capitalisation: "Новый" in lower case in the holiday\'s name|Поздравляем с Новый год=case: nominative after "с" (needs the instrumental)⟧!',
  },
  {
    id: 'thousands-space-roubles',
    source: 'The car costs ⟨45,000;128,500;72,900⟩ roubles.',
    frame:
      '⟪Автомобиль;Машина;Этот автомобиль⟫ ⟦стоит ⟨45 000;128 500;72 900⟩ рублей|стоит ⟨45,000;128,500;72,900⟩ рублей=format: comma as thousands separator (reads as a decimal)|стоит ⟨4 500;12 850;7 290⟩ рублей=mistranslation: the amount divided by ten|стоит ⟨45 000;128 500;72 900⟩ рубля=case: genitive singular after a number from five (needs the genitive plural)|стоит ⟨45 000;128 500;72 900⟩ долларов=mistranslation: roubles rendered as dollars⟧.',
  },
  {
    id: 'rouble-sign-after-the-amount',
    source: 'Total: ⟨₽1,234.50;₽2,780.90;₽15,460.25⟩',
    frame:
      '⟪Итого;Итого к оплате;Всего⟫: ⟦⟨1 234,50 ₽;2 780,90 ₽;15 460,25 ₽⟩|⟨₽1 234,50;₽2 780,90;₽15 460,25⟩=format: ₽ before the amount|⟨1 234.50 ₽;2 780.90 ₽;15 460.25 ₽⟩=format: decimal point (Russian uses a decimal comma)|⟨123 450 ₽;278 090 ₽;1 546 025 ₽⟩=mistranslation: the kopecks read as roubles|⟨1 234,05 ₽;2 780,09 ₽;15 460,52 ₽⟩=mistranslation: the kopecks misread⟧',
  },
  {
    id: 'decimal-comma-unit-without-point',
    source: 'The parcel weighs ⟨2.5;3.75;1.2⟩ kg.',
    frame:
      '⟪Посылка;Эта посылка;Посылка сейчас⟫ ⟦весит ⟨2,5;3,75;1,2⟩ кг|весит ⟨2.5;3.75;1.2⟩ кг=format: decimal point (Russian uses a decimal comma)|весит ⟨25;375;12⟩ кг=mistranslation: the decimal separator dropped|весит ⟨2,5;3,75;1,2⟩ кг.=punctuation: a full stop after the unit "кг"|весит ⟨2,5;3,75;1,2⟩ г=mistranslation: kilograms rendered as grams⟧',
  },
  {
    id: 'clock-time-24-hour',
    source: 'The meeting is at ⟨3 p.m.;5 p.m.;2 p.m.⟩',
    frame:
      'Встреча ⟦⟪состоится в;начнётся в;назначена на⟫ ⟨15:00;17:00;14:00⟩|⟪состоится в;начнётся в⟫ ⟨3 PM;5 PM;2 PM⟩=format: the English 12-hour clock mark|⟪состоится в;начнётся в⟫ ⟨3:00;5:00;2:00⟩=mistranslation: p.m. rendered as a.m.|⟪состоялась в;началась в⟫ ⟨15:00;17:00;14:00⟩=wrong tense: a meeting to come rendered as past⟧',
  },
  {
    id: 'yolochki-quotation-marks',
    source: 'Our new product is called "⟨Orion;Nova;Vega⟩".',
    frame:
      '⟪Наш новый продукт;Новый продукт⟫ ⟦называется «⟨Орион;Нова;Вега⟩»|называется "⟨Орион;Нова;Вега⟩"=punctuation: straight English quotation marks|называется “⟨Орион;Нова;Вега⟩”=punctuation: English curly quotation marks|называется „⟨Орион;Нова;Вега⟩“=punctuation: the inner marks „…“ as the outer ones⟧.',
  },
  {
    id: 'nested-quotation-marks',
    source: 'The newspaper wrote: "The company "⟨Orion;Nova;Vega⟩" is growing."',
    frame:
      'Газета ⟪написала;пишет;сообщила⟫⟦: «Компания „⟨Орион;Нова;Вега⟩“ ⟪растёт;продолжает расти⟫».|: «Компания «⟨Орион;Нова;Вега⟩» ⟪растёт;продолжает расти⟫».=punctuation: the outer «…» repeated inside a quotation (needs „…“)|: «Компания „⟨Орион;Нова;Вега⟩“ ⟪растёт.»;продолжает расти.»⟫=punctuation: the full stop inside the closing quotation mark| «Компания „⟨Орион;Нова;Вега⟩“ ⟪растёт;продолжает расти⟫».=punctuation: no colon before the quotation⟧',
  },
  {
    id: 'spaced-dash-between-nouns',
    source: 'Our main goal is ⟨quality;speed;accuracy⟩.',
    frame:
      '⟦⟪Наша главная цель;Главная наша цель;Наша основная цель⟫ — ⟨качество;скорость;точность⟩|⟪Наша главная цель;Главная наша цель⟫ - ⟨качество;скорость;точность⟩=punctuation: a hyphen for the dash|⟪Наша главная цель;Наша основная цель⟫—⟨качество;скорость;точность⟩=punctuation: the dash without spaces|⟪Наша главная цель;Главная наша цель;Наша основная цель⟫ есть ⟨качество;скорость;точность⟩=literal calque: "is" as "есть"⟧.',
  },
  {
    id: 'ordinal-one-letter-ending',
    source: 'The ⟨5th;21st;3rd⟩ edition of the guide is out.',
    frame:
      '⟦⟪Вышло;Уже вышло;Опубликовано⟫ ⟨5-е;21-е;3-е⟩ издание|⟪Вышло;Уже вышло⟫ ⟨5-ое;21-ое;3-ье⟩ издание=spelling: a two-letter ending after the figure (one letter is written)|⟪Вышло;Опубликовано⟫ ⟨5-й;21-й;3-й⟩ издание=agreement: masculine ending for the neuter "издание"|⟪Вышло;Уже вышло;Опубликовано⟫ ⟨5е;21е;3е⟩ издание=spelling: the hyphen between figure and ending dropped⟧ ⟪справочника;путеводителя⟫.',
  },
  {
    id: 'roman-century',
    source: 'The house was built in the ⟨19th;20th;18th⟩ century.',
    frame:
      '⟪Дом был построен;Дом построили;Этот дом построили⟫ ⟦в ⟨XIX;XX;XVIII⟩ веке|в ⟨XVIII;XIX;XVII⟩ веке=mistranslation: the century before (counted like the year)|в ⟨XIX-м;XX-м;XVIII-м⟩ веке=spelling: a case ending after a Roman numeral|в ⟨XIX;XX;XVIII⟩ век=case: accusative after "в" for a time in a century (needs the prepositional)⟧.',
  },
  {
    id: 'icao-passport-names',
    source:
      '[Hotel booking, names as in the passport, ICAO transliteration] Guest: ⟨Iuliia Shcherbakova;Aleksei Zhukov;Nataliia Kuznetsova⟩.',
    frame:
      '⟪Гость;Имя гостя;Гость по паспорту⟫: ⟦⟪⟨Юлия Щербакова;Алексей Жуков;Наталия Кузнецова⟩;⟨Щербакова Юлия;Жуков Алексей;Кузнецова Наталия⟩⟫|⟪⟨Иулия Щербакова;Алексеи Жуков;Наталииа Кузнецова⟩;⟨Щербакова Иулия;Жуков Алексеи;Кузнецова Наталииа⟩⟫=spelling: "iu", "ia" or a final "i" read letter by letter (they stand for ю, я and й)|⟪⟨Юлия Шербакова;Алексей Зуков;Наталия Кузнетова⟩;⟨Шербакова Юлия;Зуков Алексей;Кузнетова Наталия⟩⟫=spelling: the letter group "shch", "zh" or "ts" cut to one letter (it stands for щ, ж or ц)|⟪⟨Юлия Щербаков;Алексей Жукова;Наталия Кузнецов⟩;⟨Щербаков Юлия;Жукова Алексей;Кузнецов Наталия⟩⟫=agreement: the surname of the other gender⟧.',
  },
  {
    id: 'yo-where-the-style-guide-asks',
    source: '[Style guide: write ё] Everything is ready for the launch.',
    frame:
      '⟦⟪Всё готово к запуску;К запуску всё готово;Всё уже готово к запуску⟫|⟪Все готово к запуску;К запуску все готово⟫=spelling: "е" for "ё" where the style guide asks for "ё" ("все" reads as "everyone")|⟪Все готовы к запуску;К запуску все готовы⟫=mistranslation: "everything" rendered as "everyone"|⟪Всё готов к запуску;К запуску всё готов⟫=agreement: masculine "готов" for the neuter "всё"⟧.',
  },
  {
    id: 'comma-before-chto',
    source: 'We know that the deadlines are tight.',
    frame:
      '⟦Мы знаем, что ⟪сроки сжатые;сроки жёсткие;сроки поджимают⟫|Мы знаем что ⟪сроки сжатые;сроки жёсткие;сроки поджимают⟫=punctuation: no comma before "что"|Мы знаем, что ⟪сроки свободные;сроки мягкие⟫=mistranslation: "tight" rendered as "relaxed"|Мы знали, что ⟪сроки сжатые;сроки жёсткие⟫=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'commas-around-kotoryj-clause',
    source: 'The translator who did this job lives in Kazan.',
    frame:
      '⟦Переводчик, который ⟪выполнил эту работу;сделал эту работу;взялся за эту работу⟫, живёт в Казани|Переводчик который ⟪выполнил эту работу;сделал эту работу⟫ живёт в Казани=punctuation: no commas around the "который" clause|Переводчик, которого ⟪выполнил эту работу;сделал эту работу⟫, живёт в Казани=case: accusative relative pronoun for the subject of the clause|Переводчик, который ⟪выполнил эту работу;сделал эту работу;взялся за эту работу⟫, живёт в Казань=case: accusative "в Казань" (into) for the location⟧.',
  },
]
