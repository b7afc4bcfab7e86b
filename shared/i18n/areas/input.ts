import { defineArea } from '../area';

/**
 * What a field says about what was typed into it: numbers that were refused (shared/i18n/number.ts)
 * and the file schema's limits shown where the user types (renderer/app/fields/).
 */
export const input = defineArea(
  {
    number: {
      empty: 'Enter a value.',
      notANumber: '“{{text}}” is not a number.',
      negative: 'The value cannot be negative.',
      ambiguous: '“{{text}}” could be read two ways: write it without the point, or with a decimal comma.',
      notWhole: 'Enter a whole number: “{{text}}” has decimals.',
      belowMin: 'The value must be at least {{min}}.',
      notAboveMin: 'The value must be more than {{min}}.',
      aboveMax: 'The value can be at most {{max}}.',
    },
    text: {
      counter: '{{length}} / {{max}}',
      counterLabel: '{{length}} of at most {{max}} characters',
      cut_one: 'At most {{max}} characters fit here: the pasted text was {{count, number}} character too long and was not all pasted.',
      cut_other: 'At most {{max}} characters fit here: the pasted text was {{count, number}} characters too long and was not all pasted.',
    },
  },
  {
    sv: {
      number: {
        empty: 'Ange ett värde.',
        notANumber: '”{{text}}” är inte ett tal.',
        negative: 'Värdet kan inte vara negativt.',
        ambiguous: '”{{text}}” kan läsas på två sätt: skriv talet utan punkt, eller med decimalkomma.',
        notWhole: 'Ange ett heltal: ”{{text}}” har decimaler.',
        belowMin: 'Värdet måste vara minst {{min}}.',
        notAboveMin: 'Värdet måste vara större än {{min}}.',
        aboveMax: 'Värdet får vara högst {{max}}.',
      },
      text: {
        counter: '{{length}} / {{max}}',
        counterLabel: '{{length}} av högst {{max}} tecken',
        cut_one: 'Här får högst {{max}} tecken plats: den inklistrade texten var {{count, number}} tecken för lång och kom inte med helt.',
        cut_other: 'Här får högst {{max}} tecken plats: den inklistrade texten var {{count, number}} tecken för lång och kom inte med helt.',
      },
    },
    nb: {
      number: {
        empty: 'Oppgi en verdi.',
        notANumber: '«{{text}}» er ikke et tall.',
        negative: 'Verdien kan ikke være negativ.',
        ambiguous: '«{{text}}» kan leses på to måter: skriv tallet uten punktum, eller med desimalkomma.',
        notWhole: 'Oppgi et heltall: «{{text}}» har desimaler.',
        belowMin: 'Verdien må være minst {{min}}.',
        notAboveMin: 'Verdien må være større enn {{min}}.',
        aboveMax: 'Verdien kan være høyst {{max}}.',
      },
      text: {
        counter: '{{length}} / {{max}}',
        counterLabel: '{{length}} av høyst {{max}} tegn',
        cut_one: 'Her er det plass til høyst {{max}} tegn: den innlimte teksten var {{count, number}} tegn for lang og kom ikke med i sin helhet.',
        cut_other: 'Her er det plass til høyst {{max}} tegn: den innlimte teksten var {{count, number}} tegn for lang og kom ikke med i sin helhet.',
      },
    },
  },
);
