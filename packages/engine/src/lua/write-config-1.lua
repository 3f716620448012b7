--[[
  Replaces one part of the plaza's configuration if nobody changed it since the writer read it
  (compare-and-set on the part's version), counts the version up and tells every process.
  Input:
    KEYS[1] config hash
    ARGV[1] part: catalogue | accounts
    ARGV[2] expected version (the one the writer read)
    ARGV[3] the new document (JSON, validated by the caller)
    ARGV[4] config channel
  Output:
    { 1, new version } written
    { 0, current version } refused: the version moved on
]]
local rcall = redis.call
local part = ARGV[1]
local versionField = part .. "-version"
local current = tonumber(rcall("HGET", KEYS[1], versionField) or "0")
if current ~= tonumber(ARGV[2]) then
  return { 0, current }
end
local version = current + 1
rcall("HSET", KEYS[1], part, ARGV[3], versionField, version)
rcall("PUBLISH", ARGV[4], part .. ":" .. version)
return { 1, version }
