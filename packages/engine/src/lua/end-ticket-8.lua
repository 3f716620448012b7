--[[
  Ends a ticket that has not ended yet, with a terminal status (completed, cancelled, ...).
  Its officer is released (includes/release-officer.lua; no wrap-up after a no-show). An end
  driven by a deadline (grace, no-show) names it, and happens only if that deadline is still set
  and due: a citizen who came back in time wins.
  Input:
    KEYS[1] ticket hash
    KEYS[2] deadlines
    KEYS[3] requeue set
    KEYS[4] history stream
    KEYS[5] the ticket's tenant's day figures (of the local date now)
    KEYS[6] the ticket's tenant's calls in progress
    KEYS[7] the ticket's tenant's hours of the local day (hash `<hour>:<counter>`)
    KEYS[8] the ticket's tenant's waiting samples of the local day (minute -> waiting count)
    ARGV[1] ticket id
    ARGV[2] terminal status
    ARGV[3] now (ms)
    ARGV[4] who ended it: citizen | officer | system
    ARGV[5] statuses it may end from, comma-separated
    ARGV[6] retention of an ended ticket (s)
    ARGV[7] key prefix
    ARGV[8] plaza channel
    ARGV[9] officer the ticket must be with, or empty
    ARGV[10] deadline member that must still be set and due, or empty
    ARGV[11] why, shown to the citizen (e.g. closed), or empty
    ARGV[12] the tenant the day keys are of (the script refuses a ticket of another)
    ARGV[13] day figures ttl (s)
    ARGV[14] hour of the tenant's local day now (0..23)
    ARGV[15] minute of the tenant's local day now (0..1439)
  Output:
    { the status it ended from, tenant }
    -3 ticket missing
    -7 ticket not with that officer
    -8 ticket not in a status it may end from
    -10 the named deadline is gone or not due
]]
local rcall = redis.call
--- @include "split-csv"
--- @include "officer-presence"
--- @include "deadlines"
--- @include "record-event"
--- @include "release-officer"
--- @include "day-figures"

local ticket = rcall("HMGET", KEYS[1], "status", "officer", "tenant", "wrapUpMs", "acceptedAt")
if not ticket[1] or ticket[3] ~= ARGV[12] then
  return -3
end
local allowed = false
for _, status in ipairs(splitCsv(ARGV[5])) do
  if status == ticket[1] then
    allowed = true
  end
end
if not allowed then
  return -8
end
if ARGV[9] ~= "" and ticket[2] ~= ARGV[9] then
  return -7
end
if ARGV[10] ~= "" then
  local due = rcall("ZSCORE", KEYS[2], ARGV[10])
  if not due or tonumber(due) > tonumber(ARGV[3]) then
    return -10
  end
  rcall("ZREM", KEYS[2], ARGV[10])
end

rcall("HSET", KEYS[1], "status", ARGV[2], "endedAt", ARGV[3], "endedBy", ARGV[4], "endReason", ARGV[11])
rcall("EXPIRE", KEYS[1], ARGV[6])
rcall("EXPIRE", KEYS[1] .. ":history", ARGV[6])
rcall("ZREM", KEYS[3], ARGV[1])
local line = ARGV[7] .. ":tenant:" .. ticket[3] .. ":line"
rcall("ZREM", line, ARGV[1])
if ticket[1] == "waiting" then
  sampleWaiting(KEYS[8], ARGV[13], ARGV[15], line)
end
clearDeadline(KEYS[2], "offer", ARGV[1])
clearDeadline(KEYS[2], "grace", ARGV[1])
clearDeadline(KEYS[2], "no-show", ARGV[1])
rcall("SREM", KEYS[6], ARGV[1])
local counters = { "ended", 1 }
local counterOf = { completed = "served", cancelled = "cancelled", abandoned = "abandoned", no_show = "noShow",
  transferred = "transferred" }
if counterOf[ARGV[2]] then
  table.insert(counters, counterOf[ARGV[2]])
  table.insert(counters, 1)
end
-- Lost: gone past the grace, or gave up while still waiting.
if ARGV[2] == "abandoned" or (ticket[1] == "waiting" and ARGV[2] == "cancelled") then
  table.insert(counters, "lost")
  table.insert(counters, 1)
end
-- A handled call: one the citizen was in (a no-show never started).
if ticket[1] == "in_call" and ARGV[2] ~= "no_show" and ticket[5] then
  table.insert(counters, "handled")
  table.insert(counters, 1)
  table.insert(counters, "handleMs")
  table.insert(counters, math.max(tonumber(ARGV[3]) - tonumber(ticket[5]), 0))
end
countDayFigures(KEYS[5], ARGV[13], counters)
if ARGV[2] == "completed" then
  countDayHour(KEYS[7], ARGV[13], ARGV[14], { "served", 1 })
end
recordEvent(ARGV[7], KEYS[4], ARGV[8], { "type", "ticket", "id", ARGV[1], "tenant", ticket[3],
  "status", ARGV[2], "from", ticket[1], "by", ARGV[4], "officer", ticket[2] or "", "at", ARGV[3] })

if ticket[1] == "offered" or ticket[1] == "in_call" then
  local wrapUpMs = tonumber(ticket[4] or "0")
  if ARGV[2] == "no_show" then
    wrapUpMs = 0
  end
  releaseOfficer(ARGV[7], KEYS[2], KEYS[4], ARGV[8], { officerId = ticket[2], ticketId = ARGV[1],
    from = ticket[1], wrapUpMs = wrapUpMs, now = ARGV[3] })
end
return { ticket[1], ticket[3] }
