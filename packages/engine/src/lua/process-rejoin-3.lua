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
    ARGV[4] plaza channel
    ARGV[5..] pairs of ticket id, live connections
  Output:
    tickets counted again
]]
local rcall = redis.call
--- @include "deadlines"
--- @include "announce-officer"
--- @include "citizen-connections"

rcall("ZADD", KEYS[1], ARGV[2], ARGV[1])
local counted = 0
local announce = { prefix = ARGV[3], channel = ARGV[4], now = ARGV[2] }
for i = 5, #ARGV, 2 do
  local ticketId = ARGV[i]
  local count = tonumber(ARGV[i + 1])
  local ticketKey = ARGV[3] .. ":ticket:" .. ticketId
  if count > 0 and rcall("EXISTS", ticketKey) == 1 then
    addConnections(KEYS[2], ticketKey, KEYS[3], ticketId, count, announce)
    counted = counted + 1
  end
end
return counted
