/*
<pgmi-meta
    id="9410a07b-fad4-4d9b-9d1b-069e180464bf"
    idempotent="false">
  <description>
    Invitations: when a membership was offered and when it was taken up. An invitation is an
    organization_member row with status 'pending'.
  </description>
  <sortKeys>
    <key>050/002</key>
  </sortKeys>
</pgmi-meta>
*/
ALTER TABLE membership.organization_member
    ADD COLUMN invited_at timestamptz,
    ADD COLUMN joined_at  timestamptz;
-- Members who are active already joined when their row was made.
UPDATE membership.organization_member SET joined_at = created_at WHERE status = 'active';
