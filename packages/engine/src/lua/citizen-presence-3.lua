--[[
  Counts the citizen's live connections to their ticket (pages, tabs, across API processes).
  When the last one drops while the ticket is waiting or offered, a grace deadline starts; a
  connection within it cancels it, and the ticket keeps its place (I7).
  Input:
    KEYS[1] ticket hash
    KEYS[2] deadlines
    KEYS[3] history stream
    ARGV[1] ticket id
    ARGV[2] +1 connected | -1 disconnected
    ARGV[3] now (ms)
    ARGV[4] grace (ms)
    ARGV[5] key prefix
  Output:
    live connections after the change
    -3 ticket missing
]]
local rcall = redis.call
--- @include "deadlines"

local status = rcall("HGET", KEYS[1], "status")
if not status then
  return -3
end
local connections = rcall("HINCRBY", KEYS[1], "connections", ARGV[2])
if connections < 0 then
  connections = 0
  rcall("HSET", KEYS[1], "connections", 0)
end
if ARGV[2] == "1" then
  clearDeadline(KEYS[2], "grace", ARGV[1])
elseif connections == 0 and (status == "waiting" or status == "offered") then
  setDeadline(KEYS[2], "grace", ARGV[1], tonumber(ARGV[3]) + tonumber(ARGV[4]))
  rcall("XADD", KEYS[3], "*", "type", "presence", "id", ARGV[1], "status", "away", "at", ARGV[3])
end
return connections
