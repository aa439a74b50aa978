import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';

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
  renumberStructureIds(doc);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}

/**
 * The tagged structure's element ids are Chromium's DOM node numbers, which vary with timing on a busy
 * machine. They are renumbered in the order of the elements (table cells keep pointing at their header
 * cells through /Headers), and the optional id lookup tree is dropped rather than re-sorted.
 */
function renumberStructureIds(doc: PDFDocument): void {
  const objects = doc.context.enumerateIndirectObjects().sort(([a], [b]) => a.objectNumber - b.objectNumber);
  const ids = new Map<string, string>();
  for (const [, object] of objects) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('StructElem')) continue;
    const id = object.get(PDFName.of('ID'));
    if (id instanceof PDFString || id instanceof PDFHexString) ids.set(id.decodeText(), `e${String(ids.size + 1).padStart(8, '0')}`);
  }
  if (ids.size === 0) return;
  const rename = (value: PDFObject | undefined): PDFObject | undefined => {
    if (value instanceof PDFString || value instanceof PDFHexString) {
      const to = ids.get(value.decodeText());
      return to === undefined ? undefined : PDFString.of(to);
    }
    if (value instanceof PDFArray) {
      for (let i = 0; i < value.size(); i++) {
        const to = rename(value.get(i));
        if (to) value.set(i, to);
      }
    } else if (value instanceof PDFDict) {
      for (const [key, inner] of value.entries()) {
        const to = rename(inner);
        if (to) value.set(key, to);
      }
    }
    return undefined;
  };
  for (const [, object] of objects) {
    rename(object);
    if (object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('StructTreeRoot')) object.delete(PDFName.of('IDTree'));
  }
}
