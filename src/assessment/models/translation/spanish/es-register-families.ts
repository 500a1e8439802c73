import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Spanish (Spain): register (usted with clients, tú with friends, as the bracketed
 * context in the source says), fixed business formulas and idioms that must not be translated
 * word for word. Every idiom key is a set phrase the Diccionario de la lengua española records.
 */
export const ES_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'usted-possessive-to-client',
    source: '[Email to a client] Thank you for your ⟨order;message⟩.',
    frame:
      '⟦⟪Gracias por;Le agradecemos⟫ su|Gracias por tu=register: informal "tu" to a client|Te agradecemos tu=register: informal "te … tu" to a client|Gracias para su=wrong preposition: "para" after "gracias"⟧ ⟨pedido;mensaje⟩.',
  },
  {
    id: 'usted-request-to-client',
    source: '[To a client] Could you confirm the date?',
    frame:
      '¿⟦⟪Podría confirmar;Podría usted confirmar;Puede confirmar⟫|Podrías confirmar=register: tú to a client|Puedes confirmar=register: tú to a client|Pudo confirmar=wrong tense: "could" read as past ability⟧ la fecha?',
  },
  {
    id: 'tu-to-a-friend',
    source: '[Message to a friend] Can you call me tomorrow?',
    frame:
      '¿⟦⟪Me puedes llamar;Puedes llamarme⟫|Me puede llamar=register: usted to a friend|Puede llamarme=register: usted to a friend|Te puedo llamar=mistranslation: who calls whom reversed|Me pudiste llamar=wrong tense: past for a request⟧ mañana?',
  },
  {
    id: 'usted-greeting-to-stranger',
    source: '[To an older client you have just met] How are you?',
    frame:
      '¿⟦Cómo está⟪; usted⟫|Cómo estás=register: tú to a client just met|Qué tal estás=register: tú to a client just met|Cómo es usted=ser/estar: "what are you like" for "how are you"⟧?',
  },
  {
    id: 'up-to-you-formal',
    source: '[To a client] It is up to you.',
    frame:
      '⟦⟪Usted decide;La decisión es suya;Depende de usted⟫|Está arriba de usted=literal calque of "up to you"|Está hasta usted=literal calque of "up to you"|Tú decides=register: tú to a client⟧.',
  },
  {
    id: 'raining-cats-and-dogs',
    source: 'It is raining cats and dogs.',
    frame:
      '⟦⟪Está lloviendo;Llueve⟫ a cántaros|Llueven gatos y perros=idiom translated literally|Está lloviendo gatos y perros=idiom translated literally|Está lloviendo un poco=mistranslation: heavy rain rendered as light rain⟧.',
  },
  {
    id: 'piece-of-cake',
    source: '[About an exam] It was a piece of cake.',
    frame:
      'Fue ⟦⟪pan comido;coser y cantar⟫|un trozo de pastel=idiom translated literally|un pedazo de tarta=idiom translated literally|muy difícil=mistranslation: "easy" rendered as "very hard"⟧.',
  },
  {
    id: 'arm-and-a-leg',
    source: 'The repair cost an arm and a leg.',
    frame:
      'La reparación ⟦costó ⟪un ojo de la cara;un riñón⟫|costó un brazo y una pierna=idiom translated literally|costó una pierna y un brazo=idiom translated literally|costó muy poco=mistranslation: "very expensive" rendered as "very cheap"⟧.',
  },
  {
    id: 'pull-someones-leg',
    source: '[To a friend] Are you pulling my leg?',
    frame:
      '¿⟦⟪Me estás tomando el pelo;Me tomas el pelo⟫|Me estás tirando de la pierna=idiom translated literally|Me estás tirando la pierna=idiom translated literally|Me está tomando el pelo=register: usted to a friend⟧?',
  },
  {
    id: 'once-in-a-blue-moon',
    source: 'We see each other once in a blue moon.',
    frame:
      'Nos vemos ⟦⟪muy de vez en cuando;de Pascuas a Ramos⟫|una vez en una luna azul=idiom translated literally|cada luna azul=idiom translated literally|todos los días=mistranslation: "rarely" rendered as "every day"⟧.',
  },
  {
    id: 'under-the-weather',
    source: 'The ⟨manager;teacher⟩ is a bit under the weather today.',
    frame:
      '⟨El gerente;La profesora⟩ ⟦⟪no se encuentra muy bien;está algo ⟨indispuesto;indispuesta⟩⟫|está un poco bajo el tiempo=idiom translated literally|está un poco debajo del tiempo=idiom translated literally|está de muy buen humor=mistranslation: "unwell" rendered as "in a good mood"⟧ hoy.',
  },
  {
    id: 'cat-out-of-the-bag',
    source: '⟨Luis;Ana⟩ let the cat out of the bag.',
    frame:
      '⟨Luis;Ana⟩ ⟦⟪se fue de la lengua;descubrió el pastel⟫|dejó salir al gato de la bolsa=idiom translated literally|sacó el gato de la bolsa=idiom translated literally|guardó el secreto=mistranslation: "revealed the secret" rendered as "kept it"⟧.',
  },
  {
    id: 'not-my-cup-of-tea',
    source: 'Opera is not my cup of tea.',
    frame:
      'La ópera ⟦no es ⟪lo mío;de mi gusto⟫|no es mi taza de té=idiom translated literally|no es mi copa de té=idiom translated literally|es lo mío=omission: the negation⟧.',
  },
  {
    id: 'yours-sincerely',
    source: '[Closing a formal letter] Yours sincerely,',
    frame:
      '⟦⟪Atentamente;Reciba un cordial saludo⟫|Sinceramente suyo=literal calque of the English closing|Suyo sinceramente=literal calque of the English closing|Un abrazo=register: informal closing in a formal letter⟧,',
  },
  {
    id: 'please-find-attached',
    source: '[Formal email] Please find attached the invoice.',
    frame:
      '⟦⟪Le adjunto;Adjunto le envío⟫|Por favor encuentre adjunta=literal calque of the English formula|Encuentre adjunta=literal calque of the English formula|Te adjunto=register: tú in a formal email⟧ la factura.',
  },
  {
    id: 'feel-free-to-contact',
    source: '[To a customer] Feel free to contact us.',
    frame:
      '⟦No dude en ⟪ponerse en contacto con nosotros;contactar con nosotros⟫|Siéntase libre de ⟪ponerse en contacto con nosotros;contactar con nosotros⟫=literal calque of "feel free to"|Siéntase libre para ⟪ponerse en contacto con nosotros;contactar con nosotros⟫=literal calque of "feel free to"|No dudes en ⟪ponerte en contacto con nosotros;contactar con nosotros⟫=register: tú to a customer⟧.',
  },
  {
    id: 'on-the-other-hand',
    source: 'On the other hand, the cost is high.',
    frame:
      '⟦⟪Por otra parte;Por otro lado⟫|En la otra mano=literal calque of "on the other hand"|Por la otra mano=literal calque of "on the other hand"|Por lo tanto=mistranslation: "on the other hand" rendered as "therefore"⟧, ⟪el coste es elevado;el coste es alto⟫.',
  },
  {
    id: 'at-the-end-of-the-day',
    source: 'At the end of the day, it is the client who decides.',
    frame:
      '⟦⟪Al fin y al cabo;A fin de cuentas⟫|Al final del día=literal calque of the idiom (the evening)|Al fin del día=literal calque of the idiom (the evening)|Al principio=mistranslation: "ultimately" rendered as "at first"⟧, quien decide es el cliente.',
  },
  {
    id: 'make-sense',
    source: 'The ⟨plan;proposal⟩ makes sense.',
    frame:
      '⟨El plan;La propuesta⟩ ⟦⟪tiene sentido;es ⟨lógico;lógica⟩⟫|hace sentido=literal calque of "make sense"|hace mucho sentido=literal calque of "make sense"|no tiene sentido=mistranslation: negation added|tenía sentido=wrong tense: present rendered as past⟧.',
  },
]
