import { describe, expect, it } from "vitest";
import { z } from "zod";
import { echoFormValues, fieldErrorsOf, formDataToObject } from "@/lib/forms/form-data";
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

describe("listOf", () => {
  it("reads a checkbox group however it arrives: none ticked (absent, empty, or react-hook-form's false), one, several", () => {
    const list = listOf(z.string());
    for (const none of [undefined, null, false, ""]) expect(list.parse(none)).toEqual([]);
    expect(list.parse("WI")).toEqual(["WI"]);
    expect(list.parse(["WI", "IL"])).toEqual(["WI", "IL"]);
  });
});
