import { defineArea } from '../area';

/**
 * What a failed save, recovery copy or export says beyond the reason (errors.io.*, errors.load.*):
 * what it means for the user's work and what to do. The technical text is only shown on request.
 */
export const failures = defineArea(
  {
    contents: 'Part of the workshop is not what a workshop file can hold, so nothing was written. Undo your last change or correct it, then save again.',
    unexpected: 'Verkstad could not finish this because the part of the app that reads and writes files did not answer as expected.',
    draftAdvice: 'Save the workshop now (Save, or Save as… to another folder): until it is saved, a crash could lose your latest changes.',
    exportAdvice: 'Your workshop is unchanged. Try again, or export to another folder.',
    previewAdvice: 'You can still export: the PDF is made separately from the preview.',
    technicalDetails: 'Technical details',
  },
  {
    sv: {
      contents: 'En del av workshopen är inte sådant som en workshopfil kan innehålla, så inget skrevs. Ångra din senaste ändring eller rätta den och spara sedan igen.',
      unexpected: 'Verkstad kunde inte slutföra detta eftersom den del av appen som läser och skriver filer inte svarade som väntat.',
      draftAdvice: 'Spara workshopen nu (Spara, eller Spara som… i en annan mapp): tills den är sparad kan en krasch göra att dina senaste ändringar går förlorade.',
      exportAdvice: 'Din workshop är oförändrad. Försök igen, eller exportera till en annan mapp.',
      previewAdvice: 'Du kan ändå exportera: PDF:en skapas separat från förhandsvisningen.',
      technicalDetails: 'Tekniska detaljer',
    },
    nb: {
      contents: 'En del av workshopen er ikke noe en workshopfil kan inneholde, så ingenting ble skrevet. Angre den siste endringen din eller rett den, og lagre deretter på nytt.',
      unexpected: 'Verkstad kunne ikke fullføre dette fordi den delen av appen som leser og skriver filer, ikke svarte som forventet.',
      draftAdvice: 'Lagre workshopen nå (Lagre, eller Lagre som… i en annen mappe): til den er lagret, kan et krasj gjøre at de siste endringene dine går tapt.',
      exportAdvice: 'Workshopen din er uendret. Prøv igjen, eller eksporter til en annen mappe.',
      previewAdvice: 'Du kan likevel eksportere: PDF-en lages separat fra forhåndsvisningen.',
      technicalDetails: 'Tekniske detaljer',
    },
  },
);
