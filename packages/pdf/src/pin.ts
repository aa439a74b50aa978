import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, PDFName } from 'pdf-lib';

/** The Producer of every PDF unyo writes, in place of Chromium's `Skia/PDF mNNN`. */
export const PDF_PRODUCER = 'unyo (@unyo/pdf, Chromium)';

export interface PinnedMetadata {
  title: string;
  /** CreationDate and ModDate: the commit date, so that the same commit gives the same bytes. */
  date: Date;
}

/**
 * Rewrites the document information that changes from run to run: CreationDate and ModDate
 * (Chromium stamps the clock), Producer, and the trailer's ID, which is derived from the title, the
 * date and the size (not from Chromium's bytes, which carry its clock) so that it is stable. pdf-lib is loaded with
 * `updateMetadata: false`, or it would stamp its own clock and name.
 */
export async function pinMetadata(pdf: Uint8Array, meta: PinnedMetadata): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setLanguage('ja');
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreator(PDF_PRODUCER);
  const id = createHash('sha256').update(pdf.length.toString()).update(meta.title).update(meta.date.toISOString()).digest('hex').slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  const catalog = doc.catalog;
  // Chromium's tagged-PDF metadata stream carries its own clock; the Info dictionary above is the one kept.
  catalog.delete(PDFName.of('Metadata'));
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
