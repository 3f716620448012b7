--[[
  Counts the citizen's live connections to their ticket (pages, tabs, across API processes).
  Each process keeps its own share in a hash of its own, so when a process dies its share can be
  taken off (see reap-process). When the last connection drops while the ticket is waiting or
  offered, a grace deadline starts; a connection within it cancels it, and the ticket keeps its
  place (I7).
  Input:
    KEYS[1] ticket hash
    KEYS[2] deadlines
    KEYS[3] history stream
    KEYS[4] this process's connections hash (ticket id -> count)
    KEYS[5] process registry (process id -> last heartbeat)
    ARGV[1] ticket id
    ARGV[2] change: positive connected, negative disconnected
    ARGV[3] now (ms)
    ARGV[4] grace (ms) of a ticket that keeps none of its own
    ARGV[5] process id
    ARGV[6] key prefix
    ARGV[7] plaza channel
  Output:
    live connections after the change
    -3 ticket missing
    -13 this process is not registered (it was reaped): it must rejoin, which counts this too
]]
local rcall = redis.call
--- @include "deadlines"
--- @include "announce-officer"
--- @include "citizen-connections"

local status = rcall("HGET", KEYS[1], "status")
if not status then
  return -3
end
local delta = tonumber(ARGV[2])
local announce = { prefix = ARGV[6], channel = ARGV[7], now = ARGV[3] }
if delta > 0 then
  -- A connection counts only while its process is registered, so that a reaper can find it.
  if not rcall("ZSCORE", KEYS[5], ARGV[5]) then
    return -13
  end
  return addConnections(KEYS[4], KEYS[1], KEYS[2], ARGV[1], delta, announce)
end
-- Only what this process still holds is taken off: after a reap it holds nothing.
local held = tonumber(rcall("HGET", KEYS[4], ARGV[1]) or "0")
local taken = math.min(-delta, held)
if taken <= 0 then
  return tonumber(rcall("HGET", KEYS[1], "connections") or "0")
end
if held == taken then
  rcall("HDEL", KEYS[4], ARGV[1])
else
  rcall("HINCRBY", KEYS[4], ARGV[1], -taken)
end
return dropConnections(KEYS[1], KEYS[2], KEYS[3], ARGV[1], status, taken, tonumber(ARGV[4]), tonumber(ARGV[3]),
  announce)
