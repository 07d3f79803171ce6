// The disability question in the words of the Office of Apprenticeship's Voluntary Disability Disclosure Form. Under
// 29 CFR 30.11(b) a sponsor invites an apprentice it has accepted to self-identify, before the apprenticeship begins,
// "using the language and manner prescribed by the Administrator and published on the OA Web site": every covered
// sponsor uses the one standard form (apprenticeship.gov, "Under the Equal Employment Opportunity regulations, there
// is an obligation to invite individuals to self-identify…"; dol.gov/agencies/eta/apprenticeship/eeo/disabililty/
// self-id). That form follows OFCCP's form CC-305 (2014 edition: "Why are you being asked to complete this form?",
// the definition, the examples and the three answers), with the apprenticeship sponsor in place of the federal
// contractor. The definition and examples are those apprenticeship.gov gives (29 CFR 30.2, from title I of the ADA);
// the answers are in lib/apprentices/codes.ts (DISABILITY_CODES). When OA revises its form, change the text here.

export const DISABILITY_DISCLOSURE = {
  title: "Voluntary Disability Disclosure",
  why: {
    heading: "Why are you being asked to complete this form?",
    paragraphs: [
      "We are a Registered Apprenticeship program sponsor. We must reach out to, hire, and provide equal opportunity to qualified people with disabilities. To help us measure how well we are doing, we are asking you to tell us if you have a disability or if you ever had a disability. Completing this form is voluntary, but we hope that you will choose to fill it out. Any answer you give will be kept private and will not be used against you in any way.",
      "If you already are an apprentice, your answer will not be used against you in any way. Because a person may become disabled at any time, apprentices are invited to update their information every year. You may voluntarily self-identify as having a disability without fear of any punishment because you did not identify as having a disability earlier.",
    ],
  },
  how: {
    heading: "How do I know if I have a disability?",
    paragraph:
      "You are considered to have a disability if you have a physical or mental impairment or medical condition that substantially limits a major life activity, or if you have a history or record of such an impairment or medical condition.",
    examplesIntro: "Disabilities include, but are not limited to:",
    examples: [
      "Blindness",
      "Deafness",
      "Cancer",
      "Diabetes",
      "Epilepsy",
      "Autism",
      "Cerebral palsy",
      "HIV/AIDS",
      "Schizophrenia",
      "Muscular dystrophy",
      "Bipolar disorder",
      "Major depression",
      "Multiple sclerosis (MS)",
      "Missing limbs or partially missing limbs",
      "Post-traumatic stress disorder (PTSD)",
      "Obsessive compulsive disorder",
      "Impairments requiring the use of a wheelchair",
      "Intellectual disability",
    ],
  },
  question: "Please check one of the boxes below:",
  accommodation: {
    heading: "Reasonable accommodation notice",
    paragraph:
      "Federal law requires apprenticeship sponsors to provide reasonable accommodation to qualified individuals with disabilities. Please tell us if you require a reasonable accommodation to apply for or to perform your apprenticeship. Reasonable accommodation includes, for example, a change to the application process or work procedures, documents in an alternate format, a sign language interpreter, or specialized equipment.",
  },
} as const;
