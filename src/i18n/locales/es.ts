/**
 * Spanish (Peruvian usage): the reference language, in three parts (what every element and the
 * banner use, the quiz's, the fact sheet's), so that a page loads only the strings of its elements. Every other language file has exactly these
 * keys; `npm test` names any that are missing or extra.
 * Words: "trata de personas", never "tráfico" (smuggling is another crime).
 */
export const esCore = {
  'line.name': 'Línea contra la trata de personas',
  'line.nameShort': 'Contra la trata',
  'line.pitch':
    '¿Tú o alguien que conoces está en riesgo de trata de personas o de trabajo forzoso? Llama a la línea gratuita y confidencial.',
  'line.pitchCompact': 'Línea gratuita y confidencial contra la trata de personas',
  'line.free': 'Gratuita',
  'line.confidential': 'Confidencial',
  'line.hours': 'Las 24 horas',
  'line.anonymous': 'Puedes llamar sin dar tu nombre',
  'line.operator': 'Atiende: {{operator}}',
  'line.option': 'Marca la opción {{option}}',
  'line.optionShort': 'opción {{option}}',
  'line.callTo': 'Llamar al',
  'line.call': 'Llamar al {{number}}',
  'line.immediate': 'En peligro inmediato, llama al {{number}} ({{operator}})',
  'line.regionName': '{{name}} ({{index}} de {{count}})',
  'banner.dismiss': 'Cerrar el aviso de la línea',
  'exit.button': 'Salida rápida',
  'exit.buttonShort': 'Salir',
  'exit.hint': 'O pulsa la tecla Mayús 3 veces',
  'exit.pressesLeft_one': 'Pulsa Mayús {{count}} vez más para salir de esta página',
  'exit.pressesLeft_other': 'Pulsa Mayús {{count}} veces más para salir de esta página',
  'exit.expired': 'Salida rápida cancelada',
} as const;

export const esQuiz = {
  'quiz.name': 'Autoevaluación privada sobre señales de trata y trabajo forzoso',
  'quiz.intro':
    'Unas pocas preguntas de sí o no, unos minutos. Tus respuestas no salen de este dispositivo: no se envían ni se guardan. No es una evaluación legal.',
  'quiz.choosePath': '¿Qué describe mejor tu situación?',
  'quiz.progress': 'Pregunta {{current}} de {{total}}',
  'quiz.yes': 'Sí',
  'quiz.no': 'No',
  'quiz.notSure': 'No estoy seguro/a',
  'quiz.back': 'Atrás',
  'quiz.next': 'Siguiente',
  'quiz.seeResult': 'Ver el resultado',
  'quiz.answerFirst': 'Elige una respuesta para continuar.',
  'quiz.concerns': 'Respuestas que llaman la atención',
  'quiz.answerYes': 'Respondiste «sí»',
  'quiz.answerNotSure': 'Respondiste «no estoy seguro/a»',
  'quiz.restart': 'Empezar de nuevo',
  'quiz.privacy': 'Nada de lo que respondiste se guardó ni se envió.',
} as const;

export const esFacts = {
  'facts.name': 'Datos sobre la trata de personas en el Perú',
  // Dates and numbers as Intl writes them in this language (a test compares the two): the fact
  // sheet formats them itself, since a page's first Intl formatter costs a long task.
  'facts.months': 'enero,febrero,marzo,abril,mayo,junio,julio,agosto,setiembre,octubre,noviembre,diciembre',
  'facts.dateDay': '{{day}} de {{month}} de {{year}}',
  'facts.dateMonth': '{{month}} de {{year}}',
  'facts.groupSeparator': ',',
  'facts.decimalSeparator': '.',
  'facts.historicalIn': 'Dato histórico ({{date}})',
  'facts.attributed': 'Atribuido: {{attribution}}',
  'facts.date': 'Fecha: {{date}}',
  'facts.source_one': 'Fuente',
  'facts.source_other': 'Fuentes',
  'facts.moreThan': 'más de {{value}}',
  'facts.about': 'alrededor de {{value}}',
  'facts.tier': 'Nivel {{value}}',
  'facts.copy': 'Copiar con cita',
  'facts.copied': 'Copiado con su cita.',
  'facts.copiedShort': '✓ Copiado',
  'facts.copyFailedShort': 'Texto seleccionado: cópialo',
  'facts.copyFailed': 'No se pudo copiar. El texto quedó seleccionado: cópialo con Ctrl+C o manteniéndolo pulsado.',
  'facts.footer': 'Kit de prensa ct-awareness, versión {{version}}',
  'facts.fullKit': 'Ver el kit de prensa completo',
  'facts.none': 'No hay datos para esta selección.',
} as const;

/** The keys of each part; every other language file has exactly these. */
export type CoreKey = keyof typeof esCore;
export type QuizKey = keyof typeof esQuiz;
export type FactsKey = keyof typeof esFacts;
export type StringKey = CoreKey | QuizKey | FactsKey;
/** One language's UI strings, part by part. */
export type CoreStrings = Record<CoreKey, string>;
export type QuizStrings = Record<QuizKey, string>;
export type FactsStrings = Record<FactsKey, string>;
export type Strings = CoreStrings & QuizStrings & FactsStrings;
