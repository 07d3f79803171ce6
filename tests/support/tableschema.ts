import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCsv } from "./csv";

// Checks a CSV against a Frictionless Table Schema file, reading every rule from the file itself (column names and
// order, required, maxLength, pattern, integer type, categories, unique, and the MM/DD/YYYY example of date
// columns), so the RAPIDS export is tested against DOL's specification rather than against a copy of its rules.

type Category = string | number | { value: string | number };
type Field = {
  name: string;
  type: string;
  example?: string;
  categories?: Category[];
  constraints?: { required?: boolean; maxLength?: number; pattern?: string; unique?: boolean };
};

export const RAPIDS_TABLESCHEMA = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../shared/reference/rapids-apprentice-upload.tableschema.json",
);

export function readTableSchema(file: string): Field[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { fields: Field[] }).fields;
}

const categoryValue = (c: Category) => String(typeof c === "object" ? c.value : c);

/** Every way the CSV breaks the schema, as "row N, column: problem"; empty when it conforms. */
export function tableSchemaProblems(csv: string, fields: Field[]): string[] {
  const [header = [], ...rows] = parseCsv(csv);
  const problems: string[] = [];
  const names = fields.map((f) => f.name);
  if (JSON.stringify(header) !== JSON.stringify(names)) {
    problems.push(`header is ${JSON.stringify(header)}, the schema's columns are ${JSON.stringify(names)}`);
  }
  fields.forEach((field, column) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const at = `row ${i + 1}, ${field.name}`;
      const value = row[column] ?? "";
      const c = field.constraints ?? {};
      if (value === "") {
        if (c.required) problems.push(`${at}: required`);
        return;
      }
      if (c.maxLength !== undefined && value.length > c.maxLength) problems.push(`${at}: longer than ${c.maxLength}`);
      if (c.pattern && !new RegExp(c.pattern).test(value)) problems.push(`${at}: does not match ${c.pattern}`);
      if (field.type === "integer" && !/^-?\d+$/.test(value)) problems.push(`${at}: "${value}" is not an integer`);
      if (field.categories && !field.categories.map(categoryValue).includes(value)) {
        problems.push(`${at}: "${value}" is not one of ${field.categories.map(categoryValue).join(", ")}`);
      }
      if (field.example === "MM/DD/YYYY" && !/^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])\/\d{4}$/.test(value)) {
        problems.push(`${at}: "${value}" is not MM/DD/YYYY`);
      }
      if (c.unique && seen.has(value)) problems.push(`${at}: "${value}" appears twice`);
      seen.add(value);
    });
  });
  return problems;
}
