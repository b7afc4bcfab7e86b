import { defineArea } from '../area';

/**
 * Saving and recovering files under faults (issue 11): the moved-or-deleted question, a save that
 * waits on a held file, a save the disk did not confirm, and recovery copies that cannot be read.
 */
export const files = defineArea(
  {
    missingMessage: '“{{name}}” was moved or deleted after you opened it.',
    missingDetail: 'Someone else may have moved, renamed or deleted it. Your work is still here in Verkstad.',
    missingSaveHere: 'Save it here again',
    saveWaiting: 'Another program is holding “{{name}}”. Verkstad keeps trying to save…',
    notFlushed: '“{{name}}” was saved, but the disk did not confirm that the save is complete. If the power fails in the next moments, the previous version may come back: save again to be sure.',
    draftDamaged: 'A recovery copy from {{time}} could not be read.',
    panelFailed: '“{{name}}” stopped working',
    panelFailedWorkKept: 'Your work is safe: it is still open in Verkstad and a recovery copy has been written. Try again, or save and reopen the workshop.',
    panelTryAgain: 'Try again',
  },
  {
    sv: {
      missingMessage: '”{{name}}” har flyttats eller tagits bort sedan du öppnade den.',
      missingDetail: 'Någon annan kan ha flyttat, bytt namn på eller tagit bort den. Ditt arbete finns kvar i Verkstad.',
      missingSaveHere: 'Spara den här igen',
      saveWaiting: 'Ett annat program håller ”{{name}}” låst. Verkstad fortsätter att försöka spara …',
      notFlushed: '”{{name}}” sparades, men disken bekräftade inte att sparandet är klart. Om strömmen går inom kort kan den förra versionen komma tillbaka: spara igen för säkerhets skull.',
      draftDamaged: 'En återställningskopia från {{time}} gick inte att läsa.',
      panelFailed: '”{{name}}” slutade fungera',
      panelFailedWorkKept: 'Ditt arbete är i säkerhet: det är fortfarande öppet i Verkstad och en återställningskopia har sparats. Försök igen, eller spara och öppna workshoppen på nytt.',
      panelTryAgain: 'Försök igen',
    },
    nb: {
      missingMessage: '«{{name}}» er flyttet eller slettet etter at du åpnet den.',
      missingDetail: 'Noen andre kan ha flyttet, gitt nytt navn til eller slettet den. Arbeidet ditt er fortsatt her i Verkstad.',
      missingSaveHere: 'Lagre den her igjen',
      saveWaiting: 'Et annet program holder «{{name}}» låst. Verkstad fortsetter å prøve å lagre …',
      notFlushed: '«{{name}}» ble lagret, men disken bekreftet ikke at lagringen er fullført. Hvis strømmen går i løpet av kort tid, kan den forrige versjonen komme tilbake: lagre på nytt for sikkerhets skyld.',
      draftDamaged: 'En gjenopprettingskopi fra {{time}} kunne ikke leses.',
      panelFailed: '«{{name}}» sluttet å virke',
      panelFailedWorkKept: 'Arbeidet ditt er trygt: det er fortsatt åpent i Verkstad, og en gjenopprettingskopi er lagret. Prøv igjen, eller lagre og åpne workshopen på nytt.',
      panelTryAgain: 'Prøv igjen',
    },
  },
);
