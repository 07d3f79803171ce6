import { describe, expect, it } from "vitest";
import { MAX_IMAGE_UPLOAD_BYTES } from "@/lib/forms/fields";
import { fieldErrorsOf } from "@/lib/forms/form-data";
import { LOGO_MESSAGES, ListingSchema } from "@/lib/listings/schemas";
import { listingLogoUrl, listingPlace, listingStatus, type ListingFacts } from "@/lib/listings/visibility";

const parse = (fields: Record<string, unknown>) => {
  const result = ListingSchema.safeParse(fields);
  return result.success
    ? { ok: true as const, data: result.data }
    : { ok: false as const, errors: fieldErrorsOf(result.error) };
};
const complete = { listed: "yes", displayName: " Lakeshore Health ", city: "Madison", state: "wi" };

describe("ListingSchema", () => {
  it("needs a name, city and state to be listed, and trims and upper-cases them", () => {
    expect(parse(complete)).toEqual({
      ok: true,
      data: { listed: "yes", displayName: "Lakeshore Health", city: "Madison", state: "WI", logo: undefined },
    });
    expect(parse({ listed: "yes", displayName: " ", city: "", state: "" })).toEqual({
      ok: false,
      errors: { displayName: ["Enter the name to show."], city: ["Enter the city."], state: ["Choose a state."] },
    });
  });

  it("lets an organization that is not listed leave the details blank", () => {
    expect(parse({ listed: "no", displayName: "", city: "", state: "" })).toMatchObject({
      ok: true,
      data: { listed: "no", displayName: undefined, city: undefined, state: undefined },
    });
  });

  it("refuses a missing choice, an unknown state, long text and NUL characters next to their fields", () => {
    expect(parse({ ...complete, listed: undefined })).toMatchObject({
      errors: { listed: ["Say whether to list your organization on the home page."] },
    });
    expect(parse({ ...complete, state: "XX" })).toMatchObject({ errors: { state: ["Choose a state."] } });
    expect(parse({ ...complete, displayName: "x".repeat(121) })).toMatchObject({
      errors: { displayName: ["Keep the name to show under 120 characters."] },
    });
    expect(parse({ ...complete, displayName: "x".repeat(120) })).toMatchObject({ ok: true });
    expect(parse({ ...complete, city: "y".repeat(56) })).toMatchObject({
      errors: { city: ["Keep the city under 55 characters."] },
    });
    expect(parse({ ...complete, city: "Mad\u0000ison" })).toMatchObject({
      errors: { city: ["Remove the invisible control characters from the city."] },
    });
  });

  it("treats an empty file field as no logo, and refuses a file over 1 MB", () => {
    expect(parse({ ...complete, logo: new File([], "") })).toMatchObject({ ok: true, data: { logo: undefined } });
    const logo = new File([new Uint8Array(10)], "logo.png");
    expect(parse({ ...complete, logo })).toMatchObject({ ok: true, data: { logo } });
    expect(
      parse({ ...complete, logo: new File([new Uint8Array(MAX_IMAGE_UPLOAD_BYTES + 1)], "logo.png") }),
    ).toMatchObject({ errors: { logo: [LOGO_MESSAGES.tooLarge] } });
  });
});

describe("listingStatus", () => {
  const listed: ListingFacts = {
    listingOptIn: true,
    listingHiddenByStaff: false,
    listingDisplayName: "Lakeshore Health",
    partner: true,
  };

  it("lists an approved organization that chose to be listed with a name", () => {
    expect(listingStatus(listed)).toBe("LISTED");
    expect(listingStatus({ ...listed, listingOptIn: false })).toBe("NOT_OPTED_IN");
    expect(listingStatus({ ...listed, listingDisplayName: null })).toBe("NOT_OPTED_IN");
    expect(listingStatus({ ...listed, partner: false })).toBe("NOT_PARTNER");
  });

  it("puts staff's hiding above everything the employer chooses", () => {
    expect(listingStatus({ ...listed, listingHiddenByStaff: true })).toBe("HIDDEN_BY_STAFF");
    expect(listingStatus({ ...listed, listingHiddenByStaff: true, listingOptIn: false, partner: false })).toBe(
      "HIDDEN_BY_STAFF",
    );
  });

  it("writes the place and the logo's address", () => {
    expect(listingPlace("Madison", "WI")).toBe("Madison, WI");
    expect(listingPlace(null, "WI")).toBe("WI");
    expect(listingLogoUrl("org1", null)).toBeNull();
    expect(listingLogoUrl("org1", "file1")).toBe("/api/listings/org1/logo?v=file1");
  });
});
