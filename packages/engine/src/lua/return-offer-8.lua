--[[
  An offer ends without a call: the officer declined it, or let it time out. The ticket goes back
  to waiting with its own queue priority, i.e. to its old place (I3), and is noted for requeueing.
  An officer who declined is ready again, behind those idle longer; one who let it time out is away.
  The offer's effect on the tenant's count of priority tickets served in a row is undone: a
  priority ticket is taken off the count; a regular ticket, whose offer restarted the count, adds
  back the count it found, so a regular turn the cap gave stays due.
  Input:
    KEYS[1] ticket hash
    KEYS[2] officer hash
    KEYS[3] deadlines
    KEYS[4] requeue set
    KEYS[5] tenant line
    KEYS[6] history stream
    KEYS[7] tenant priority streak (priority tickets served in a row)
    KEYS[8] tenant waiting samples of the local day (minute -> waiting count)
    ARGV[1] ticket id
    ARGV[2] officer id
    ARGV[3] now (ms)
    ARGV[4] reason: decline | timeout
    ARGV[5] key prefix
    ARGV[6] plaza channel
    ARGV[7] lowest queue priority of a regular ticket
    ARGV[8] minute of the tenant's local day now (0..1439)
    ARGV[9] day figures ttl (s)
  Output:
    { tenant, queue priority }
    -7 no such offer
    -10 the offer has not timed out yet
]]
local rcall = redis.call
--- @include "split-csv"
--- @include "officer-presence"
--- @include "deadlines"
--- @include "record-event"
--- @include "day-figures"

local ticket = rcall("HMGET", KEYS[1], "status", "officer", "tenant", "offerExpiresAt", "priority",
  "priorityStreakBefore")
if ticket[1] ~= "offered" or ticket[2] ~= ARGV[2] then
  return -7
end
if ARGV[4] == "timeout" and tonumber(ticket[4]) > tonumber(ARGV[3]) then
  return -10
end

clearDeadline(KEYS[3], "offer", ARGV[1])
rcall("HSET", KEYS[1], "status", "waiting")
rcall("HDEL", KEYS[1], "officer", "offeredAt", "offerExpiresAt", "priorityStreakBefore")
rcall("ZADD", KEYS[4], ARGV[3], ARGV[1])
rcall("ZADD", KEYS[5], ticket[5], ARGV[1])
sampleWaiting(KEYS[8], ARGV[9], ARGV[8], KEYS[5])
local streak = tonumber(rcall("GET", KEYS[7]) or "0")
if tonumber(ticket[5]) < tonumber(ARGV[7]) then
  rcall("SET", KEYS[7], math.max(streak - 1, 0))
else
  rcall("SET", KEYS[7], streak + (tonumber(ticket[6]) or 0))
end

local officerStatus = "away"
if ARGV[4] == "decline" then
  officerStatus = "ready"
  markOfficerReady(ARGV[5], ARGV[2], splitCsv(rcall("HGET", KEYS[2], "tenants")), ARGV[3])
end
rcall("HSET", KEYS[2], "status", officerStatus, "ticket", "", "updatedAt", ARGV[3])

recordEvent(ARGV[5], KEYS[6], ARGV[6], { "type", "ticket", "id", ARGV[1], "tenant", ticket[3],
  "status", "waiting", "from", "offered", "officer", ARGV[2], "reason", ARGV[4], "at", ARGV[3] })
recordEvent(ARGV[5], KEYS[6], ARGV[6], { "type", "officer", "id", ARGV[2], "status", officerStatus,
  "ticket", ARGV[1], "reason", ARGV[4], "tenants", rcall("HGET", KEYS[2], "tenants"), "idleSince", ARGV[3],
  "at", ARGV[3] })
return { ticket[3], ticket[5] }
