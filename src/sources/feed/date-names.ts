/**
 * Month, weekday and filler words of the languages dates are written in by the feeds and pages we
 * read: English, French, German, Spanish, Italian, Portuguese, Dutch, Hungarian, Greek (the
 * abbreviations feedparser knows), Russian. All lower-case; a trailing '.' is removed before lookup.
 */

export const MONTHS = new Map<string, number>();
for (const [month, names] of [
  [1, 'jan january janv janvier jän jänner januar ene enero gen gennaio janeiro januari január ιαν января янв'],
  [2, 'feb february fév févr fev fevr février fevrier februar febrero febbraio fevereiro februari február φεβ февраля фев'],
  [3, 'mar march mars mär märz maerz marz marzo março maart mrt március μάώ μαώ μαρ марта мар'],
  [4, 'apr april avr avril abr abril aprile április απρ апреля апр'],
  [5, 'may mai mayo mag maggio maio mei május máujus μάι μαϊ μαι мая'],
  [6, 'jun june juin juni junio giu giugno junho június ιούν ιουν ιον июня июн'],
  [7, 'jul july juil juillet juli julio lug luglio julho július ιούλ ιουλ ιολ июля июл'],
  [8, 'aug august aoû aou août aout agosto ago augustus augusztus αύγ αυγ августа авг'],
  [9, 'sep sept september septembre set settembre septiembre setembro szeptember σεπ сентября сен'],
  [10, 'oct october octobre okt oktober octubre ott ottobre out outubro október οκτ октября окт'],
  [11, 'nov november novembre noviembre novembro νοέ νοε ноября ноя'],
  [12, 'dec december déc décembre decembre dez dezember dic diciembre dicembre dezembro δεκ декабря дек'],
] as const) {
  for (const name of names.split(' ')) MONTHS.set(name, month);
}

/** Weekday names and abbreviations (ignored); "mar" is also March, and is read as a weekday only beside another month. */
export const WEEKDAYS = new Set(
  ('sun sunday mon monday tue tues tuesday wed weds wednesday thu thur thurs thursday fri friday sat saturday ' +
    'lun lundi mar mardi mer mercredi jeu jeudi ven vendredi sam samedi dim dimanche ' +
    'mo montag di dienstag mi mittwoch do donnerstag fr freitag sa samstag so sonntag ' +
    'lunes martes miércoles mié mie jueves vie viernes sáb sab sábado sabado dom domingo ' +
    'lunedì lunedi martedì martedi mercoledì mercoledi gio giovedì giovedi venerdì venerdi sabato domenica ' +
    'seg segunda ter terça terca qua quarta qui quinta sex sexta ma maandag dinsdag wo woensdag donderdag vr vrijdag za zaterdag zo zondag ' +
    'κυρ δευ τρι τετ πεμ παρ σαβ пн вт ср чт пт сб вс').split(' '),
);

/** Words between the parts of a date ("le 5 mars 2018 à 10h", "am 6. März 2018 um 10:00 Uhr", "5 de marzo de 2018"). */
export const FILLERS = new Set('at on the of le à a de del um am den uhr h et y г. г published posted updated'.split(' '));
