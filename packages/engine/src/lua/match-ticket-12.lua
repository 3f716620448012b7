--[[
  Matches the ticket due next in a tenant's line with the officer of that tenant who has been
  idle longest (I6), and offers it to them, or, if they auto-accept, puts both in the call.
  The ticket due is the head of the line (class, then arrival), except that once the tenant has
  served its priority cap of priority tickets in a row, it is the longest-waiting regular ticket
  if one waits. Only the ticket due is matched, and only by the holder of the tenant's dispatch
  lease: tickets leave the line in that order (I3) even while a returned or new ticket's BullMQ
  job is still on its way. The count of priority tickets served in a row is kept here, with the
  match, so it cannot drift from the line.
  Input:
    KEYS[1] ticket hash
    KEYS[2] tenant ready set
    KEYS[3] tenant dispatch lease
    KEYS[4] deadlines
    KEYS[5] tenant line
    KEYS[6] history stream
    KEYS[7] tenant priority streak (priority tickets served in a row)
    KEYS[8] tenant day figures (hash of counters, see includes/day-figures.lua)
    KEYS[9] tenant day waits (ticket -> ms from taking the ticket to its first offer)
    KEYS[10] tenant calls in progress (set of ticket ids)
    KEYS[11] tenant hours of the local day (hash `<hour>:<counter>`, see includes/day-figures.lua)
    KEYS[12] tenant waiting samples of the local day (minute -> waiting count)
    ARGV[1] ticket id
    ARGV[2] now (ms)
    ARGV[3] offer deadline (ms)
    ARGV[4] lease owner
    ARGV[5] key prefix
    ARGV[6] plaza channel
    ARGV[7] room name
    ARGV[8] no-show time (ms) of a ticket that keeps none of its own, if the officer auto-accepts
    ARGV[9] the tenant's priority cap, 0 for none
    ARGV[10] lowest queue priority of a regular ticket
    ARGV[11] the tenant's service-level target: offered within this many ms
    ARGV[12] day figures ttl (s)
    ARGV[13] hour of the tenant's local day now (0..23)
    ARGV[14] minute of the tenant's local day now (0..1439)
  Output:
    { 1, officer id, ticket status }
    -2 lease not held
    -3 ticket missing
    -4 ticket not waiting
    -5 no officer ready
    { -11, head ticket id, head priority } another ticket is ahead in line
    { -16, regular ticket id, its priority } the cap is reached: this regular ticket is due, ahead
      of the priority tickets BullMQ holds first
]]
local rcall = redis.call
--- @include "split-csv"
--- @include "officer-presence"
--- @include "deadlines"
--- @include "record-event"
--- @include "day-figures"

if rcall("GET", KEYS[3]) ~= ARGV[4] then
  return -2
end
local ticket = rcall("HMGET", KEYS[1], "status", "tenant", "noShowMs", "createdAt", "firstOfferedAt")
if not ticket[1] then
  return -3
end
if ticket[1] ~= "waiting" then
  return -4
end
local regularBand = tonumber(ARGV[10])
local cap = tonumber(ARGV[9])
local due = rcall("ZRANGE", KEYS[5], 0, 0, "WITHSCORES")
local regularTurn = false
if due[1] and tonumber(due[2]) < regularBand and cap > 0
  and tonumber(rcall("GET", KEYS[7]) or "0") >= cap then
  local regular = rcall("ZRANGE", KEYS[5], regularBand, "+inf", "BYSCORE", "LIMIT", 0, 1, "WITHSCORES")
  if regular[1] then
    due = regular
    regularTurn = true
  end
end
if due[1] ~= ARGV[1] then
  if regularTurn then
    return { -16, due[1], due[2] }
  end
  return { -11, due[1] or "", due[2] or "" }
end
local popped = rcall("ZPOPMIN", KEYS[2])
if #popped == 0 then
  return -5
end

local officerId = popped[1]
local officerKey = ARGV[5] .. ":officer:" .. officerId
local officer = rcall("HMGET", officerKey, "tenants", "autoAccept")
-- An officer of several tenants takes one offer at a time (I2).
markOfficerUnready(ARGV[5], officerId, splitCsv(officer[1]), false)

local status = "offered"
if officer[2] == "1" then
  status = "in_call"
  rcall("HSET", KEYS[1], "acceptedAt", ARGV[2], "room", ARGV[7])
  rcall("SADD", KEYS[10], ARGV[1])
  setDeadline(KEYS[4], "no-show", ARGV[1], tonumber(ARGV[2]) + (tonumber(ticket[3] or "") or tonumber(ARGV[8])))
else
  rcall("HSET", KEYS[1], "offerExpiresAt", ARGV[3])
  setDeadline(KEYS[4], "offer", ARGV[1], ARGV[3])
end
rcall("HSET", officerKey, "status", status, "ticket", ARGV[1], "idleSince", popped[2], "updatedAt", ARGV[2])
rcall("HSET", KEYS[1], "status", status, "officer", officerId, "offeredAt", ARGV[2])
rcall("ZREM", KEYS[5], ARGV[1])
sampleWaiting(KEYS[12], ARGV[12], ARGV[14], KEYS[5])
-- A ticket's wait is counted at its first offer only: an offer returned and made again is not a new wait.
if not ticket[5] then
  local wait = math.max(tonumber(ARGV[2]) - tonumber(ticket[4]), 0)
  local within = 0
  if wait <= tonumber(ARGV[11]) then
    within = 1
  end
  rcall("HSET", KEYS[1], "firstOfferedAt", ARGV[2])
  countDayFigures(KEYS[8], ARGV[12], { "offered", 1, "offeredWithinTarget", within, "waitMs", wait })
  countDayHour(KEYS[11], ARGV[12], ARGV[13], { "offered", 1, "offeredWithinTarget", within })
  rcall("ZADD", KEYS[9], wait, ARGV[1])
  rcall("EXPIRE", KEYS[9], ARGV[12])
end
-- The count before this match stays on the ticket: an offer returned unserved undoes its count.
local streak = tonumber(rcall("GET", KEYS[7]) or "0")
rcall("HSET", KEYS[1], "priorityStreakBefore", streak)
if tonumber(due[2]) < regularBand then
  rcall("SET", KEYS[7], streak + 1)
else
  rcall("SET", KEYS[7], 0)
end

recordEvent(ARGV[5], KEYS[6], ARGV[6], { "type", "ticket", "id", ARGV[1], "tenant", ticket[2],
  "status", status, "officer", officerId, "at", ARGV[2] })
recordEvent(ARGV[5], KEYS[6], ARGV[6], { "type", "officer", "id", officerId, "status", status,
  "ticket", ARGV[1], "at", ARGV[2] })
return { 1, officerId, status }
