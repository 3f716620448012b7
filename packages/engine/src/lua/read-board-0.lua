--[[
  Reads the supervisor's board of many tenants in one round trip: per tenant, waiting by class,
  the arrival of the longest-waiting ticket, the day's figures and its 90th-percentile wait, the
  priority claims rejected, the intake pause, the calls in progress and its officers by status.
  Read only. The number of keys varies with the tenants and officers, so they come in ARGV, each
  built by keys.ts; only the line heads' ticket hashes are built here from the prefix.
  Input:
    ARGV[1] key prefix
    ARGV[2] lowest queue priority of a regular ticket
    ARGV[3] number of tenants
    then per tenant: line, day figures, day waits, priority claims of the day, intake pause,
      calls in progress, number of officers, then each officer's hash
  Output:
    per tenant { priority waiting, regular waiting, oldest createdAt or "", day figures (flat
      hash), waits counted, 90th-percentile wait (ms) or "", claims rejected, intake pause or "",
      calls in progress, { ready, offered, in_call, wrap_up, away, offline } }
]]
local rcall = redis.call
local prefix = ARGV[1]
local band = tonumber(ARGV[2])
local belowBand = "(" .. ARGV[2]
local stateIndex = { ready = 1, offered = 2, in_call = 3, wrap_up = 4, away = 5, offline = 6 }

local result = {}
local i = 4
for _ = 1, tonumber(ARGV[3]) do
  local line, figures, waits, claims, pause, calls = ARGV[i], ARGV[i + 1], ARGV[i + 2], ARGV[i + 3], ARGV[i + 4],
    ARGV[i + 5]
  local officerCount = tonumber(ARGV[i + 6])
  i = i + 7

  -- Within a class the line is in arrival order, so the longest wait is at one of the two heads.
  local oldest = false
  local heads = { rcall("ZRANGE", line, "-inf", belowBand, "BYSCORE", "LIMIT", 0, 1),
    rcall("ZRANGE", line, band, "+inf", "BYSCORE", "LIMIT", 0, 1) }
  for _, head in ipairs(heads) do
    if head[1] then
      local createdAt = tonumber(rcall("HGET", prefix .. ":ticket:" .. head[1], "createdAt"))
      if createdAt and (not oldest or createdAt < oldest) then
        oldest = createdAt
      end
    end
  end

  -- The 90th percentile by nearest rank, as day-figures.ts `p90RankOf` counts it.
  local waitCount = rcall("ZCARD", waits)
  local p90 = ""
  if waitCount > 0 then
    local rank = math.floor((9 * waitCount + 9) / 10) - 1
    p90 = rcall("ZRANGE", waits, rank, rank, "WITHSCORES")[2]
  end

  local officers = { 0, 0, 0, 0, 0, 0 }
  for j = 0, officerCount - 1 do
    local status = rcall("HGET", ARGV[i + j], "status")
    local index = stateIndex[status or "offline"] or 6
    officers[index] = officers[index] + 1
  end
  i = i + officerCount

  table.insert(result, {
    rcall("ZCOUNT", line, "-inf", belowBand),
    rcall("ZCOUNT", line, band, "+inf"),
    oldest and tostring(oldest) or "",
    rcall("HGETALL", figures),
    waitCount,
    p90,
    rcall("HGET", claims, "rejected") or "0",
    rcall("GET", pause) or "",
    rcall("SCARD", calls),
    officers,
  })
end
return result
