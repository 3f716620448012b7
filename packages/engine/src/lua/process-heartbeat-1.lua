--[[
  A process says it is alive. One that was reaped meanwhile (frozen past the timeout) is told
  so and stays out, until it rejoins with the connections it still holds (process-rejoin).
  Input:
    KEYS[1] process registry (process id -> last heartbeat)
    ARGV[1] process id
    ARGV[2] now (ms)
  Output:
    1 alive, 0 not registered
]]
if not redis.call("ZSCORE", KEYS[1], ARGV[1]) then
  return 0
end
redis.call("ZADD", KEYS[1], ARGV[2], ARGV[1])
return 1
