--[[
  A process stopped beating (killed, or frozen past the timeout): the connections it held are
  gone, so they are taken off their tickets, and those left with none start their grace period.
  A process that beat meanwhile is left alone.
  Input:
    KEYS[1] process registry (process id -> last heartbeat)
    KEYS[2] that process's connections hash (ticket id -> count)
    KEYS[3] deadlines
    KEYS[4] history stream
    ARGV[1] process id
    ARGV[2] beats before this (ms) are stale
    ARGV[3] now (ms)
    ARGV[4] grace (ms) of a ticket that keeps none of its own
    ARGV[5] key prefix
    ARGV[6] plaza channel
  Output:
    tickets whose count changed, or -1 when the process is alive (or already reaped)
]]
local rcall = redis.call
--- @include "deadlines"
--- @include "announce-officer"
--- @include "citizen-connections"

local beat = rcall("ZSCORE", KEYS[1], ARGV[1])
if not beat or tonumber(beat) >= tonumber(ARGV[2]) then
  return -1
end
local held = rcall("HGETALL", KEYS[2])
local announce = { prefix = ARGV[5], channel = ARGV[6], now = ARGV[3] }
local changed = 0
for i = 1, #held, 2 do
  local ticketId = held[i]
  local ticketKey = ARGV[5] .. ":ticket:" .. ticketId
  local status = rcall("HGET", ticketKey, "status")
  if status then
    dropConnections(ticketKey, KEYS[3], KEYS[4], ticketId, status, tonumber(held[i + 1]), tonumber(ARGV[4]),
      tonumber(ARGV[3]), announce)
    changed = changed + 1
  end
end
rcall("DEL", KEYS[2])
rcall("ZREM", KEYS[1], ARGV[1])
return changed
