import { randomInt } from "node:crypto";

// The verification code on AAMI's certificate of completion, and its public address /verify/<code>: ten characters
// from an alphabet without look-alikes (no 0/O, 1/I/L), grouped for reading aloud, random from the system's
// generator (about 49 bits: nobody finds a certificate by guessing, and the page shows only a name and a day).

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 10;

export const CERTIFICATE_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/;

export function newCertificateCode(): string {
  const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}
