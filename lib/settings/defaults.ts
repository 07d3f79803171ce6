import { publicDocumentPath } from "@/lib/documents/schemas";
import type { FundingResource } from "@/lib/settings/schemas";

// What the funding resources say until a staff administrator edits them (Staff > Settings). They are only the
// starting text: once saved, the stored list is what employers read, and an emptied list stays empty.
// The web addresses are DOL's public pages as we know them; the portal cannot reach them to check, so staff
// should confirm them once (README, "The landing page and funding guidance").

export const NATIONAL_APPRENTICESHIP_ACT_FACTSHEET_URL =
  "https://www.dol.gov/agencies/eta/apprenticeship/about/national-apprenticeship-act";

export const DEFAULT_FUNDING_RESOURCES: FundingResource[] = [
  {
    title: "WIOA on-the-job training",
    description:
      "Your local American Job Center can reimburse part of an apprentice's wages while they train, through the Workforce Innovation and Opportunity Act (WIOA). Ask early: the agreement is made before the apprentice starts.",
    url: "https://www.careeronestop.org/LocalHelp/AmericanJobCenters/find-american-job-centers.aspx",
  },
  {
    title: "State apprenticeship grants and tax credits",
    description:
      "Many states pay part of the cost of related instruction or give employers a tax credit for each registered apprentice. Your state's apprenticeship office or Registration Agency knows what is open now.",
    url: "https://www.apprenticeship.gov/investments-tax-credits-and-tuition-support",
  },
  {
    title: "Federal grants",
    description:
      "The U.S. Department of Labor funds Registered Apprenticeship through grants to states, colleges and industry partners, which often pass money on to employers who take apprentices.",
    url: "https://www.apprenticeship.gov/investments-tax-credits-and-tuition-support/open-funding-opportunities",
  },
  {
    title: "National Apprenticeship Act factsheet",
    description:
      "The U.S. Department of Labor's summary of the law behind Registered Apprenticeship and the support it makes available to employers.",
    url: NATIONAL_APPRENTICESHIP_ACT_FACTSHEET_URL,
  },
  {
    title: "Training Objectives, page A-20: related instruction",
    description:
      "What related instruction covers and how the employer pays for it (100% of its cost), in the current BMET Training Objectives.",
    url: publicDocumentPath("TRAINING_OBJECTIVES"),
  },
];
