import type { CoreStrings, QuizStrings, FactsStrings } from './es.js';

/** English. */
export const enCore: CoreStrings = {
  'line.name': 'Line against human trafficking',
  'line.nameShort': 'Anti-trafficking line',
  'line.pitch':
    'Are you or someone you know at risk of human trafficking or forced labour? Call the free and confidential line.',
  'line.pitchCompact': 'Free and confidential line against human trafficking',
  'line.free': 'Free',
  'line.confidential': 'Confidential',
  'line.hours': '24 hours',
  'line.anonymous': 'You can call without giving your name',
  'line.operator': 'Run by: {{operator}}',
  'line.option': 'Press option {{option}}',
  'line.optionShort': 'option {{option}}',
  'line.callTo': 'Call',
  'line.call': 'Call {{number}}',
  'line.immediate': 'In immediate danger, call {{number}} ({{operator}})',
  'line.regionName': '{{name}} ({{index}} of {{count}})',
  'banner.dismiss': 'Close the hotline notice',
  'exit.button': 'Quick exit',
  'exit.buttonShort': 'Exit',
  'exit.hint': 'Or press the Shift key 3 times',
  'exit.pressesLeft_one': 'Press Shift {{count}} more time to leave this page',
  'exit.pressesLeft_other': 'Press Shift {{count}} more times to leave this page',
  'exit.expired': 'Quick exit cancelled',
};

export const enQuiz: QuizStrings = {
  'quiz.name': 'Private self-check on the signs of trafficking and forced labour',
  'quiz.intro':
    'A few yes-or-no questions, a few minutes. Your answers never leave this device: nothing is sent or saved. This is not a legal assessment.',
  'quiz.choosePath': 'What describes your situation best?',
  'quiz.progress': 'Question {{current}} of {{total}}',
  'quiz.yes': 'Yes',
  'quiz.no': 'No',
  'quiz.notSure': 'Not sure',
  'quiz.back': 'Back',
  'quiz.next': 'Next',
  'quiz.seeResult': 'See the result',
  'quiz.answerFirst': 'Choose an answer to continue.',
  'quiz.concerns': 'Answers that raised concern',
  'quiz.answerYes': 'You answered "yes"',
  'quiz.answerNotSure': 'You answered "not sure"',
  'quiz.restart': 'Start again',
  'quiz.privacy': 'Nothing you answered was saved or sent.',
};

export const enFacts: FactsStrings = {
  'facts.name': 'Facts about human trafficking in Peru',
  // Dates and numbers as Intl writes them in this language (a test compares the two): the fact
  // sheet formats them itself, since a page's first Intl formatter costs a long task.
  'facts.months': 'January,February,March,April,May,June,July,August,September,October,November,December',
  'facts.dateDay': '{{day}} {{month}} {{year}}',
  'facts.dateMonth': '{{month}} {{year}}',
  'facts.groupSeparator': ',',
  'facts.decimalSeparator': '.',
  'facts.historicalIn': 'Historical fact ({{date}})',
  'facts.attributed': 'Attributed: {{attribution}}',
  'facts.date': 'Date: {{date}}',
  'facts.source_one': 'Source',
  'facts.source_other': 'Sources',
  'facts.moreThan': 'more than {{value}}',
  'facts.about': 'about {{value}}',
  'facts.tier': 'Tier {{value}}',
  'facts.copy': 'Copy with citation',
  'facts.copied': 'Copied with its citation.',
  'facts.copiedShort': '✓ Copied',
  'facts.copyFailedShort': 'Text selected: copy it',
  'facts.copyFailed': 'Could not copy. The text is selected: copy it with Ctrl+C or a long press.',
  'facts.footer': 'ct-awareness press kit, version {{version}}',
  'facts.fullKit': 'See the full press kit',
  'facts.none': 'No facts for this selection.',
};
