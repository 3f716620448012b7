--[[
  A process registers, at its start or after it was reaped, and counts again the citizen
  connections it holds (none at its start): their tickets' grace periods stop.
  Input:
    KEYS[1] process registry (process id -> last heartbeat)
    KEYS[2] that process's connections hash (ticket id -> count)
    KEYS[3] deadlines
    ARGV[1] process id
    ARGV[2] now (ms)
    ARGV[3] key prefix
    ARGV[4..] pairs of ticket id, live connections
  Output:
    tickets counted again
]]
local rcall = redis.call
--- @include "deadlines"
--- @include "citizen-connections"

rcall("ZADD", KEYS[1], ARGV[2], ARGV[1])
local counted = 0
for i = 4, #ARGV, 2 do
  local ticketId = ARGV[i]
  local count = tonumber(ARGV[i + 1])
  local ticketKey = ARGV[3] .. ":ticket:" .. ticketId
  if count > 0 and rcall("EXISTS", ticketKey) == 1 then
    addConnections(KEYS[2], ticketKey, KEYS[3], ticketId, count)
    counted = counted + 1
  end
end
return counted
