// subset-font 2.9 ships no types; the part of its API the PDF builders use (lib/pdf/font-subsets.ts).
declare module "subset-font" {
  type SubsetFontOptions = {
    targetFormat?: "sfnt" | "truetype" | "woff" | "woff2";
    noLayoutClosure?: boolean;
    noHinting?: boolean;
    dropTables?: readonly string[];
  };
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
