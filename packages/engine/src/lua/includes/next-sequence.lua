--[[
  Increments a day counter (ticket numbers, arrival ranks); the first use of a day sets how long
  the counter outlives it.
]]
local function nextSequence(key, ttlSeconds)
  local value = rcall("INCR", key)
  if value == 1 then
    rcall("EXPIRE", key, ttlSeconds)
  end
  return value
end
