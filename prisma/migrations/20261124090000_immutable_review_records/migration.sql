-- Review decisions and registration packets are the record of what AAMI decided and sent to the Department of
-- Labor. Like signed agreements and submissions, the database refuses to change or delete them; a correction is
-- a new decision or a new packet version.

CREATE FUNCTION "review_record_is_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% % cannot be changed or deleted: review records are kept as made', TG_TABLE_NAME, OLD."id"
    USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TRIGGER "ReviewDecision_immutable"
  BEFORE UPDATE OR DELETE ON "ReviewDecision"
  FOR EACH ROW EXECUTE FUNCTION "review_record_is_immutable"();

CREATE TRIGGER "RegistrationPacket_immutable"
  BEFORE UPDATE OR DELETE ON "RegistrationPacket"
  FOR EACH ROW EXECUTE FUNCTION "review_record_is_immutable"();
