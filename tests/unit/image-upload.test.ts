import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { MAX_IMAGE_UPLOAD_BYTES } from "@/lib/forms/fields";
import { readUploadedImage, sniffImageKind } from "@/lib/storage/image-upload";
import { drawImage, upload } from "../support/images";

// The words are the caller's: the listing form passes its own (tests/integration/listings.test.ts checks those).
const MESSAGES = { tooLarge: "too large", wrongKind: "wrong kind", unreadable: "unreadable", tooManyPixels: "pixels" };
const read = (file: File) =>
  readUploadedImage(file, { field: "logo", box: { width: 400, height: 200 }, messages: MESSAGES });
const refusedWith = (message: string) => ({ code: "VALIDATION", message, fieldErrors: { logo: [message] } });

describe("sniffImageKind: the format by the file's first bytes", () => {
  it("recognizes PNG, JPEG and WebP as sharp writes them", async () => {
    expect(sniffImageKind(await drawImage("png", 4, 4))).toBe("png");
    expect(sniffImageKind(await drawImage("jpeg", 4, 4))).toBe("jpeg");
    expect(sniffImageKind(await drawImage("webp", 4, 4))).toBe("webp");
  });

  it("refuses GIF, PDF, text, other RIFF files and files too short to tell", async () => {
    expect(sniffImageKind(await drawImage("gif", 4, 4))).toBeNull();
    expect(sniffImageKind(Buffer.from("%PDF-1.7\n1 0 obj"))).toBeNull();
    expect(sniffImageKind(Buffer.from("Just a text file named logo.png"))).toBeNull();
    expect(sniffImageKind(Buffer.from("RIFF\x24\x00\x00\x00WAVEfmt "))).toBeNull();
    expect(sniffImageKind(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull();
    expect(sniffImageKind(new Uint8Array())).toBeNull();
  });
});

describe("readUploadedImage", () => {
  it("accepts PNG, JPEG and WebP whatever their name and type, and returns a new PNG that fits the box", async () => {
    for (const format of ["png", "jpeg", "webp"] as const) {
      // The browser's guess and the name say nothing true: only the content counts.
      const result = await read(upload(await drawImage(format, 800, 600), "logo.bin", "application/octet-stream"));
      expect(result, format).toMatchObject({ width: 267, height: 200, uploadedKind: format });
      const stored = await sharp(result.bytes).metadata();
      expect(stored, format).toMatchObject({ format: "png", width: 267, height: 200 });
    }
  });

  it("never enlarges a small image, and shrinks a tall one to the box's height", async () => {
    expect(await read(upload(await drawImage("png", 120, 40)))).toMatchObject({ width: 120, height: 40 });
    expect(await read(upload(await drawImage("webp", 100, 1000)))).toMatchObject({ width: 20, height: 200 });
  });

  it("drops the uploaded file's metadata", async () => {
    const jpeg = await drawImage("jpeg", 640, 480, "SECRET-CAMERA-NOTE");
    expect(jpeg.includes("SECRET-CAMERA-NOTE")).toBe(true);
    const { bytes } = await read(upload(jpeg, "photo.jpg", "image/jpeg"));
    expect(Buffer.from(bytes).includes("SECRET-CAMERA-NOTE")).toBe(false);
    const stored = await sharp(bytes).metadata();
    expect(stored.exif).toBeUndefined();
    expect(stored.icc).toBeUndefined();
  });

  it("refuses GIF, PDF and text files, even named and typed as PNG", async () => {
    for (const content of [await drawImage("gif", 40, 40), "%PDF-1.7\n%âãÏÓ\n", "This is a text file."]) {
      await expect(read(upload(content, "logo.png", "image/png"))).rejects.toMatchObject(
        refusedWith(MESSAGES.wrongKind),
      );
    }
  });

  it("refuses a file that starts like an image but does not decode", async () => {
    const png = await drawImage("png", 300, 300);
    for (const broken of [
      Buffer.concat([png.subarray(0, 8), Buffer.from("not really a PNG after the signature")]),
      png.subarray(0, Math.floor(png.length / 2)),
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]),
    ]) {
      await expect(read(upload(broken))).rejects.toMatchObject(refusedWith(MESSAGES.unreadable));
    }
  });

  it("refuses a file over 1 MB before reading it, and an image whose pixels would not fit in memory", async () => {
    const tooBig = new Uint8Array(MAX_IMAGE_UPLOAD_BYTES + 1);
    tooBig.set(await drawImage("png", 10, 10));
    await expect(read(upload(tooBig))).rejects.toMatchObject(refusedWith(MESSAGES.tooLarge));
    // 6,000 × 6,000 of one colour: a small file, 36 million pixels once decoded.
    const bomb = await drawImage("png", 6000, 6000);
    expect(bomb.length).toBeLessThan(MAX_IMAGE_UPLOAD_BYTES);
    await expect(read(upload(bomb))).rejects.toMatchObject(refusedWith(MESSAGES.tooManyPixels));
  });
});
