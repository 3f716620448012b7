--[[
  The officer moves the citizen in their call to another tenant's line (optionally to a service
  there). The ticket ends as transferred and a new ticket takes its arrival rank and class, so it
  stands in the new line where its original arrival puts it; the citizen's link follows it (same
  access key). The officer goes to wrap-up.
  Input:
    KEYS[1] ticket hash
    KEYS[2] new ticket hash
    KEYS[3] target tenant day sequence
    KEYS[4] target tenant line
    KEYS[5] deadlines
    KEYS[6] requeue set
    KEYS[7] history stream
    KEYS[8] source tenant day figures (of the local date now)
    KEYS[9] source tenant calls in progress
    KEYS[10] target tenant waiting samples of its local day (minute -> waiting count)
    ARGV[1] ticket id
    ARGV[2] new ticket id
    ARGV[3] target tenant code
    ARGV[4] target service id
    ARGV[5] officer id
    ARGV[6] now (ms)
    ARGV[7] target tenant wrap-up (ms)
    ARGV[8] sequence ttl (s)
    ARGV[9] retention of an ended ticket (s)
    ARGV[10] key prefix
    ARGV[11] plaza channel
    ARGV[12] target tenant grace (ms)
    ARGV[13] target tenant no-show time (ms)
    ARGV[14] day figures ttl (s)
    ARGV[15] minute of the target tenant's local day now (0..1439)
  Output:
    { new ticket sequence, queue priority }
    -7 ticket not in a call with that officer
]]
local rcall = redis.call
--- @include "split-csv"
--- @include "officer-presence"
--- @include "deadlines"
--- @include "next-sequence"
--- @include "record-event"
--- @include "release-officer"
--- @include "day-figures"

local ticket = rcall("HMGET", KEYS[1], "status", "officer", "tenant", "name", "vulnerableGroup", "arrival",
  "priority", "createdAt", "keyHash", "wrapUpMs", "acceptedAt")
if ticket[1] ~= "in_call" or ticket[2] ~= ARGV[5] then
  return -7
end

local sequence = nextSequence(KEYS[3], ARGV[8])
rcall("HSET", KEYS[2],
  "id", ARGV[2], "tenant", ARGV[3], "service", ARGV[4], "name", ticket[4],
  "vulnerableGroup", ticket[5], "sequence", sequence, "arrival", ticket[6], "priority", ticket[7],
  "status", "waiting", "createdAt", ticket[8], "keyHash", ticket[9], "wrapUpMs", ARGV[7],
  "transferredFrom", ARGV[1], "connections", 0, "graceMs", ARGV[12], "noShowMs", ARGV[13])
rcall("ZADD", KEYS[4], ticket[7], ARGV[2])
sampleWaiting(KEYS[10], ARGV[14], ARGV[15], KEYS[4])
rcall("ZADD", KEYS[6], ARGV[6], ARGV[2])

rcall("HSET", KEYS[1], "status", "transferred", "endedAt", ARGV[6], "endedBy", "officer", "transferredTo", ARGV[2])
rcall("EXPIRE", KEYS[1], ARGV[9])
rcall("EXPIRE", KEYS[1] .. ":history", ARGV[9])
clearDeadline(KEYS[5], "no-show", ARGV[1])
rcall("SREM", KEYS[9], ARGV[1])
countDayFigures(KEYS[8], ARGV[14], { "ended", 1, "transferred", 1, "handled", 1,
  "handleMs", math.max(tonumber(ARGV[6]) - tonumber(ticket[11] or ARGV[6]), 0) })

recordEvent(ARGV[10], KEYS[7], ARGV[11], { "type", "ticket", "id", ARGV[1], "tenant", ticket[3],
  "status", "transferred", "from", "in_call", "by", "officer", "officer", ARGV[5], "to", ARGV[2], "at", ARGV[6] })
recordEvent(ARGV[10], KEYS[7], ARGV[11], { "type", "ticket", "id", ARGV[2], "tenant", ARGV[3],
  "status", "waiting", "priority", ticket[7], "transferredFrom", ARGV[1], "at", ARGV[6] })
releaseOfficer(ARGV[10], KEYS[5], KEYS[7], ARGV[11], { officerId = ARGV[5], ticketId = ARGV[1],
  from = "in_call", wrapUpMs = tonumber(ticket[10] or "0"), now = ARGV[6] })
return { sequence, ticket[7] }
