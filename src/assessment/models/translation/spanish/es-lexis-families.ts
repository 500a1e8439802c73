import type { TranslationFamily } from '../translation-model.js'

/**
 * English → Spanish (Spain): words and collocations a translator must not carry over by form:
 * long-documented false friends (each wrong reading a real Spanish word of another meaning) and
 * verb–noun collocations Spanish builds with another verb.
 */
export const ES_LEXIS_FAMILIES: readonly TranslationFamily[] = [
  {
    id: 'actually-en-realidad',
    source: 'Actually, the deadline is ⟨Friday;Monday⟩.',
    frame:
      '⟦En realidad|Actualmente=false friend: "actualmente" means "currently"|En la actualidad=false friend: "en la actualidad" means "nowadays"|En teoría=mistranslation: "actually" rendered as "in theory"⟧, ⟪el plazo vence;la fecha límite es⟫ el ⟨viernes;lunes⟩.',
  },
  {
    id: 'eventually-al-final',
    source: 'Eventually, the client ⟨accepted;rejected⟩ the proposal.',
    frame:
      '⟦Al final|Eventualmente=false friend: "eventualmente" means "possibly, by chance"|Posiblemente=mistranslation: "eventually" rendered as "possibly"|Al principio=mistranslation: "eventually" rendered as "at first"⟧, el cliente ⟨aceptó;rechazó⟩ ⟪la propuesta;la oferta⟫.',
  },
  {
    id: 'embarrassed-avergonzado',
    source: 'The ⟨speaker;manager⟩ was very embarrassed by the mistake.',
    frame:
      '⟨El ponente;El gerente⟩ ⟦estaba muy avergonzado|estaba muy embarazado=false friend: "embarazado" means "pregnant"|estaba muy embarazoso=false friend: "embarazoso" describes the situation, not the person|estaba muy orgulloso=mistranslation: "embarrassed" rendered as "proud"⟧ ⟪por el error;por la equivocación⟫.',
  },
  {
    id: 'attend-asistir-a',
    source: 'Yesterday the ⟨director;lawyer⟩ attended the meeting.',
    frame:
      '⟪Ayer ⟨el director;la abogada⟩;⟨El director;La abogada⟩ ayer⟫ ⟦asistió a|atendió=false friend: "atender" means "pay attention to, serve"|atendió a=false friend: "atender a" means "pay attention to"|asistirá a=wrong tense: past rendered as future|asistió en=wrong preposition: "en" after "asistir"⟧ la reunión.',
  },
  {
    id: 'library-biblioteca',
    source: 'I borrowed this book from the ⟨university;city⟩ library.',
    frame:
      '⟪Saqué;Tomé prestado⟫ este libro ⟦de la biblioteca|de la librería=false friend: "librería" means "bookshop"|del archivo=mistranslation: "library" rendered as "archive"|de la editorial=mistranslation: "editorial" is the publisher⟧ ⟨de la universidad;municipal⟩.',
  },
  {
    id: 'realise-darse-cuenta',
    source: 'I realised that the ⟨figures;dates⟩ were wrong.',
    frame:
      '⟦Me di cuenta de que|Realicé que=false friend: "realizar" means "carry out"|Me doy cuenta de que=wrong tense: past rendered as present|Me di cuenta que=omission: the "de" of "darse cuenta de"⟧ ⟨las cifras;las fechas⟩ ⟪eran incorrectas;estaban mal⟫.',
  },
  {
    id: 'sensible-sensato',
    source: 'It was a sensible decision.',
    frame:
      '⟪Fue;Era⟫ una decisión ⟦sensata|sensible=false friend: "sensible" means "sensitive"|sensacional=mistranslation: "sensible" rendered as "sensational"|insensata=mistranslation: "sensible" rendered as "foolish"⟧.',
  },
  {
    id: 'carpet-alfombra',
    source: 'The new carpet is in the ⟨hall;office⟩.',
    frame:
      'La nueva ⟦alfombra|carpeta=false friend: "carpeta" means "folder"|carpa=false friend: "carpa" means "tent, marquee"|cortina=mistranslation: "carpet" rendered as "curtain"⟧ ⟪está en;se encuentra en⟫ ⟨el vestíbulo;la oficina⟩.',
  },
  {
    id: 'success-exito',
    source: 'The ⟨launch;campaign⟩ was a great success.',
    frame:
      '⟨El lanzamiento;La campaña⟩ ⟦fue un gran éxito|fue un gran suceso=false friend: "suceso" means "event, incident"|fue una gran salida=mistranslation: "success" rendered as "exit" ("éxito" misread)|fue un gran fracaso=mistranslation: "success" rendered as "failure"|fue un gran exitoso=form: adjective "exitoso" used as a noun⟧.',
  },
  {
    id: 'exit-salida',
    source: 'The emergency exit is at the end of the corridor.',
    frame:
      'La ⟦salida de emergencia|éxito de emergencia=false friend: "éxito" means "success"|salida de emergente=form: adjective "emergente" (emerging) for "de emergencia"|entrada de emergencia=mistranslation: "exit" rendered as "entrance"⟧ está al final del ⟪pasillo;corredor⟫.',
  },
  {
    id: 'constipated-estrenido',
    source: 'The patient has been constipated for three days.',
    frame:
      'El paciente ⟦lleva tres días estreñido|lleva tres días constipado=false friend: "constipado" means "having a cold"|lleva tres días resfriado=mistranslation: "constipated" rendered as "having a cold"|lleva tres días estreñida=agreement: feminine adjective for "el paciente"⟧.',
  },
  {
    id: 'application-solicitud',
    source: 'We have received your ⟨job;grant⟩ application.',
    frame:
      'Hemos recibido su ⟦solicitud|aplicación=false friend: "aplicación" means "app, application of something"|suscripción=mistranslation: "application" rendered as "subscription"|respuesta=mistranslation: "application" rendered as "reply"⟧ ⟨de empleo;de subvención⟩.',
  },
  {
    id: 'support-apoyar',
    source: 'The board supports the new ⟨proposal;plan⟩.',
    frame:
      '⟪La junta directiva;El consejo de administración⟫ ⟦apoya|soporta=false friend: "soportar" means "tolerate, bear (a load)"|apoyó=wrong tense: present rendered as past|apoyará=wrong tense: present rendered as future⟧ ⟨la nueva propuesta;el nuevo plan⟩.',
  },
  {
    id: 'introduce-presentar',
    source: 'I would like to introduce our new ⟨manager;colleague⟩.',
    frame:
      '⟪Me gustaría;Quisiera⟫ ⟦presentarles a|introducirles a=false friend: "introducir" means "insert, put in"|introducir a=false friend: "introducir" means "insert, put in"|presentarles=omission: the personal "a" before a person⟧ nuestro nuevo ⟨gerente;compañero⟩.',
  },
  {
    id: 'record-grabar',
    source: 'We recorded the ⟨interview;meeting⟩ for the minutes.',
    frame:
      '⟦Grabamos|Recordamos=false friend: "recordar" means "remember"|Gravamos=spelling: "gravar" (to tax, to burden) for "grabar"|Grabaremos=wrong tense: past rendered as future⟧ ⟨la entrevista;la reunión⟩ ⟪para el acta;para redactar el acta⟫.',
  },
  {
    id: 'pretend-fingir',
    source: 'The ⟨witness;candidate⟩ pretended to be ill.',
    frame:
      '⟨El testigo;El candidato⟩ ⟦fingió estar enfermo|pretendió estar enfermo=false friend: "pretender" means "intend, aim to"|fingió ser enfermo=ser/estar: ser for a temporary state (needs estar)|fingió estar enferma=agreement: feminine adjective for a man⟧.',
  },
  {
    id: 'large-grande',
    source: 'We need a large room for the ⟨workshop;training⟩.',
    frame:
      'Necesitamos ⟦una sala grande|una sala larga=false friend: "largo" means "long"|una grande sala=form: "grande" not shortened to "gran" before a noun|una sala pequeña=mistranslation: "large" rendered as "small"|un sala grande=gender: masculine article for "sala"⟧ para ⟨el taller;la formación⟩.',
  },
  {
    id: 'parents-padres',
    source: 'The ⟨students;children⟩ came with their parents.',
    frame:
      '⟨Los alumnos;Los niños⟩ ⟦vinieron con sus padres|vinieron con sus parientes=false friend: "parientes" means "relatives"|vinieron con su padres=agreement: singular possessive for a plural noun|vendrán con sus padres=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'resume-reanudar',
    source: 'We will resume the meeting after ⟨lunch;the break⟩.',
    frame:
      '⟦Reanudaremos la reunión|Resumiremos la reunión=false friend: "resumir" means "summarise"|Reasumiremos la reunión=false friend: "reasumir" means "take on again (a role)"|Terminaremos la reunión=mistranslation: "resume" rendered as "finish"⟧ después ⟨de comer;de la pausa⟩.',
  },
  {
    id: 'argument-discusion',
    source: 'The ⟨partners;neighbours⟩ had an argument about money.',
    frame:
      '⟨Los socios;Los vecinos⟩ ⟦tuvieron una discusión|tuvieron un argumento=false friend: "argumento" means "plot, line of reasoning"|tuvieron una argumentación=false friend: "argumentación" means "reasoning"|tendrán una discusión=wrong tense: past rendered as future⟧ ⟪por dinero;por cuestiones de dinero⟫.',
  },
  {
    id: 'exciting-emocionante',
    source: 'It is an exciting ⟨project;opportunity⟩.',
    frame:
      'Es ⟦⟨un proyecto emocionante;una oportunidad emocionante⟩|⟨un proyecto excitante;una oportunidad excitante⟩=false friend: "excitante" suggests arousal or stimulants|⟨un proyecto excitado;una oportunidad excitada⟩=false friend: "excitado" means "aroused"|⟨un proyecto aburrido;una oportunidad aburrida⟩=mistranslation: "exciting" rendered as "boring"|⟨una proyecto emocionante;un oportunidad emocionante⟩=gender: wrong article for the noun⟧.',
  },
  {
    id: 'lecture-conferencia',
    source: 'The lecture starts at nine.',
    frame:
      '⟦La conferencia empieza|La lectura empieza=false friend: "lectura" means "reading"|El lector empieza=false friend: "lector" means "reader"|La conferencia empezó=wrong tense: present rendered as past|La conferencia empiezan=agreement: plural verb for a singular subject⟧ a las nueve.',
  },
  {
    id: 'remove-eliminar',
    source: 'Remove the old files from the ⟨folder;server⟩.',
    frame:
      '⟦Elimine|Remueva=false friend: "remover" means "stir, move about"|Remita=false friend: "remitir" means "send, refer"|Reúna=mistranslation: "reunir" means "gather"⟧ los archivos ⟪antiguos;viejos⟫ ⟨de la carpeta;del servidor⟩.',
  },
  {
    id: 'conductor-director',
    source: 'The conductor thanked the ⟨orchestra;choir⟩.',
    frame:
      '⟦El director|El conductor=false friend: "conductor" means "driver"|El compositor=mistranslation: "conductor" rendered as "composer"|El revisor=mistranslation: "conductor" in its railway sense (ticket inspector)⟧ ⟪dio las gracias;agradeció⟫ ⟨a la orquesta;al coro⟩.',
  },
  {
    id: 'compromise-acuerdo',
    source: 'After long talks, the ⟨unions;parties⟩ reached a compromise.',
    frame:
      'Tras ⟪largas negociaciones;largas conversaciones⟫, ⟨los sindicatos;las partes⟩ ⟦llegaron a un acuerdo|se comprometieron=false friend: "comprometerse" means "commit oneself (to something)"|llegaron a un desacuerdo=mistranslation: "compromise" rendered as "disagreement"|llegarán a un acuerdo=wrong tense: past rendered as future⟧.',
  },
  {
    id: 'sympathetic-comprensivo',
    source: 'The ⟨manager;doctor⟩ was very sympathetic.',
    frame:
      '⟨El gerente;El médico⟩ ⟦fue muy comprensivo|fue muy simpático=false friend: "simpático" means "friendly, pleasant"|fue muy sintético=false friend: "sintético" means "synthetic, concise"|fue muy comprensiva=agreement: feminine adjective for a man|fue muy comprensible=false friend: "comprensible" means "understandable"⟧.',
  },
  {
    id: 'casualties-victimas',
    source: 'Fortunately, there were no casualties in the ⟨fire;accident⟩.',
    frame:
      '⟪Por suerte;Afortunadamente⟫, ⟦no hubo víctimas|no hubo casualidades=false friend: "casualidad" means "chance, coincidence"|no hubo casualties=mistranslation: the English word left untranslated|no hubieron víctimas=agreement: impersonal "haber" made plural⟧ en ⟨el incendio;el accidente⟩.',
  },
  {
    id: 'recipient-destinatario',
    source: "Check the recipient's address before sending the ⟨parcel;letter⟩.",
    frame:
      'Compruebe la dirección ⟦del destinatario|del recipiente=false friend: "recipiente" means "container"|del remitente=mistranslation: "remitente" is the sender|de destinatario=omission: the article before "destinatario"⟧ antes de enviar ⟨el paquete;la carta⟩.',
  },
  {
    id: 'advertisement-anuncio',
    source: 'We saw your advertisement in the ⟨newspaper;magazine⟩.',
    frame:
      '⟪Vimos;Hemos visto⟫ ⟦su anuncio|su advertencia=false friend: "advertencia" means "warning"|su artículo=mistranslation: "advertisement" rendered as "article"|su anunciante=false friend: "anunciante" means "advertiser"⟧ en ⟨el periódico;la revista⟩.',
  },
  {
    id: 'stranger-desconocido',
    source: 'Do not open the door to strangers.',
    frame:
      'No ⟪abra;abran⟫ la puerta a ⟦desconocidos|extranjeros=false friend: "extranjero" means "foreigner"|desconocido=number: singular for plural "strangers"|conocidos=mistranslation: "strangers" rendered as "acquaintances"⟧.',
  },
  {
    id: 'actual-real',
    source: 'The actual cost was higher than the ⟨estimate;budget⟩.',
    frame:
      'El ⟦coste real fue mayor|coste actual fue mayor=false friend: "actual" means "current"|coste actualizado fue mayor=false friend: "actualizado" means "updated"|coste real fue menor=mistranslation: "higher" rendered as "lower"|coste real fue más mayor=form: "más mayor" doubles the comparative⟧ ⟨de lo previsto;que el presupuesto⟩.',
  },
  {
    id: 'make-a-decision-tomar',
    source: 'The committee will make a decision ⟨tomorrow;next week⟩.',
    frame:
      'El comité ⟦tomará una decisión|hará una decisión=literal calque: "make a decision" (Spanish "tomar una decisión")|tomará un decisión=gender: masculine article for "decisión"|tomó una decisión=wrong tense: future rendered as past⟧ ⟨mañana;la semana que viene⟩.',
  },
  {
    id: 'pay-attention-prestar',
    source: 'Please pay attention to the ⟨instructions;safety rules⟩.',
    frame:
      '⟪Por favor,;Le rogamos que⟫ ⟦preste atención a|pague atención a=literal calque: "pay attention" (Spanish "prestar atención")|preste atención en=wrong preposition: "en" after "prestar atención"|preste atenciones a=number: "atenciones" means "courtesies"⟧ ⟨las instrucciones;las normas de seguridad⟩.',
  },
  {
    id: 'ask-a-question-hacer',
    source: 'Can I ask you a question about the ⟨invoice;contract⟩?',
    frame:
      '¿⟦Puedo hacerle una pregunta|Puedo preguntarle una pregunta=literal calque: "ask a question" (Spanish "hacer una pregunta")|Puedo pedirle una pregunta=false friend: "pedir" means "ask for, request"|Puedo hacerle un pregunta=gender: masculine article for "pregunta"|Puedo hacerle una respuesta=mistranslation: "question" rendered as "answer"⟧ sobre ⟨la factura;el contrato⟩?',
  },
  {
    id: 'run-a-company-dirigir',
    source: 'She has run the ⟨company;restaurant⟩ since 2015.',
    frame:
      '⟦Dirige|Corre=literal calque: "run" as "correr" (move fast)|Dirigió=wrong tense: "has run since" is still true (needs the present)|Dirija=mood: subjunctive in a main clause of fact⟧ ⟨la empresa;el restaurante⟩ desde 2015.',
  },
  {
    id: 'make-a-mistake-cometer',
    source: 'The ⟨accountant;translator⟩ made a mistake in the ⟨report;invoice⟩.',
    frame:
      '⟨El contable;El traductor⟩ ⟦cometió un error|hizo un error=literal calque: "make a mistake" (Spanish "cometer un error")|cometió una error=gender: feminine article for "error"|comete un error=wrong tense: past rendered as present|cometerá un error=wrong tense: past rendered as future⟧ en ⟨el informe;la factura⟩.',
  },
]
