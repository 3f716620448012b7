--[[
  The citizen joined their call (LiveKit says so): the no-show deadline is off.
  Input:
    KEYS[1] ticket hash
    KEYS[2] deadlines
    ARGV[1] ticket id
    ARGV[2] now (ms)
  Output:
    1 noted, 0 not in a call
]]
local rcall = redis.call
--- @include "deadlines"

if rcall("HGET", KEYS[1], "status") ~= "in_call" then
  return 0
end
clearDeadline(KEYS[2], "no-show", ARGV[1])
rcall("HSETNX", KEYS[1], "joinedAt", ARGV[2])
return 1
