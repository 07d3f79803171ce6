import { z } from "zod";
import { NO_NUL } from "@/lib/forms/fields";
import type { StandardsSkillSet } from "@/lib/program/standards/model";

// Importing AAMI's registered work-process schedule (skill sets, their hours and their skills) from a CSV or JSON
// file. Pure: the action reads the file and shows staff the result as a preview, and nothing is stored until they
// confirm it. Every error names where it is: the CSV line, or the JSON path.
//
// CSV: a header row, then one row per skill. set_key, set_title and set_hours describe the skill's set; the first
// row of a set gives its title and hours, later rows of the same set may repeat them or leave them blank. A row with
// no skill_code and no skill_title only describes a set. Other columns are ignored.
//
// JSON: {"skillSets": [{"key", "title", "hours", "skills": [{"code", "title"}]}]}.

export const SCHEDULE_CSV_COLUMNS = ["set_key", "set_title", "set_hours", "skill_code", "skill_title"] as const;
export const MAX_SCHEDULE_FILE_BYTES = 512 * 1024;
export const MAX_SCHEDULE_ROWS = 2000;
export const MAX_SKILL_SETS = 50;

export type ImportedSchedule = Array<Omit<StandardsSkillSet, "isSample">>;
export type ScheduleError = { where: string; message: string };
export type ScheduleImport = { ok: true; skillSets: ImportedSchedule } | { ok: false; errors: ScheduleError[] };

const KEY = /^[A-Z][A-Z0-9_]{0,39}$/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const MAX_TITLE = 300;
const MAX_SET_HOURS = 10_000;
/** Only this many errors are listed: a file with hundreds needs fixing at the source, not line by line here. */
const MAX_ERRORS = 50;

const hoursText = (n: number) => `${n.toLocaleString("en-US")} hours`;
/** Where another row is, inside a sentence: "line 4", or a JSON path as it is. */
const inSentence = (where: string) => where.replace(/^Line /, "line ");

/** A title's problem, or null: present, not too long, no invisible control characters. */
function titleProblem(what: string, value: string): string | null {
  if (!value) return `${what} is missing.`;
  if (value.length > MAX_TITLE) return `${what} is longer than ${MAX_TITLE} characters.`;
  if (!NO_NUL.test(value)) return `${what} contains invisible control characters.`;
  return null;
}

/** Set hours as written in a file: a whole number from 1 to 10,000, or null. */
function parseHours(value: unknown): number | null {
  const n =
    typeof value === "number" ? value : typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= MAX_SET_HOURS ? n : null;
}

/**
 * Records of an RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks), each with the line it
 * starts on. A byte order mark is skipped; CRLF and LF both end a line.
 */
export function csvRecords(text: string): Array<{ line: number; fields: string[] }> | { error: ScheduleError } {
  const records: Array<{ line: number; fields: string[] }> = [];
  let line = 1;
  let start = 1;
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "") records.push({ line: start, fields });
    fields = [];
    field = "";
  };
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") {
      quoted = true;
    } else if (c === ",") {
      fields.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += c;
    }
  }
  if (quoted) return { error: { where: `Line ${start}`, message: 'A quoted field is never closed (a " is missing).' } };
  endRecord();
  return records;
}

type Row = { where: string; setKey: string; setTitle: string; setHours: unknown; code: string; title: string };

/** Builds and checks a schedule from rows, whichever format they came from. */
function scheduleFromRows(
  rows: Row[],
  termOjlHours: number,
  setWhere: (key: string) => string | undefined,
): ScheduleImport {
  const errors: ScheduleError[] = [];
  const add = (where: string, message: string) => errors.push({ where, message });
  const sets = new Map<string, { where: string; set: ImportedSchedule[number] }>();
  const codes = new Map<string, string>();
  /** Sets whose own description had an error: their skills are skipped rather than reported again one by one. */
  const failed = new Set<string>();
  /** Sets some skill row named, valid or not: only a set no row gave a skill is "without skills". */
  const named = new Set<string>();

  for (const row of rows) {
    if (!row.setKey) {
      add(row.where, `The skill ${row.code || "here"} belongs to no skill set: its set key is empty.`);
      continue;
    }
    if (!KEY.test(row.setKey)) {
      add(
        row.where,
        `The skill set key "${row.setKey.slice(0, 40)}" must be capital letters, digits and _ (like SAFETY).`,
      );
      continue;
    }
    if (failed.has(row.setKey)) continue;
    let entry = sets.get(row.setKey);
    const describes = row.setTitle !== "" || (row.setHours !== "" && row.setHours !== undefined);
    if (!entry) {
      if (!describes) {
        add(
          row.where,
          `The skill ${row.code} belongs to skill set ${row.setKey}, which no earlier row defines: give its title and hours on its first row.`,
        );
        continue;
      }
      const hours = parseHours(row.setHours);
      const problem = titleProblem(`The title of skill set ${row.setKey}`, row.setTitle);
      if (problem) add(row.where, problem);
      if (hours === null)
        add(row.where, `The hours of skill set ${row.setKey} must be a whole number from 1 to 10,000.`);
      if (problem || hours === null) {
        failed.add(row.setKey);
        continue;
      }
      if (sets.size >= MAX_SKILL_SETS) {
        add(row.where, `A schedule has at most ${MAX_SKILL_SETS} skill sets.`);
        continue;
      }
      entry = {
        where: row.where,
        set: { key: row.setKey, ordinal: sets.size + 1, title: row.setTitle, hours, skills: [] },
      };
      sets.set(row.setKey, entry);
    } else if (describes) {
      const hours = parseHours(row.setHours);
      if ((row.setTitle && row.setTitle !== entry.set.title) || (row.setHours !== "" && hours !== entry.set.hours)) {
        add(
          row.where,
          `Skill set ${row.setKey} is described differently here than on ${inSentence(entry.where)}: give its title and hours once, or the same on every row.`,
        );
      }
    }
    if (!row.code && !row.title) continue;
    named.add(row.setKey);
    if (!CODE.test(row.code)) {
      add(
        row.where,
        row.code
          ? `The skill code "${row.code.slice(0, 20)}" must be up to 20 letters, digits, dots or dashes.`
          : "The skill code is missing.",
      );
      continue;
    }
    const problem = titleProblem(`The title of skill ${row.code}`, row.title);
    if (problem) {
      add(row.where, problem);
      continue;
    }
    const first = codes.get(row.code);
    if (first) {
      add(row.where, `The skill ${row.code} appears twice: also on ${inSentence(first)}.`);
      continue;
    }
    codes.set(row.code, row.where);
    entry.set.skills.push({ code: row.code, ordinal: entry.set.skills.length + 1, title: row.title });
  }

  const skillSets = [...sets.values()].map((e) => e.set);
  for (const set of skillSets) {
    if (!named.has(set.key)) add(setWhere(set.key) ?? sets.get(set.key)!.where, `Skill set ${set.key} has no skills.`);
  }
  if (rows.length === 0) add("The file", "The file has no skill sets.");
  const total = skillSets.reduce((sum, s) => sum + s.hours, 0);
  if (errors.length === 0 && total !== termOjlHours) {
    add(
      "The file",
      `The skill sets' hours add up to ${hoursText(total)}, but the term's minimum on-the-job learning is ${hoursText(termOjlHours)}. ${skillSets
        .map((s) => `${s.key} ${s.hours}`)
        .join(", ")}.`,
    );
  }
  return errors.length ? { ok: false, errors: capped(errors) } : { ok: true, skillSets };
}

function capped(errors: ScheduleError[]): ScheduleError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  return [
    ...errors.slice(0, MAX_ERRORS),
    { where: "The file", message: `${errors.length - MAX_ERRORS} more errors are not listed.` },
  ];
}

export function parseScheduleCsv(text: string, termOjlHours: number): ScheduleImport {
  const parsed = csvRecords(text);
  if ("error" in parsed) return { ok: false, errors: [parsed.error] };
  const [header, ...records] = parsed;
  if (!header) return { ok: false, errors: [{ where: "Line 1", message: "The file is empty." }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = SCHEDULE_CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) {
    return {
      ok: false,
      errors: [
        {
          where: `Line ${header.line}`,
          message: `The header is missing the column${missing.length === 1 ? "" : "s"} ${missing.join(", ")}. It must name ${SCHEDULE_CSV_COLUMNS.join(", ")}.`,
        },
      ],
    };
  }
  if (records.length > MAX_SCHEDULE_ROWS) {
    return {
      ok: false,
      errors: [
        {
          where: "The file",
          message: `The file has ${records.length.toLocaleString("en-US")} rows; at most ${MAX_SCHEDULE_ROWS.toLocaleString("en-US")} are accepted.`,
        },
      ],
    };
  }
  const column = (fields: string[], name: (typeof SCHEDULE_CSV_COLUMNS)[number]) =>
    (fields[names.indexOf(name)] ?? "").trim();
  const rows: Row[] = records.map(({ line, fields }) => ({
    where: `Line ${line}`,
    setKey: column(fields, "set_key"),
    setTitle: column(fields, "set_title"),
    setHours: column(fields, "set_hours"),
    code: column(fields, "skill_code"),
    title: column(fields, "skill_title"),
  }));
  return scheduleFromRows(rows, termOjlHours, () => undefined);
}

const str = (v: unknown) => (typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "");
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function parseScheduleJson(text: string, termOjlHours: number): ScheduleImport {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return {
      ok: false,
      errors: [{ where: "The file", message: `This is not valid JSON (${(error as Error).message}).` }],
    };
  }
  if (!isObject(data) || !Array.isArray(data.skillSets)) {
    return { ok: false, errors: [{ where: "$", message: 'The file must be an object with a "skillSets" list.' }] };
  }
  const errors: ScheduleError[] = [];
  const rows: Row[] = [];
  const whereOfSet = new Map<string, string>();
  let count = 0;
  data.skillSets.forEach((set: unknown, i) => {
    const at = `$.skillSets[${i}]`;
    if (!isObject(set)) return errors.push({ where: at, message: "Each skill set must be an object." });
    if (!Array.isArray(set.skills))
      return errors.push({ where: `${at}.skills`, message: "The skill set needs a list of skills." });
    const key = str(set.key);
    const earlier = whereOfSet.get(key);
    if (key && earlier)
      return errors.push({ where: at, message: `The skill set ${key} appears twice: also at ${earlier}.` });
    if (key) whereOfSet.set(key, at);
    // The set itself first (with no skill), so it is defined even when its skills have errors.
    rows.push({ where: at, setKey: key, setTitle: str(set.title), setHours: set.hours ?? "", code: "", title: "" });
    set.skills.forEach((skill: unknown, j) => {
      count++;
      const where = `${at}.skills[${j}]`;
      if (!isObject(skill))
        return errors.push({ where, message: "Each skill must be an object with a code and a title." });
      rows.push({ where, setKey: key, setTitle: "", setHours: "", code: str(skill.code), title: str(skill.title) });
    });
  });
  if (count > MAX_SCHEDULE_ROWS) {
    return {
      ok: false,
      errors: [
        {
          where: "$",
          message: `The file has ${count.toLocaleString("en-US")} skills; at most ${MAX_SCHEDULE_ROWS.toLocaleString("en-US")} are accepted.`,
        },
      ],
    };
  }
  const built = scheduleFromRows(rows, termOjlHours, (key) => whereOfSet.get(key));
  if (errors.length) return { ok: false, errors: capped([...errors, ...(built.ok ? [] : built.errors)]) };
  return built;
}

/** Reads an uploaded schedule by its name: .json is JSON, anything else is read as CSV. */
export function parseSchedule(filename: string, text: string, termOjlHours: number): ScheduleImport {
  return filename.toLowerCase().endsWith(".json")
    ? parseScheduleJson(text, termOjlHours)
    : parseScheduleCsv(text, termOjlHours);
}

/** The validated import waiting on the draft for staff to look at, as stored in StandardsVersion.pendingImport. */
const PendingImportSchema = z.object({
  filename: z.string(),
  sha256: z.string(),
  skillSets: z.array(
    z.object({
      key: z.string(),
      ordinal: z.number(),
      title: z.string(),
      hours: z.number(),
      skills: z.array(z.object({ code: z.string(), ordinal: z.number(), title: z.string() })),
    }),
  ),
});
export type PendingImport = z.infer<typeof PendingImportSchema>;

export const readPendingImport = (value: unknown): PendingImport | null =>
  value === null || value === undefined ? null : PendingImportSchema.parse(value);
