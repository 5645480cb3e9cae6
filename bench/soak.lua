-- wrk script for bench/soak: reads and writes mixed against a running `confed serve`.
--
--   wrk ... -s bench/soak.lua URL -- TOKEN PHASE ACK_PREFIX WRITE_PERCENT FIXED
--
-- Of WRITE_PERCENT in a hundred requests, half PUT a new person (soak-PHASE-tN-I, never written before) and half
-- replace one of FIXED persons that bench/soak creates first (soak-fixed-0 .. soak-fixed-(FIXED-1)), so the store
-- takes both inserts and updates. The rest are reads over the public routes, with days drawn at random.
--
-- Counted per thread, from the answers alone (wrk does not say which request an answer belongs to): status classes;
-- a 201 is a new person acknowledged, and its Location header names it (appended to ACK_PREFIX-tN.txt, one id a
-- line); a 200 whose body is a soak-fixed person is an acknowledged update (no read route below answers with one).
-- When the time is up wrk stops with a request in flight on each connection: sent, maybe carried out, never answered
-- (unanswered_at_end); a write among them may or may not be in the store, and bench/soak allows for that.
-- done() prints "name: value" lines for bench/soak to read.

local threads = {}
local next_thread = 0

function setup(thread)
  next_thread = next_thread + 1
  thread:set("tid", next_thread)
  table.insert(threads, thread)
end

local token, phase, write_percent, fixed
local ack_file
local counter = 0
-- globals, not locals: done() reads them from each thread with thread:get
reads_sent, inserts_sent, updates_sent = 0, 0, 0
c2xx, c3xx, c4xx, c5xx, cother = 0, 0, 0, 0, 0
inserts_acked, updates_acked = 0, 0
first_bad = ""
local put_headers

function init(args)
  token = args[1] or error("soak.lua: TOKEN missing")
  phase = args[2] or "run"
  local ack_prefix = args[3] or error("soak.lua: ACK_PREFIX missing")
  write_percent = tonumber(args[4] or "10")
  fixed = tonumber(args[5] or "20")
  math.randomseed(tid * 7919 + os.time())
  ack_file = assert(io.open(ack_prefix .. "-t" .. tid .. ".txt", "a"))
  ack_file:setvbuf("line")
  put_headers = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }
end

-- a day from START on, within SPAN days, as YYYY-MM-DD
local function day_from(start, span)
  return os.date("!%Y-%m-%d", start + math.random(0, span - 1) * 86400)
end
local any_from = os.time({ year = 2023, month = 1, day = 1, hour = 12 })
local term_from = os.time({ year = 2024, month = 7, day = 6, hour = 12 })
-- any day of 2023..2026 (memberships and plans answer for every day, empty before the charter)
local function day() return day_from(any_from, 4 * 365) end
-- a day some presidency term covers (2024-07-06 to 2026-12-22), so the presidency route answers 200
local function term_day() return day_from(term_from, 899) end

local words = { "sommet", "Niamey", "Bamako", "Ouagadougou", "d%C3%A9fense", "session", "ministres", "zzz-nothing" }
local persons = { "assimi-goita", "ibrahim-traore", "moussa-saloua-barmou" }

local function read_path()
  local r = math.random(100)
  if r <= 30 then
    return "/api/confederations/AES/presidency?at=" .. term_day()
  elseif r <= 50 then
    return "/api/confederations/AES/members?at=" .. day()
  elseif r <= 60 then
    return "/api/persons?limit=" .. math.random(1, 100)
  elseif r <= 70 then
    return "/api/meetings?confederation=AES&q=" .. words[math.random(#words)] .. "&limit=20"
  elseif r <= 78 then
    return "/api/persons/" .. persons[math.random(#persons)]
  elseif r <= 84 then
    return "/api/confederations/AES/presidencies"
  elseif r <= 88 then
    return "/api/confederations/AES/presidencies/forecast?count=" .. math.random(1, 10)
  elseif r <= 92 then
    return "/api/timeline?confederation=AES"
  elseif r <= 96 then
    return "/api/action-plans?confederation=AES&at=" .. day()
  else
    return "/api/health"
  end
end

function request()
  counter = counter + 1
  if math.random(100) <= write_percent then
    if math.random(2) == 1 then
      inserts_sent = inserts_sent + 1
      local id = string.format("soak-%s-t%d-%d", phase, tid, counter)
      return wrk.format("PUT", "/api/persons/" .. id, put_headers,
        string.format('{"name":"Personne %s %d","honorific":"Écrivain"}', phase, counter))
    else
      updates_sent = updates_sent + 1
      local id = "soak-fixed-" .. math.random(0, fixed - 1)
      return wrk.format("PUT", "/api/persons/" .. id, put_headers,
        string.format('{"name":"Fixe %s t%d n%d"}', phase, tid, counter))
    end
  end
  reads_sent = reads_sent + 1
  return wrk.format("GET", read_path())
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    c2xx = c2xx + 1
    if status == 201 then
      local location = headers["Location"] or headers["location"]
      if location then
        inserts_acked = inserts_acked + 1
        ack_file:write(string.match(location, "[^/]+$"), "\n")
      end
    elseif status == 200 and string.find(body, '^{"type":"person","id":"soak%-fixed%-') then
      updates_acked = updates_acked + 1
    end
  elseif status < 400 then
    c3xx = c3xx + 1
  elseif status < 500 then
    c4xx = c4xx + 1
  elseif status < 600 then
    c5xx = c5xx + 1
  else
    cother = cother + 1
  end
  if (status >= 300 or status < 200) and first_bad == "" then
    first_bad = status .. " " .. string.sub(string.gsub(body, "%s+", " "), 1, 300)
  end
end

local function ms(us)
  return string.format("%.2f", us / 1000)
end

function done(summary, latency, requests)
  local totals = { reads_sent = 0, inserts_sent = 0, updates_sent = 0, c2xx = 0, c3xx = 0, c4xx = 0, c5xx = 0,
    cother = 0, inserts_acked = 0, updates_acked = 0 }
  local bad = ""
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + (tonumber(thread:get(name)) or 0)
    end
    if bad == "" then bad = thread:get("first_bad") or "" end
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local lines = {
    { "requests", summary.requests },
    { "duration_s", string.format("%.1f", seconds) },
    { "requests_per_s", string.format("%.0f", summary.requests / seconds) },
    { "latency_p50_ms", ms(latency:percentile(50)) },
    { "latency_p99_ms", ms(latency:percentile(99)) },
    { "latency_max_ms", ms(latency.max) },
    { "reads_sent", totals.reads_sent },
    { "inserts_sent", totals.inserts_sent },
    { "updates_sent", totals.updates_sent },
    { "status_2xx", totals.c2xx },
    { "status_3xx", totals.c3xx },
    { "status_4xx", totals.c4xx },
    { "status_5xx", totals.c5xx },
    { "status_other", totals.cother },
    { "inserts_acked", totals.inserts_acked },
    { "updates_acked", totals.updates_acked },
    { "unanswered_at_end", totals.reads_sent + totals.inserts_sent + totals.updates_sent
        - (totals.c2xx + totals.c3xx + totals.c4xx + totals.c5xx + totals.cother) },
    { "socket_errors", e.connect + e.read + e.write + e.timeout },
    { "socket_errors_detail", string.format("connect %d, read %d, write %d, timeout %d", e.connect, e.read, e.write, e.timeout) },
    { "first_non_2xx", bad == "" and "none" or bad },
  }
  for _, line in ipairs(lines) do
    io.write(line[1], ": ", tostring(line[2]), "\n")
  end
end
