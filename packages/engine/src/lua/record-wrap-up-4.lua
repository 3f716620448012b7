--[[
  Records the officer's wrap-up of a call they served: the outcome and their notes go on the
  ticket hash, so they expire with the ticket. Called again while the ticket is kept, it replaces
  both: the officer corrects their notes. Only the ticket's own officer may, and only once its
  call ended (completed or transferred).
  The history entry names the outcome but never holds the notes (they may carry personal data);
  it is of type "wrap-up", not a ticket transition. The officer's revision is counted up and the
  change announced, so their consoles show the outcome as recorded.
  Input:
    KEYS[1] ticket hash
    KEYS[2] ticket history stream
    KEYS[3] officer hash
    KEYS[4] history stream
    ARGV[1] ticket id
    ARGV[2] officer id
    ARGV[3] outcome
    ARGV[4] notes
    ARGV[5] now (ms)
    ARGV[6] statuses a ticket may be wrapped up in, comma-separated
    ARGV[7] plaza channel
  Output:
    1 recorded, 2 corrected (recorded before)
    -3 ticket missing
    -14 ticket not served by that officer
    -15 ticket not in a status it may be wrapped up in
]]
local rcall = redis.call
--- @include "split-csv"
--- @include "announce-officer"

local ticket = rcall("HMGET", KEYS[1], "status", "officer", "tenant", "outcome")
if not ticket[1] then
  return -3
end
if ticket[2] ~= ARGV[2] then
  return -14
end
local allowed = false
for _, status in ipairs(splitCsv(ARGV[6])) do
  if status == ticket[1] then
    allowed = true
  end
end
if not allowed then
  return -15
end

local corrected = ticket[4] and "1" or "0"
rcall("HSET", KEYS[1], "outcome", ARGV[3], "notes", ARGV[4], "notedAt", ARGV[5])
rcall("HINCRBY", KEYS[1], "revision", 1)
local entry = { "type", "wrap-up", "id", ARGV[1], "tenant", ticket[3], "officer", ARGV[2],
  "outcome", ARGV[3], "corrected", corrected, "at", ARGV[5] }
rcall("XADD", KEYS[4], "*", unpack(entry))
rcall("XADD", KEYS[2], "MAXLEN", "~", 10000, "*", unpack(entry))

-- The officer's view shows their last ticket's outcome: a newer view, pushed to their consoles.
local officerStatus = rcall("HGET", KEYS[3], "status")
if officerStatus then
  announceOfficer(KEYS[3], ARGV[2], officerStatus, ARGV[7], ARGV[5])
end
if corrected == "1" then
  return 2
end
return 1
