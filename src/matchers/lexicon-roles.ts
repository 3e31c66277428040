/**
 * Words that say who someone is rather than what they did: titles, offices and jobs, in five languages
 * ("chief executive", « directeur général », "Vorstandschef", "portavoz", «глава»). In a claim's wording
 * they describe its people, as their names do; a story describing the same person the same way says
 * nothing yet about the claim's fact.
 */
import { foldText } from './normalize.js';

const ROLE_WORDS_RAW =
  'chief executive ceo president chairman chairwoman chair director head founder cofounder spokesman spokeswoman spokesperson ' +
  'minister secretary officer official officials deputy manager lawyer attorney adviser advisor aide assistant leader boss owner ' +
  'ambassador governor senator mayor prosecutor former senior ' +
  'directeur directrice general generale presidente pdg fondateur fondatrice porte-parole ministre secretaire responsable ' +
  'dirigeant dirigeante ancien ancienne adjoint adjointe avocat avocate conseiller conseillere chef patron patronne procureur ' +
  'geschaftsfuhrer geschaftsfuhrerin vorstandschef vorstandschefin vorsitzende vorsitzender prasident prasidentin direktor direktorin ' +
  'grunder grunderin sprecher sprecherin ministerin sekretar sekretarin leiter leiterin ehemalige ehemaliger anwalt anwaltin berater beraterin staatsanwalt ' +
  'directora presidenta fundador fundadora portavoz ministro ministra secretario secretaria jefe jefa abogado abogada asesor asesora consejero consejera fiscal ' +
  'директор директора президент президента основатель глава министр министра секретарь руководитель представитель адвокат советник бывший бывшая прокурор';

/** Folded role words. */
export const ROLE_WORDS: ReadonlySet<string> = new Set(ROLE_WORDS_RAW.split(' ').map((w) => foldText(w).trim()));
