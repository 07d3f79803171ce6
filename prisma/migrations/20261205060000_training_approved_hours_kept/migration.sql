-- Approved hours are never deleted either, as agreements, submissions and decisions are not (20261123220000): the
-- trigger of 20261205030000 refused updates only.
CREATE OR REPLACE FUNCTION "ojt_entry_approved_is_final"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."status" = 'APPROVED' THEN
    RAISE EXCEPTION 'On-the-job entry % is approved and cannot change or be deleted: log a correction instead', OLD."id"
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER "OjtEntry_approved_is_final" ON "OjtEntry";

CREATE TRIGGER "OjtEntry_approved_is_final"
  BEFORE UPDATE OR DELETE ON "OjtEntry"
  FOR EACH ROW EXECUTE FUNCTION "ojt_entry_approved_is_final"();
