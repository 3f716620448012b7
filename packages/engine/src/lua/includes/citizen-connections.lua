--[[
  A ticket's live connections: the ticket's own count, and each process's share of it in that
  process's hash (so that a dead process's share can be taken off). Needs the "deadlines" and
  "announce-officer" includes.
  `announce` is { prefix, channel, now }: when a ticket on offer gains its first connection or
  loses its last, the officer it is offered to gets a newer view (their offer says whether the
  citizen is there).
]]

local function announcePresence(announce, ticketKey)
  local ticket = rcall("HMGET", ticketKey, "status", "officer")
  if ticket[1] ~= "offered" or not ticket[2] or ticket[2] == "" then
    return
  end
  local officerKey = announce.prefix .. ":officer:" .. ticket[2]
  announceOfficer(officerKey, ticket[2], rcall("HGET", officerKey, "status") or "offline", announce.channel,
    announce.now)
end

-- Counts connections a process holds on a ticket; a running grace period stops. Returns the count.
local function addConnections(processConnectionsKey, ticketKey, deadlinesKey, ticketId, count, announce)
  rcall("HINCRBY", processConnectionsKey, ticketId, count)
  clearDeadline(deadlinesKey, "grace", ticketId)
  local connections = rcall("HINCRBY", ticketKey, "connections", count)
  if connections == count then
    announcePresence(announce, ticketKey)
  end
  return connections
end

-- Takes connections off a ticket's count; when none is left while the ticket is waiting or
-- offered, its grace deadline starts (I7), as long as the ticket's tenant gives (kept on the
-- ticket; defaultGraceMs for a ticket taken before tickets kept it). Returns the connections left.
local function dropConnections(ticketKey, deadlinesKey, historyKey, ticketId, status, count, defaultGraceMs, now,
    announce)
  local connections = rcall("HINCRBY", ticketKey, "connections", -count)
  if connections < 0 then
    connections = 0
    rcall("HSET", ticketKey, "connections", 0)
  end
  if connections == 0 and connections + count > 0 then
    announcePresence(announce, ticketKey)
  end
  if connections == 0 and (status == "waiting" or status == "offered") then
    local graceMs = tonumber(rcall("HGET", ticketKey, "graceMs") or "") or defaultGraceMs
    setDeadline(deadlinesKey, "grace", ticketId, now + graceMs)
    rcall("XADD", historyKey, "*", "type", "presence", "id", ticketId, "status", "away", "at", now)
  end
  return connections
end
