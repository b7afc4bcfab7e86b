/**
 * What the export takes from an organisation's Word document or template (.docx/.dotx), read in
 * main (main/services/documents/wordTemplate.ts): its styles and theme (fonts, heading styles,
 * colours), the ids of the styles the minutes use, the picture in its header (a logo) and its page.
 */
export type WordStyleRole = 'title' | 'heading1' | 'heading2' | 'heading3' | 'caption' | 'table';

export interface WordTemplateLogo {
  type: 'png' | 'jpg' | 'gif' | 'bmp';
  data: Uint8Array;
  /** Size in px (96 to the inch), as the template shows it. */
  width: number;
  height: number;
}

/** Page size and margins in twips (1/20 pt), as in the template's section. */
export interface WordTemplatePage {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
}

export interface WordTemplate {
  /** The file's name, for messages. */
  name: string;
  /** word/styles.xml as it is. */
  styles: string;
  /** word/theme/theme1.xml as it is, when the template has one: the fonts and colours the styles refer to. */
  theme: string | null;
  /** The template's own id of each style the minutes use (a Swedish Word calls Heading 1 "Rubrik1"). */
  styleIds: Partial<Record<WordStyleRole, string>>;
  logo: WordTemplateLogo | null;
  page: WordTemplatePage | null;
}

/** Word's own names of the styles, as styles.xml writes them in every language (`<w:name w:val="heading 1"/>`). */
export const WORD_STYLE_NAMES: Record<WordStyleRole, string> = {
  title: 'title',
  heading1: 'heading 1',
  heading2: 'heading 2',
  heading3: 'heading 3',
  caption: 'caption',
  table: 'table grid',
};
