--[[
  Writes the seed configuration of a plaza that has none (the JSON files), part by part: a part
  already in Redis is kept, so two processes starting together seed once, and a plaza that has its
  configuration ignores the files.
  Input:
    KEYS[1] config hash
    ARGV[1] catalogue (JSON), or "" to leave the part unseeded
    ARGV[2] account directory (JSON), or "" to leave the part unseeded
  Output:
    { catalogue seeded (1/0), accounts seeded (1/0) }
]]
local rcall = redis.call
local seeded = { 0, 0 }
local parts = { "catalogue", "accounts" }
for i, part in ipairs(parts) do
  local document = ARGV[i]
  if document ~= "" and rcall("HEXISTS", KEYS[1], part) == 0 then
    rcall("HSET", KEYS[1], part, document, part .. "-version", 1)
    seeded[i] = 1
  end
end
return seeded
