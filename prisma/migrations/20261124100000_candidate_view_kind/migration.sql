-- Every time an employer partner sees a candidate is logged, in a list as well as on the profile or in an export.
CREATE TYPE "CandidateViewKind" AS ENUM ('LIST', 'PROFILE', 'EXPORT');

ALTER TABLE "CandidateView" ADD COLUMN "kind" "CandidateViewKind" NOT NULL DEFAULT 'PROFILE';
