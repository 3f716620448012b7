--[[
  Sets the officer's own settings, in any status. Not a transition, so nothing is written to the
  history; the change is announced, so every console the officer has open shows it.
  Input:
    KEYS[1] officer hash
    ARGV[1] officer id
    ARGV[2] auto-accept offers: 1 | 0
    ARGV[3] now (ms)
    ARGV[4] plaza channel
  Output:
    1
]]
local rcall = redis.call

--- @include "announce-officer"

rcall("HSET", KEYS[1], "autoAccept", ARGV[2])
-- A changed setting is a newer view of the officer.
announceOfficer(KEYS[1], ARGV[1], rcall("HGET", KEYS[1], "status") or "offline", ARGV[4], ARGV[3])
return 1
