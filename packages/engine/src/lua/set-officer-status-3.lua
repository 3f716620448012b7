--[[
  Sets the status an officer chooses: ready, away or offline (also to cut a wrap-up short).
  Offers and calls are left only through accept, decline, end and their timeouts.
  Input:
    KEYS[1] officer hash
    KEYS[2] deadlines
    KEYS[3] history stream
    ARGV[1] officer id
    ARGV[2] status: ready | away | offline
    ARGV[3] now (ms)
    ARGV[4] tenant codes, comma-separated (from the officer directory)
    ARGV[5] key prefix
    ARGV[6] plaza channel
  Output:
    1 changed, 0 already so
    -6 officer busy with an offer or a call
]]
local rcall = redis.call
--- @include "split-csv"
--- @include "officer-presence"
--- @include "deadlines"
--- @include "record-event"

local current = rcall("HGET", KEYS[1], "status") or "offline"
if current == "offered" or current == "in_call" then
  return -6
end
if current == ARGV[2] then
  return 0
end

clearDeadline(KEYS[2], "wrap-up", ARGV[1])
local tenants = splitCsv(ARGV[4])
if ARGV[2] == "ready" then
  markOfficerReady(ARGV[5], ARGV[1], tenants, ARGV[3])
else
  markOfficerUnready(ARGV[5], ARGV[1], tenants, ARGV[2] == "offline")
end
rcall("HSET", KEYS[1], "id", ARGV[1], "tenants", ARGV[4], "status", ARGV[2], "ticket", "",
  "updatedAt", ARGV[3])

recordEvent(ARGV[5], KEYS[3], ARGV[6], { "type", "officer", "id", ARGV[1], "status", ARGV[2],
  "from", current, "tenants", ARGV[4], "idleSince", ARGV[3], "at", ARGV[3] })
return 1
