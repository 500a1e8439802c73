import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Portuguese (Brazil): register (the forms of address a Brazilian reader expects, as
 * the bracketed context in the source says, and no colloquial forms in formal writing), letter
 * and email formulas, and idioms rendered by meaning with Brazilian set phrases.
 */
export const PT_REGISTER_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'letter-salutation',
    source: '[Formal letter] Dear Mr Silva,',
    frame:
      '⟦Prezado Sr. Silva,|Prezada Sr. Silva,=agreement: feminine "prezada" for a man|Querido Sr. Silva,=register: the intimate "querido" in a formal letter|Oi, Sr. Silva,=register: a casual greeting in a formal letter|Prezada Sra. Silva,=mistranslation: "Mr" rendered as "Mrs"⟧',
  },
  {
    id: 'please-find-attached',
    source: '[Formal email] Please find attached the invoice for March.',
    frame:
      '⟦⟪Segue anexa a fatura;Segue em anexo a fatura⟫|Por favor, encontre a fatura anexada=literal calque of the English formula|Segue anexo a fatura=agreement: "anexo" not agreeing with "a fatura"|Seguem anexas a fatura=agreement: plural verb and adjective for one invoice⟧ ⟪de março;referente a março⟫.',
  },
  {
    id: 'feel-free-to-contact',
    source: '[To a customer] Feel free to contact us at any time.',
    frame:
      '⟦⟪Fique à vontade para;Não hesite em⟫ entrar em contato conosco|Sinta-se livre para entrar em contato conosco=literal calque of "feel free to"|Fique a vontade para entrar em contato conosco=accent: no crase in "à vontade"|Fique à vontade para entrar em contato com nós=pronoun: "com nós" for "conosco"⟧ ⟪a qualquer momento;quando quiser⟫.',
  },
  {
    id: 'vossa-excelencia-to-a-minister',
    source: '[Letter to a government minister] We thank you for the invitation to the ceremony.',
    frame:
      'Agradecemos a ⟦Vossa Excelência o convite|Vossa Senhoria o convite=register: "Vossa Senhoria", below the form owed to a minister|você o convite=register: "você" to a minister|Sua Excelência o convite=pronoun: "Sua Excelência" speaks of the minister, not to the minister|Vossa Excelência a convite=gender: feminine "a" for "o convite"⟧ ⟪para a cerimônia;para a solenidade⟫.',
  },
  {
    id: 'voce-to-a-friend',
    source: '[Message to a friend] Can you call me tomorrow night?',
    frame:
      '⟦⟪Você pode;Pode⟫ me ligar amanhã ⟪à noite;de noite⟫|O senhor pode me ligar amanhã ⟪à noite;de noite⟫=register: "o senhor" to a friend|Posso te ligar amanhã ⟪à noite;de noite⟫=mistranslation: who calls whom reversed|⟪Você pode;Pode⟫ me ligar ontem ⟪à noite;de noite⟫=mistranslation: "tomorrow" rendered as "yesterday"⟧?',
  },
  {
    id: 'nos-not-a-gente-in-a-report',
    source: '[Formal report] We recommend changing the supplier.',
    frame:
      '⟦Recomendamos ⟪trocar de fornecedor;a troca do fornecedor⟫|A gente recomenda trocar de fornecedor=register: colloquial "a gente" in a formal report|Recomendamos manter o fornecedor=mistranslation: "changing" rendered as "keeping"|Recomendávamos trocar de fornecedor=wrong tense: present rendered as imperfect⟧.',
  },
  {
    id: 'no-colloquial-forms-in-business-email',
    source: '[Business email] I am writing to confirm the Friday meeting.',
    frame:
      '⟦⟪Escrevo;Estou escrevendo⟫ para confirmar a reunião ⟪de sexta-feira;de sexta⟫|Tô escrevendo pra confirmar a reunião ⟪de sexta-feira;de sexta⟫=register: colloquial "tô" and "pra" in a business email|⟪Escrevo;Estou escrevendo⟫ para cancelar a reunião ⟪de sexta-feira;de sexta⟫=mistranslation: "confirm" rendered as "cancel"|⟪Escrevo;Estou escrevendo⟫ por confirmar a reunião ⟪de sexta-feira;de sexta⟫=wrong preposition: "por" for the purpose (needs "para")⟧.',
  },
  {
    id: 'obrigada-from-a-woman',
    source: '[A woman writes to a client] Thank you very much for your help with the project.',
    frame:
      'Muito ⟦obrigada ⟪pela ajuda;pela sua ajuda⟫|obrigado ⟪pela ajuda;pela sua ajuda⟫=agreement: masculine "obrigado" from a woman|obrigada para a ajuda=wrong preposition: "para" after "obrigada" (needs "por")|obrigada pelo ajuda=gender: masculine "pelo" for "a ajuda"⟧ ⟪com o projeto;no projeto⟫.',
  },
  {
    id: 'raining-cats-and-dogs',
    source: 'It is raining cats and dogs again.',
    frame:
      '⟦Está ⟪chovendo canivetes;caindo um temporal⟫|Está chovendo gatos e cachorros=idiom translated literally|Está nevando muito=mistranslation: rain rendered as snow|Estava chovendo canivetes=wrong tense: present rendered as past⟧ ⟪de novo;novamente⟫.',
  },
  {
    id: 'piece-of-cake',
    source: 'The test was a piece of cake.',
    frame:
      '⟪A prova;O teste⟫ ⟦foi ⟪moleza;muito fácil⟫|foi um pedaço de bolo=idiom translated literally|foi muito difícil=mistranslation: "a piece of cake" rendered as "very hard"|é moleza=wrong tense: past rendered as present⟧.',
  },
  {
    id: 'two-birds-with-one-stone',
    source: 'With this plan we kill two birds with one stone.',
    frame:
      '⟪Com este plano;Com esse plano⟫, ⟪matamos;vamos matar⟫ ⟦dois coelhos com uma cajadada só|dois pássaros com uma pedra=idiom translated literally|um coelho com uma cajadada só=mistranslation: "two" rendered as "one"|dois coelho com uma cajadada só=number: singular "coelho" after "dois"⟧.',
  },
  {
    id: 'cost-an-arm-and-a-leg',
    source: 'The repair cost an arm and a leg.',
    frame:
      '⟪O conserto;O reparo⟫ ⟦custou ⟪os olhos da cara;uma fortuna⟫|custou um braço e uma perna=idiom translated literally|custou quase nada=mistranslation: "an arm and a leg" rendered as "next to nothing"|custará os olhos da cara=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'call-it-a-day',
    source: 'It is late, let us call it a day.',
    frame:
      '⟪Já é tarde;Está tarde⟫, vamos ⟦⟪encerrar por hoje;parar por hoje⟫|chamar isso de um dia=idiom translated literally|marcar um dia=mistranslation: read as scheduling a day|começar o dia=mistranslation: "stop for today" rendered as "start the day"⟧.',
  },
  {
    id: 'beat-around-the-bush',
    source: 'Stop beating around the bush.',
    frame:
      'Pare ⟦de ⟪enrolar;fazer rodeios⟫|de bater em volta do arbusto=idiom translated literally|de ir direto ao ponto=mistranslation: the idiom rendered as its opposite|para ⟪enrolar;fazer rodeios⟫=wrong preposition: "parar para" (stop in order to)⟧.',
  },
  {
    id: 'not-my-cup-of-tea',
    source: 'Jazz is not my cup of tea.',
    frame:
      '⟪Jazz;O jazz⟫ ⟦não é a minha praia|não é a minha xícara de chá=idiom translated literally|é a minha praia=negation: "not" dropped|não era a minha praia=wrong tense: present rendered as past⟧.',
  },
  {
    id: 'out-of-the-blue',
    source: 'Last week the client called out of the blue.',
    frame:
      '⟪Na semana passada;Semana passada⟫, o cliente ⟦ligou ⟪do nada;de repente⟫|ligou fora do azul=idiom translated literally|ligou de propósito=mistranslation: "out of the blue" rendered as "on purpose"|ligará do nada=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'looking-forward-to-hearing',
    source: '[Closing a business email] I look forward to hearing from you.',
    frame:
      '⟦⟪Aguardo seu retorno;Fico no aguardo do seu retorno⟫|Olho para a frente para ouvir de você=literal calque of the English formula|Espero ouvir de você=literal calque: "hear from you" rendered word for word|Aguardava seu retorno=wrong tense: present rendered as imperfect⟧.',
  },
  {
    id: 'to-whom-it-may-concern',
    source: '[Heading of a reference letter] To whom it may concern',
    frame:
      '⟦⟪A quem possa interessar;A quem interessar possa⟫|Para quem possa concernir=literal calque of the English formula|A quem pode interessar=mood: indicative (the formula needs the subjunctive)|À quem possa interessar=accent: crase before "quem"⟧',
  },
  {
    id: 'apologise-for-the-inconvenience',
    source: '[To a customer] We apologise for the inconvenience.',
    frame:
      '⟦Pedimos desculpas ⟪pelo transtorno;pelo incômodo⟫|Apologizamos pelo transtorno=false friend: "apologizar" means "praise, defend"|Pedimos desculpas para o transtorno=wrong preposition: "para" after "desculpas" (needs "por")|Pedimos desculpas pela transtorno=gender: feminine "pela" for "o transtorno"⟧.',
  },
  {
    id: 'app-instruction-imperative',
    source: '[Instruction in an app for Brazilian users] Enter your password.',
    frame:
      '⟦⟪Digite;Insira⟫ sua senha|Entre sua senha=literal calque: "enter" as "entrar" (go in)|⟪Digite;Insira⟫ seu senha=gender: masculine "seu" for "a senha"|Digita sua senha=register: the "tu" imperative "digita" beside the "você" possessive "sua"⟧.',
  },
  {
    id: 'o-senhor-to-an-older-client',
    source: '[To an elderly client, formally] Would you like some coffee, sir?',
    frame:
      '⟦O senhor ⟪aceita;gostaria de⟫ um café|Tu aceitas um café, senhor=register: "tu" to an elderly client|A senhora ⟪aceita;gostaria de⟫ um café=mistranslation: "sir" rendered as "madam"|O senhor aceitou um café=wrong tense: an offer rendered as past⟧?',
  },
]
