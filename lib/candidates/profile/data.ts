import "server-only";
import { checkCandidateLink } from "@/lib/authz/candidate-link";
import { db } from "@/lib/db";

// The candidate's own profile, for the page their private link opens. They see everything they told us,
// their voluntary answers included (nobody else outside AAMI ever does).

export type OwnProfile = Awaited<ReturnType<typeof findProfile>> & {};

const findProfile = (id: string) =>
  db.candidate.findUnique({
    where: { id },
    select: {
      email: true,
      firstName: true,
      lastName: true,
      phone: true,
      city: true,
      state: true,
      postalCode: true,
      willingToRelocate: true,
      statesOfInterest: true,
      regionsOfInterest: true,
      educationLevel: true,
      situation: true,
      experienceTags: true,
      experienceNotes: true,
      heardAbout: true,
      withdrawnAt: true,
      createdAt: true,
      updatedAt: true,
      demographics: { select: { sex: true, ethnicity: true, races: true, veteranStatus: true, disability: true } },
    },
  });

export type ProfilePage =
  { status: "valid"; profile: NonNullable<OwnProfile> } | { status: "expired" } | { status: "invalid" };

export async function loadOwnProfile(token: string): Promise<ProfilePage> {
  const link = await checkCandidateLink(token);
  if (link.status !== "valid") return { status: link.status };
  const profile = await findProfile(link.candidateId);
  // A signed link to a deleted profile is as good as no link.
  return profile ? { status: "valid", profile } : { status: "invalid" };
}

/** The saved answers in the shape the form posts: text fields, and the choices of radios and checkbox groups. */
export function formValuesOf(p: NonNullable<OwnProfile>) {
  const d = p.demographics;
  return {
    text: {
      firstName: p.firstName,
      lastName: p.lastName,
      phone: p.phone ?? "",
      city: p.city,
      state: p.state,
      postalCode: p.postalCode,
      educationLevel: p.educationLevel,
      experienceNotes: p.experienceNotes ?? "",
      heardAbout: p.heardAbout ?? "",
    },
    choices: {
      willingToRelocate: p.willingToRelocate ? "yes" : "no",
      regionsOfInterest: p.regionsOfInterest,
      statesOfInterest: p.statesOfInterest,
      situation: p.situation,
      experienceTags: p.experienceTags,
      consentToShare: "yes",
      "selfId.sex": d?.sex ?? "",
      "selfId.ethnicity": d?.ethnicity ?? "",
      "selfId.races": d?.races ?? [],
      "selfId.veteranStatus": d?.veteranStatus ?? "",
      "selfId.disability": d?.disability ?? "",
    },
  };
}
