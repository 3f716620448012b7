--[[
  Splits a comma-separated list (officer tenant codes) into a table.
]]
local function splitCsv(text)
  local items = {}
  if text then
    for item in string.gmatch(text, "[^,]+") do
      items[#items + 1] = item
    end
  end
  return items
end
