import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import {
  assertInputShape,
  echoFormValues,
  fieldErrorsOf,
  formDataToObject,
  INPUT_LIMITS,
  MALFORMED_INPUT_MESSAGE,
} from "@/lib/forms/form-data";
import { listOf } from "@/lib/forms/fields";

describe("form data helpers", () => {
  it("turn repeated keys into arrays and drop Next's internal fields", () => {
    const fd = new FormData();
    fd.append("name", "Ana");
    fd.append("sources", "BUDGET");
    fd.append("sources", "GRANT");
    fd.append("$ACTION_ID_abc", "");
    expect(formDataToObject(fd)).toEqual({ name: "Ana", sources: ["BUDGET", "GRANT"] });
  });

  it("nest dotted keys into objects and arrays, as repeated rows of a form post them", () => {
    const fd = new FormData();
    fd.append("basis", "MONTHS");
    fd.append("steps.0.threshold", "6");
    fd.append("steps.0.amount", "65");
    fd.append("steps.1.threshold", "12");
    expect(formDataToObject(fd)).toEqual({
      basis: "MONTHS",
      steps: [{ threshold: "6", amount: "65" }, { threshold: "12" }],
    });
  });

  it("echo typed values but never secrets", () => {
    const fd = new FormData();
    fd.append("email", "a@b.test");
    fd.append("ssn", "123-45-6789");
    expect(echoFormValues(fd)).toEqual({ email: "a@b.test" });
  });

  it("key errors by the dotted path the inputs use", () => {
    const schema = z.object({ steps: z.array(z.object({ amount: z.number({ message: "Enter an amount." }) })) });
    const result = schema.safeParse({ steps: [{ amount: 1 }, { amount: "x" }] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ "steps.1.amount": ["Enter an amount."] });
  });
});

const formOf = (entries: [string, string][]) => {
  const fd = new FormData();
  for (const [key, value] of entries) fd.append(key, value);
  return fd;
};
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
};
const isMalformed = (error: unknown) =>
  error instanceof AppError && error.code === "VALIDATION" && error.message === MALFORMED_INPUT_MESSAGE;

describe("form parsing of hostile field names", () => {
  it("refuses prototype names anywhere in a dotted name and leaves Object.prototype untouched", () => {
    for (const key of [
      "__proto__.x",
      "constructor.prototype.x",
      "a.__proto__.polluted",
      "steps.0.constructor",
      "prototype",
    ]) {
      expect(isMalformed(refusal(() => formDataToObject(formOf([[key, "yes"]]))))).toBe(true);
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("builds objects without a prototype, so even an unknown name cannot reach one", () => {
    const parsed = formDataToObject(formOf([["contact.name", "Ana"]]));
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(Object.getPrototypeOf(parsed.contact)).toBeNull();
  });

  it("caps array indexes, so a 300-byte request cannot build a 110,000-slot list", () => {
    expect(isMalformed(refusal(() => formDataToObject(formOf([["experienceTags.110000", "x"]]))))).toBe(true);
    expect(
      isMalformed(refusal(() => formDataToObject(formOf([[`steps.${INPUT_LIMITS.index + 1}.amount`, "1"]])))),
    ).toBe(true);
    expect(isMalformed(refusal(() => formDataToObject(formOf([["steps.0001.amount", "1"]]))))).toBe(true);
    const atLimit = formDataToObject(formOf([[`steps.${INPUT_LIMITS.index}.amount`, "1"]]));
    expect((atLimit.steps as unknown[]).length).toBe(INPUT_LIMITS.index + 1);
  });

  it("caps the number of fields and of values under one name, the depth and the length of a name", () => {
    const many = formOf(Array.from({ length: INPUT_LIMITS.fields + 1 }, (_, i) => [`f${i}`, "x"] as [string, string]));
    expect(isMalformed(refusal(() => formDataToObject(many)))).toBe(true);
    const repeated = formOf(Array.from({ length: INPUT_LIMITS.index + 2 }, () => ["tags", "x"] as [string, string]));
    expect(isMalformed(refusal(() => formDataToObject(repeated)))).toBe(true);
    expect(isMalformed(refusal(() => formDataToObject(formOf([["a.b.c.d.e.f.g.h.i", "x"]]))))).toBe(true);
    expect(isMalformed(refusal(() => formDataToObject(formOf([["a".repeat(INPUT_LIMITS.nameLength + 1), "x"]]))))).toBe(
      true,
    );
  });

  it("refuses a name sent both as a value and as a group (email and email.x), in either order", () => {
    expect(
      isMalformed(
        refusal(() =>
          formDataToObject(
            formOf([
              ["email", "a@b.test"],
              ["email.x", "1"],
            ]),
          ),
        ),
      ),
    ).toBe(true);
    expect(
      isMalformed(
        refusal(() =>
          formDataToObject(
            formOf([
              ["email.x", "1"],
              ["email", "a@b.test"],
            ]),
          ),
        ),
      ),
    ).toBe(true);
    expect(
      isMalformed(
        refusal(() =>
          formDataToObject(
            formOf([
              ["tags", "a"],
              ["tags", "b"],
              ["tags.0", "c"],
            ]),
          ),
        ),
      ),
    ).toBe(true);
    expect(
      isMalformed(
        refusal(() =>
          formDataToObject(
            formOf([
              ["steps.0", "a"],
              ["steps.x", "b"],
            ]),
          ),
        ),
      ),
    ).toBe(true);
    expect(isMalformed(refusal(() => formDataToObject(formOf([["a..b", "x"]]))))).toBe(true);
  });

  it("gives object inputs the same limits", () => {
    expect(isMalformed(refusal(() => assertInputShape(JSON.parse('{"__proto__": {"x": 1}}'))))).toBe(true);
    expect(isMalformed(refusal(() => assertInputShape({ list: new Array(INPUT_LIMITS.index + 2).fill("x") })))).toBe(
      true,
    );
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 20; i++) deep = { deep };
    expect(isMalformed(refusal(() => assertInputShape(deep)))).toBe(true);
    expect(refusal(() => assertInputShape({ name: "Ana", steps: [{ amount: 1 }], when: new Date() }))).toBeNull();
  });

  it("echoes a hostile name as a plain key, never as a prototype", () => {
    const echoed = echoFormValues(
      formOf([
        ["__proto__", "x"],
        ["city", "Madison"],
      ]),
    );
    expect(Object.getPrototypeOf(echoed)).toBe(Object.prototype);
    expect(Object.keys(echoed)).toEqual(["__proto__", "city"]);
  });
});

describe("listOf", () => {
  it("reads a checkbox group however it arrives: none ticked (absent, empty, or react-hook-form's false), one, several", () => {
    const list = listOf(z.string());
    for (const none of [undefined, null, false, ""]) expect(list.parse(none)).toEqual([]);
    expect(list.parse("WI")).toEqual(["WI"]);
    expect(list.parse(["WI", "IL"])).toEqual(["WI", "IL"]);
  });
});
