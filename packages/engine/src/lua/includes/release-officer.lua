--[[
  Frees the officer a ticket was offered to, or in a call with, when the ticket leaves them.
  From an offer they are ready again with the idle time they had (I6); from a call they go to
  wrap-up for the given time, or straight to ready when it is zero. A call's ticket stays named
  as the officer's last ticket, whose wrap-up they may record (record-wrap-up-4.lua).
  Needs: split-csv, officer-presence, deadlines, record-event.
]]
local function releaseOfficer(prefix, deadlinesKey, historyKey, channel, options)
  local officerKey = prefix .. ":officer:" .. options.officerId
  local officer = rcall("HMGET", officerKey, "ticket", "tenants", "idleSince")
  if officer[1] ~= options.ticketId then
    return
  end
  local tenants = splitCsv(officer[2])
  local status = "ready"
  local idleSince = options.now
  if options.from == "offered" then
    idleSince = officer[3]
    markOfficerReady(prefix, options.officerId, tenants, idleSince)
  elseif options.wrapUpMs > 0 then
    status = "wrap_up"
    setDeadline(deadlinesKey, "wrap-up", options.officerId, tonumber(options.now) + options.wrapUpMs)
  else
    markOfficerReady(prefix, options.officerId, tenants, idleSince)
  end
  rcall("HSET", officerKey, "status", status, "ticket", "", "updatedAt", options.now)
  if options.from == "in_call" then
    rcall("HSET", officerKey, "lastTicket", options.ticketId)
  end
  recordEvent(prefix, historyKey, channel, { "type", "officer", "id", options.officerId, "status", status,
    "ticket", options.ticketId, "tenants", officer[2], "idleSince", idleSince, "at", options.now })
end
