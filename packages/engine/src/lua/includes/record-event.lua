--[[
  Records a transition three times over, each in one stream: the plaza's history (its ids give
  one total order across processes), and the history of the ticket or officer it concerns. Then
  announces it on the plaza channel so every API process can push it to browsers.
  The hash of the ticket or officer gets its revision counted up: a view carries the revision it
  was read at, so a browser that gets an answer and a push in either order keeps the newer.
  Fields are name/value pairs and must begin with "type", <ticket|officer>, "id", <id>.
]]
local function recordEvent(prefix, historyKey, channel, fields)
  rcall("HINCRBY", prefix .. ":" .. fields[2] .. ":" .. fields[4], "revision", 1)
  rcall("XADD", historyKey, "*", unpack(fields))
  rcall("XADD", prefix .. ":" .. fields[2] .. ":" .. fields[4] .. ":history", "MAXLEN", "~", 10000, "*",
    unpack(fields))
  local message = {}
  for i = 1, #fields, 2 do
    message[fields[i]] = fields[i + 1]
  end
  rcall("PUBLISH", channel, cjson.encode(message))
end
