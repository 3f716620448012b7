--[[
  A newer view of an officer that is no transition (see record-event): their revision is counted
  up and the change announced on the plaza channel, so every console they have open reads it.
]]
local function announceOfficer(officerKey, officerId, status, channel, now)
  rcall("HINCRBY", officerKey, "revision", 1)
  rcall("PUBLISH", channel, cjson.encode({ type = "officer", id = officerId, status = status, at = now }))
end
