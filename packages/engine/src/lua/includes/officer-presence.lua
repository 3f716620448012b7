--[[
  Puts an officer into, or takes them out of, the ready sets of their tenants.
  The ready set's score is the time the officer became idle: the lowest score has waited
  longest and gets the next ticket (I6). The on-duty set counts officers for wait estimates.
]]
local function markOfficerReady(prefix, officerId, tenants, idleSince)
  for _, tenant in ipairs(tenants) do
    rcall("ZADD", prefix .. ":tenant:" .. tenant .. ":ready", idleSince, officerId)
    rcall("SADD", prefix .. ":tenant:" .. tenant .. ":on-duty", officerId)
  end
end

local function markOfficerUnready(prefix, officerId, tenants, offDuty)
  for _, tenant in ipairs(tenants) do
    rcall("ZREM", prefix .. ":tenant:" .. tenant .. ":ready", officerId)
    if offDuty then
      rcall("SREM", prefix .. ":tenant:" .. tenant .. ":on-duty", officerId)
    end
  end
end
