--[[
  The officer accepts the ticket offered to them: both enter the call.
  Input:
    KEYS[1] officer hash
    KEYS[2] ticket hash
    KEYS[3] deadlines
    KEYS[4] history stream
    ARGV[1] officer id
    ARGV[2] ticket id
    ARGV[3] now (ms)
    ARGV[4] room name
    ARGV[5] plaza channel
    ARGV[6] key prefix
    ARGV[7] no-show time (ms) of a ticket that keeps none of its own: the citizen must join within it
  The ticket joins its tenant's calls in progress (`<prefix>:tenant:<code>:calls`, built here from
  the ticket's tenant, as officer keys are).
  Output:
    1 accepted
    -7 no such offer (expired, withdrawn or never made)
]]
local rcall = redis.call
--- @include "deadlines"
--- @include "record-event"

local officer = rcall("HMGET", KEYS[1], "status", "ticket")
local ticket = rcall("HMGET", KEYS[2], "status", "officer", "tenant", "noShowMs")
if officer[1] ~= "offered" or officer[2] ~= ARGV[2] or ticket[1] ~= "offered" or ticket[2] ~= ARGV[1] then
  return -7
end

clearDeadline(KEYS[3], "offer", ARGV[2])
setDeadline(KEYS[3], "no-show", ARGV[2], tonumber(ARGV[3]) + (tonumber(ticket[4] or "") or tonumber(ARGV[7])))
rcall("HSET", KEYS[1], "status", "in_call", "updatedAt", ARGV[3])
rcall("HSET", KEYS[2], "status", "in_call", "acceptedAt", ARGV[3], "room", ARGV[4])
rcall("SADD", ARGV[6] .. ":tenant:" .. ticket[3] .. ":calls", ARGV[2])

recordEvent(ARGV[6], KEYS[4], ARGV[5], { "type", "ticket", "id", ARGV[2], "tenant", ticket[3],
  "status", "in_call", "officer", ARGV[1], "at", ARGV[3] })
recordEvent(ARGV[6], KEYS[4], ARGV[5], { "type", "officer", "id", ARGV[1], "status", "in_call",
  "ticket", ARGV[2], "at", ARGV[3] })
return 1
