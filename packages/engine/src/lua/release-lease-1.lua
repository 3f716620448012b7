--[[
  Releases a lease if the owner still holds it.
  Input:
    KEYS[1] lease
    ARGV[1] owner
  Output:
    1 released, 0 not held by the owner
]]
if redis.call("GET", KEYS[1]) == ARGV[1] then
  redis.call("DEL", KEYS[1])
  return 1
end
return 0
