--[[
  A ticket's live connections: the ticket's own count, and each process's share of it in that
  process's hash (so that a dead process's share can be taken off). Needs the "deadlines" include.
]]

-- Counts connections a process holds on a ticket; a running grace period stops. Returns the count.
local function addConnections(processConnectionsKey, ticketKey, deadlinesKey, ticketId, count)
  rcall("HINCRBY", processConnectionsKey, ticketId, count)
  clearDeadline(deadlinesKey, "grace", ticketId)
  return rcall("HINCRBY", ticketKey, "connections", count)
end

-- Takes connections off a ticket's count; when none is left while the ticket is waiting or
-- offered, its grace deadline starts (I7). Returns the connections left.
local function dropConnections(ticketKey, deadlinesKey, historyKey, ticketId, status, count, graceDue, now)
  local connections = rcall("HINCRBY", ticketKey, "connections", -count)
  if connections < 0 then
    connections = 0
    rcall("HSET", ticketKey, "connections", 0)
  end
  if connections == 0 and (status == "waiting" or status == "offered") then
    setDeadline(deadlinesKey, "grace", ticketId, graceDue)
    rcall("XADD", historyKey, "*", "type", "presence", "id", ticketId, "status", "away", "at", now)
  end
  return connections
end
