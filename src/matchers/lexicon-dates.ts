/**
 * Calendar words in five languages: month names (full, abbreviated, and Russian inflections, which
 * the normaliser stems alike) and the relative-day words that send a sentence to chrono-node.
 */
import { foldText } from './normalize.js';

const MONTHS_RAW = [
  'january jan janvier janv januar janner enero январь января январе',
  'february feb fevrier fevr fev februar febrero февраль февраля феврале',
  'march mar mars marz marzo март марта марте',
  'april apr avril avr abril апрель апреля апреле',
  'may mai mayo май мая мае',
  'june jun juin juni junio июнь июня июне',
  'july jul juillet juil juli julio июль июля июле',
  'august aug aout agosto август августа августе',
  'september sep sept septembre septiembre setiembre сентябрь сентября сентябре',
  'october oct octobre oktober okt octubre октябрь октября октябре',
  'november nov novembre noviembre ноябрь ноября ноябре',
  'december dec decembre dezember dez diciembre декабрь декабря декабре',
];

/** folded month word → month number (1-12) */
export const MONTHS = new Map<string, number>();
MONTHS_RAW.forEach((words, index) => {
  for (const w of words.split(' ')) MONTHS.set(foldText(w), index + 1);
});

/** Month words that are also common words ("may", «mars», "mar", "jan"): a date only next to a day or a year. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'mar', 'mars', 'jan', 'dec', 'sep', 'sept', 'fev', 'dez', 'mai', 'august'].map((w) => foldText(w)));

/**
 * Words that make the date after them a document's date ("an email dated May 25, 2016", « une lettre
 * datée du… »), not the date of an event: such a date is not compared with a claim's date.
 */
export const DOCUMENT_DATE_WORDS = new Set(
  ['dated', 'datee', 'datees', 'datiert', 'datierte', 'datierten', 'datiertes', 'fechado', 'fechada', 'fechados', 'fechadas', 'датирован', 'датирована', 'датировано', 'датированы', 'датированное', 'датированный', 'датированного'].map((w) => foldText(w)),
);

/** The days of the week in five languages (with the Russian forms after « в »: « в среду »), folded. */
export const WEEKDAY_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'lunes martes miercoles jueves viernes sabado domingo ' +
    'понедельник вторник среду среда четверг пятницу пятница субботу суббота воскресенье'
  )
    .split(' ')
    .map((w) => foldText(w)),
);

/** Relative-day words (weekdays, yesterday) that make a sentence worth chrono's time. */
export const RELATIVE_DAY_WORDS = new Set([...WEEKDAY_WORDS, ...['yesterday', 'hier', 'gestern', 'ayer', 'вчера'].map((w) => foldText(w))]);
