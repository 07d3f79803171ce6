-- Signed agreements, submissions and stored file contents are records of what someone signed, submitted or
-- uploaded. The application never changes them; these triggers make the database refuse it too, whatever code
-- (or person with a SQL prompt) tries. Only the fields that record what happened later may change: an agreement
-- may be voided (never un-voided), a submission's review status may move on.

CREATE FUNCTION "employer_agreement_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Employer Agreement % cannot be deleted: signed agreements are kept', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF (NEW."id", NEW."organizationId", NEW."version", NEW."method", NEW."unsignedSha256", NEW."contentFingerprint",
      NEW."signedFileId", NEW."signedSha256", NEW."signerUserId", NEW."signerName", NEW."signerTitle",
      NEW."signerEmail", NEW."signedAt", NEW."signerIp", NEW."signerUserAgent", NEW."consentToEsign", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."organizationId", OLD."version", OLD."method", OLD."unsignedSha256", OLD."contentFingerprint",
      OLD."signedFileId", OLD."signedSha256", OLD."signerUserId", OLD."signerName", OLD."signerTitle",
      OLD."signerEmail", OLD."signedAt", OLD."signerIp", OLD."signerUserAgent", OLD."consentToEsign", OLD."createdAt")
     OR (OLD."status" = 'VOIDED' AND NEW."status" <> 'VOIDED') THEN
    RAISE EXCEPTION 'Employer Agreement % is signed and cannot change (it can only be voided)', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "EmployerAgreement_immutable"
  BEFORE UPDATE OR DELETE ON "EmployerAgreement"
  FOR EACH ROW EXECUTE FUNCTION "employer_agreement_is_immutable"();

CREATE FUNCTION "submission_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'Submission % cannot be deleted: submissions are kept', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF (NEW."id", NEW."organizationId", NEW."version", NEW."snapshot", NEW."agreementId", NEW."submittedById",
      NEW."submittedAt", NEW."createdAt")
     IS DISTINCT FROM
     (OLD."id", OLD."organizationId", OLD."version", OLD."snapshot", OLD."agreementId", OLD."submittedById",
      OLD."submittedAt", OLD."createdAt") THEN
    RAISE EXCEPTION 'Submission % is a snapshot and cannot change (only its review status can)', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Submission_immutable"
  BEFORE UPDATE OR DELETE ON "Submission"
  FOR EACH ROW EXECUTE FUNCTION "submission_is_immutable"();

CREATE FUNCTION "stored_file_content_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."data", NEW."sha256", NEW."byteSize") IS DISTINCT FROM (OLD."data", OLD."sha256", OLD."byteSize") THEN
    RAISE EXCEPTION 'The content of stored file % cannot change: store a new file instead', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "StoredFile_content_immutable"
  BEFORE UPDATE ON "StoredFile"
  FOR EACH ROW EXECUTE FUNCTION "stored_file_content_is_immutable"();
