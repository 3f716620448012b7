--[[
  Takes a lease that is free or renews one already held by the same owner.
  Input:
    KEYS[1] lease
    ARGV[1] owner
    ARGV[2] time to live (ms)
  Output:
    1 held, 0 held by another owner
]]
local owner = redis.call("GET", KEYS[1])
if owner == false or owner == ARGV[1] then
  redis.call("SET", KEYS[1], ARGV[1], "PX", ARGV[2])
  return 1
end
return 0
