import { describe, expect, it } from "vitest";
import {
  AGENCY_KINDS,
  REGISTRY,
  STATES_WITHOUT_AGENCY,
  agencyContactLine,
  registryEntry,
} from "@/lib/agencies/registry";
import { CorrectAgencySchema } from "@/lib/agencies/schemas";
import { STATE_CODES } from "@/lib/us-states";

describe("the built-in Registration Agency table", () => {
  it("has every state, DC and territory exactly once, and nothing else", () => {
    expect(STATES_WITHOUT_AGENCY).toEqual([]);
    const states = REGISTRY.map((e) => e.state);
    expect(states.length).toBe(new Set(states).size);
    expect(new Set(states)).toEqual(new Set(STATE_CODES));
    for (const territory of ["DC", "PR", "GU", "VI", "AS", "MP"]) expect(states).toContain(territory);
  });

  it("gives each entry a kind, a name, a source to check it against and the day it was checked", () => {
    for (const entry of REGISTRY) {
      expect(AGENCY_KINDS).toContain(entry.kind);
      expect(entry.name.trim()).not.toBe("");
      expect(["https:", "http:"]).toContain(new URL(entry.source).protocol);
      expect(entry.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const url of [entry.website].filter(Boolean)) expect(() => new URL(url!)).not.toThrow();
    }
  });

  it("names the Office of Apprenticeship for every OA state", () => {
    for (const entry of REGISTRY.filter((e) => e.kind === "OA")) {
      expect(entry.name).toBe("U.S. Department of Labor, Office of Apprenticeship");
    }
  });

  it("finds a state's entry, and none for a code that is not a state", () => {
    expect(registryEntry("WI")).toMatchObject({ kind: "SAA", name: "Bureau of Apprenticeship Standards" });
    expect(registryEntry("ZZ")).toBeUndefined();
    expect(registryEntry("wi")).toBeUndefined();
  });

  it("joins the contact it has into one line, and has none where nothing is recorded", () => {
    expect(agencyContactLine(registryEntry("WA")!)).toBe(
      "(360) 902-5320, apprentice@lni.wa.gov, https://lni.wa.gov/licensing-permits/apprenticeship/",
    );
    expect(agencyContactLine(registryEntry("TX")!)).toBeNull();
  });
});

describe("the correction form's schema", () => {
  const valid = {
    state: "wi",
    rowVersion: "0",
    kind: "SAA",
    name: "Bureau of Apprenticeship Standards",
    office: "",
    email: "",
    phone: "",
    website: "",
    source: "https://dwd.wisconsin.gov/apprenticeship/",
    checkedOn: new Date().toISOString().slice(0, 10),
  };

  it("takes blank contact fields as not recorded", () => {
    const parsed = CorrectAgencySchema.parse(valid);
    expect(parsed).toMatchObject({
      state: "WI",
      rowVersion: 0,
      office: undefined,
      email: undefined,
      website: undefined,
    });
  });

  it("accepts only web addresses that open a page", () => {
    for (const bad of ["javascript:alert(1)", "ftp://example.gov/x", "www.example.gov", "https://localhost/"]) {
      expect(CorrectAgencySchema.safeParse({ ...valid, source: bad }).success).toBe(false);
    }
  });
});
