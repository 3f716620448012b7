--[[
  Records the officer's answer to a citizen's priority claim (the vulnerable group they declared),
  given at the start of the call: confirmed or rejected. Only the officer in the ticket's call may
  answer, once. The answer goes on the ticket hash (it expires with the ticket) and is counted in
  the tenant's claim counters of the local day, for the supervisor.
  The history entry, of type "priority-claim", is not a ticket transition. The officer's revision
  is counted up and the change announced, so their consoles stop asking.
  Input:
    KEYS[1] ticket hash
    KEYS[2] ticket history stream
    KEYS[3] officer hash
    KEYS[4] history stream
    KEYS[5] tenant priority claim counters of the local day
    ARGV[1] ticket id
    ARGV[2] officer id
    ARGV[3] answer: confirmed | rejected
    ARGV[4] now (ms)
    ARGV[5] plaza channel
    ARGV[6] tenant code the counters are of
    ARGV[7] counters ttl (s)
  Output:
    1 recorded
    -3 ticket missing
    -14 ticket with another officer
    -17 ticket not in a call with this officer
    -18 no claim to answer: none declared, or already answered
]]
local rcall = redis.call

--- @include "announce-officer"

local ticket = rcall("HMGET", KEYS[1], "status", "officer", "tenant", "vulnerableGroup", "priorityClaim")
if not ticket[1] then
  return -3
end
if ticket[2] and ticket[2] ~= "" and ticket[2] ~= ARGV[2] then
  return -14
end
if ticket[1] ~= "in_call" or ticket[2] ~= ARGV[2] or ticket[3] ~= ARGV[6] then
  return -17
end
if not ticket[4] or ticket[4] == "" or (ticket[5] and ticket[5] ~= "") then
  return -18
end

rcall("HSET", KEYS[1], "priorityClaim", ARGV[3], "priorityClaimAt", ARGV[4])
rcall("HINCRBY", KEYS[1], "revision", 1)
rcall("HINCRBY", KEYS[5], ARGV[3], 1)
rcall("EXPIRE", KEYS[5], ARGV[7])
-- The group declared (a disability, a pregnancy) stays on the ticket only, as the citizen's name does.
local entry = { "type", "priority-claim", "id", ARGV[1], "tenant", ticket[3], "officer", ARGV[2],
  "answer", ARGV[3], "at", ARGV[4] }
rcall("XADD", KEYS[4], "*", unpack(entry))
rcall("XADD", KEYS[2], "MAXLEN", "~", 10000, "*", unpack(entry))

local officerStatus = rcall("HGET", KEYS[3], "status")
if officerStatus then
  announceOfficer(KEYS[3], ARGV[2], officerStatus, ARGV[5], ARGV[4])
end
return 1
