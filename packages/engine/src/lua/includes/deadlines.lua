--[[
  Deadlines of the plaza live in one sorted set, scored by when they fall due; members are
  "<kind>:<id>" (offer:<ticket>, wrap-up:<officer>). A sweeper in every API process runs the
  script of each due member; those scripts check the state again, so a stale member is harmless.
]]
local function setDeadline(deadlinesKey, kind, id, dueAt)
  rcall("ZADD", deadlinesKey, dueAt, kind .. ":" .. id)
end

local function clearDeadline(deadlinesKey, kind, id)
  rcall("ZREM", deadlinesKey, kind .. ":" .. id)
end
