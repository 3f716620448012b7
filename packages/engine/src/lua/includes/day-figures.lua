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
