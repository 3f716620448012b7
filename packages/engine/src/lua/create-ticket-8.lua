--[[
  Creates a ticket: numbers it within the tenant's day, ranks its arrival within the plaza's
  day, writes it as waiting, puts it in the tenant's line (ordered by queue priority), and notes
  it for queueing (the caller adds the BullMQ job and then
  clears the note; a sweeper queues notes left by a process that died in between). A tenant whose
  intake a supervisor paused takes none: the pause is read here, in the same atomic step, so a
  pause that lands before the script refuses the ticket and one that lands after it finds the
  ticket waiting (it keeps its place). The tenant's waiting count is sampled for the day's chart.
  Input:
    KEYS[1] ticket hash
    KEYS[2] tenant day sequence (ticket numbers)
    KEYS[3] plaza day arrival sequence (queue order)
    KEYS[4] requeue set
    KEYS[5] tenant line
    KEYS[6] history stream
    KEYS[7] tenant intake pause (JSON, see intake-pause.ts; absent while open)
    KEYS[8] tenant waiting samples of the local day (minute -> waiting count)
    ARGV[1] ticket id
    ARGV[2] tenant code
    ARGV[3] service id
    ARGV[4] citizen name
    ARGV[5] vulnerable group, or empty
    ARGV[6] queue band of the ticket's class (added to the arrival rank)
    ARGV[7] now (ms)
    ARGV[8] access key hash
    ARGV[9] sequence ttl (s)
    ARGV[10] highest arrival rank a day can hold
    ARGV[11] plaza channel
    ARGV[12] key prefix
    ARGV[13] wrap-up after a call of this tenant (ms)
    ARGV[14] tickets the tenant takes per day, 0 for no limit
    ARGV[15] grace of this tenant's tickets (ms)
    ARGV[16] no-show time of this tenant's tickets (ms)
    ARGV[17] minute of the tenant's local day now (0..1439)
    ARGV[18] day figures ttl (s)
  Output:
    { sequence, queue priority }
    -1 ticket exists
    -9 the day's arrival ranks are used up
    -12 the tenant's daily quota is reached
    { -19, resumesAt (ms) or "" } the tenant's intake is paused (until resumesAt, or until resumed)
]]
local rcall = redis.call
--- @include "next-sequence"
--- @include "record-event"
--- @include "day-figures"

if rcall("EXISTS", KEYS[1]) == 1 then
  return -1
end
-- A pause is in force until its resumption time (none: until resumed); a malformed one is none,
-- as intake-pause.ts `parseIntakePause` reads it.
local rawPause = rcall("GET", KEYS[7])
if rawPause then
  local decoded, pause = pcall(cjson.decode, rawPause)
  if decoded and type(pause) == "table" and type(pause.at) == "number" and type(pause.accountId) == "string" then
    if pause.resumesAt == cjson.null then
      return { -19, "" }
    end
    if type(pause.resumesAt) == "number" and pause.resumesAt > tonumber(ARGV[7]) then
      return { -19, string.format("%d", pause.resumesAt) }
    end
  end
end
local quota = tonumber(ARGV[14])
if quota > 0 and tonumber(rcall("GET", KEYS[2]) or "0") >= quota then
  return -12
end

local arrival = nextSequence(KEYS[3], ARGV[9])
if arrival > tonumber(ARGV[10]) then
  return -9
end
local sequence = nextSequence(KEYS[2], ARGV[9])
local priority = tonumber(ARGV[6]) + arrival

rcall("HSET", KEYS[1],
  "id", ARGV[1], "tenant", ARGV[2], "service", ARGV[3], "name", ARGV[4],
  "vulnerableGroup", ARGV[5], "sequence", sequence, "arrival", arrival, "priority", priority,
  "status", "waiting", "createdAt", ARGV[7], "keyHash", ARGV[8], "wrapUpMs", ARGV[13],
  "graceMs", ARGV[15], "noShowMs", ARGV[16])
rcall("ZADD", KEYS[4], ARGV[7], ARGV[1])
rcall("ZADD", KEYS[5], priority, ARGV[1])
sampleWaiting(KEYS[8], ARGV[18], ARGV[17], KEYS[5])

recordEvent(ARGV[12], KEYS[6], ARGV[11], { "type", "ticket", "id", ARGV[1], "tenant", ARGV[2],
  "status", "waiting", "priority", priority, "at", ARGV[7] })
return { sequence, priority }
