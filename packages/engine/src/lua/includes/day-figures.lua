--[[
  Counts a change into the tenant's figures of its local day, for the supervisor's board: a hash
  of counters (names in board.ts `dayCounters`) that expires some weeks after its last change.
  Counters are whole numbers; durations are in ms.
]]
local function countDayFigures(dayKey, ttl, counters)
  for i = 1, #counters, 2 do
    rcall("HINCRBY", dayKey, counters[i], counters[i + 1])
  end
  rcall("EXPIRE", dayKey, ttl)
end

--[[
  Counts a change into the hour of the tenant's local day it happened in, for the day's charts: a
  hash of fields `<hour>:<counter>` (hour 0..23, computed by the caller; names in day-figures.ts
  `hourCounters`), expiring with the day's figures.
]]
local function countDayHour(hoursKey, ttl, hour, counters)
  for i = 1, #counters, 2 do
    rcall("HINCRBY", hoursKey, hour .. ":" .. counters[i], counters[i + 1])
  end
  rcall("EXPIRE", hoursKey, ttl)
end

--[[
  Samples the tenant's waiting count (its line's length) after a change that moved it, at the
  minute of the tenant's local day (0..1439, computed by the caller): a hash minute -> count, so
  a minute keeps its last count. Expires with the day's figures.
]]
local function sampleWaiting(waitingKey, ttl, minute, lineKey)
  rcall("HSET", waitingKey, minute, rcall("ZCARD", lineKey))
  rcall("EXPIRE", waitingKey, ttl)
end
