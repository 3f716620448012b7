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
rcall("HSET", KEYS[1], "autoAccept", ARGV[2])
-- A changed setting is a newer view of the officer (see record-event).
rcall("HINCRBY", KEYS[1], "revision", 1)
local status = rcall("HGET", KEYS[1], "status") or "offline"
rcall("PUBLISH", ARGV[4], cjson.encode({ type = "officer", id = ARGV[1], status = status, at = ARGV[3] }))
return 1
