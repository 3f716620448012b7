--[[
  Wrap-up is over: the officer is ready again, idle from now. A stale deadline (the officer
  already chose another status) is just dropped.
  Input:
    KEYS[1] officer hash
    KEYS[2] deadlines
    KEYS[3] history stream
    ARGV[1] officer id
    ARGV[2] now (ms)
    ARGV[3] key prefix
    ARGV[4] plaza channel
  Output:
    1 ready, 0 nothing to do
    -10 not due yet
]]
local rcall = redis.call
--- @include "split-csv"
--- @include "officer-presence"
--- @include "deadlines"
--- @include "record-event"

local due = rcall("ZSCORE", KEYS[2], "wrap-up:" .. ARGV[1])
if due and tonumber(due) > tonumber(ARGV[2]) then
  return -10
end
clearDeadline(KEYS[2], "wrap-up", ARGV[1])
local officer = rcall("HMGET", KEYS[1], "status", "tenants")
if officer[1] ~= "wrap_up" then
  return 0
end
markOfficerReady(ARGV[3], ARGV[1], splitCsv(officer[2]), ARGV[2])
rcall("HSET", KEYS[1], "status", "ready", "updatedAt", ARGV[2])
recordEvent(ARGV[3], KEYS[3], ARGV[4], { "type", "officer", "id", ARGV[1], "status", "ready",
  "tenants", officer[2], "reason", "wrap-up", "idleSince", ARGV[2], "at", ARGV[2] })
return 1
