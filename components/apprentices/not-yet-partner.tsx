import { NotYetPartner } from "@/components/candidates/not-yet-partner";

/** Step 8 before AAMI approves the organization: why it is closed, and the way back to the checklist. */
export function StepEightNotOpen() {
  return (
    <NotYetPartner
      title="Step 8: Hire and enroll apprentices"
      description="This step opens when AAMI approves your organization as an employer partner."
    >
      <p>
        Complete steps 1 to 6 and submit them to AAMI. Once AAMI approves, you can enroll apprentices here, with credit
        for skill sets they have already mastered.
      </p>
    </NotYetPartner>
  );
}
