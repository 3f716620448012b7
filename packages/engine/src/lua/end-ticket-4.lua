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

local ticket = rcall("HMGET", KEYS[1], "status", "officer", "tenant", "wrapUpMs")
if not ticket[1] then
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
rcall("ZREM", ARGV[7] .. ":tenant:" .. ticket[3] .. ":line", ARGV[1])
clearDeadline(KEYS[2], "offer", ARGV[1])
clearDeadline(KEYS[2], "grace", ARGV[1])
clearDeadline(KEYS[2], "no-show", ARGV[1])
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
