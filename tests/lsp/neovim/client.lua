-- Neovim (0.7.2, Debian) as the client of `planlint lsp`, run headless by run.py:
--
--   nvim --headless --clean -c "luafile client.lua" WORKSPACE/editor.plan
--
-- with PLANLINT (the executable) and RESULT (a JSON file to write) in the environment. It
-- starts the server with Neovim's own LSP client, offers UTF-8 positions, waits for the
-- diagnostics, asks for hover, completion and a code action, applies the code action's edit
-- to the buffer, waits for the diagnostics of the new version, writes the buffer and stops
-- the server. Every check is recorded in RESULT; run.py asserts on it. Neovim quits in every
-- case (also after a Lua error), so run.py's timeout is only a backstop.

local result = { checks = {}, failures = {}, log = {} }
local WAIT_MS = 10000

local function log(msg) table.insert(result.log, msg) end

local function check(name, ok, detail)
  table.insert(result.checks, name)
  if not ok then table.insert(result.failures, name .. (detail and (": " .. detail) or "")) end
  return ok
end

local function finish()
  local f = io.open(os.getenv("RESULT"), "w")
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qall!")
end

local function line_of(buf, prefix)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if l:sub(1, #prefix) == prefix then return i - 1 end
  end
  error("no line starts with " .. prefix)
end

local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, WAIT_MS)
  if not responses then error(method .. ": no answer (" .. tostring(err) .. ")") end
  for _, r in pairs(responses) do
    if r.error then error(method .. ": error " .. vim.inspect(r.error)) end
    return r.result
  end
  error(method .. ": no answer from the client")
end

local function has_code(diagnostics, code)
  for _, d in ipairs(diagnostics) do
    if d.code == code then return d end
  end
  return nil
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)
  local published = {}  -- every publishDiagnostics for our document: {version, diagnostics}
  local exited = nil

  local capabilities = vim.lsp.protocol.make_client_capabilities()
  capabilities.general = { positionEncodings = { "utf-8", "utf-16" } }

  local client_id = vim.lsp.start_client({
    name = "planlint",
    cmd = { os.getenv("PLANLINT"), "lsp" },
    root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(buf), ":h"),
    capabilities = capabilities,
    on_init = function(client, init_result)
      -- Neovim 0.7 does not read positionEncoding itself: use what the server chose.
      client.offset_encoding = init_result.capabilities.positionEncoding
      result.position_encoding = init_result.capabilities.positionEncoding
    end,
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
    handlers = {
      ["textDocument/publishDiagnostics"] = function(err, params, ctx, config)
        if params.uri == uri then table.insert(published, { version = params.version, diagnostics = params.diagnostics }) end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      end,
    },
  })
  if not check("the client starts", client_id ~= nil) then return end
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- 1. Diagnostics after opening, shown by Neovim's diagnostic module.
  check("diagnostics arrive", (vim.wait(WAIT_MS, function() return #vim.diagnostic.get(buf) > 0 end, 20)))
  check("UTF-8 positions negotiated", result.position_encoding == "utf-8", tostring(result.position_encoding))
  local last = published[#published]
  if not check("a publishDiagnostics for the document", last ~= nil) then return end
  local law = has_code(last.diagnostics, "PL203")
  if not check("PL203 on the law reference", law ~= nil) then return end
  local law_line = line_of(buf, "Lovgrundlag:")
  -- »SEL § 140« after »Lovgrundlag: «: 13 to 23 in UTF-8 bytes (§ is two bytes; 22 in UTF-16).
  check("PL203's range in UTF-8", law.range.start.line == law_line and law.range.start.character == 13
    and law.range["end"].character == 23, vim.inspect(law.range))
  check("source and codeDescription", law.source == "planlint" and law.codeDescription ~= nil
    and law.codeDescription.href:find("outdated%-law%-reference") ~= nil, vim.inspect(law.codeDescription))
  local shown = false
  for _, d in ipairs(vim.diagnostic.get(buf)) do shown = shown or d.code == "PL203" end
  check("Neovim shows PL203", shown)

  -- 2. Hover: the SMARTE card on a goal heading, weekday and distance on a date.
  local goal_line = line_of(buf, "## Mål 1:")
  local hover = request(buf, "textDocument/hover", { textDocument = { uri = uri }, position = { line = goal_line, character = 4 } })
  local card = hover and hover.contents and (hover.contents.value or hover.contents) or ""
  result.hover_goal = card
  check("hover on a goal heading: SMARTE card", type(card) == "string" and card:find("Mål 1: Ida falder i søvn", 1, true) ~= nil
    and card:find("SMARTE", 1, true) ~= nil
    and card:find("Evaluering overskredet: **04-08-2026** (tirsdag, for 6 dage siden)", 1, true) ~= nil, vim.inspect(card))
  local start_line = line_of(buf, "Start: 02-02-2026")
  hover = request(buf, "textDocument/hover", { textDocument = { uri = uri }, position = { line = start_line, character = 9 } })
  local date = hover and hover.contents and (hover.contents.value or hover.contents) or ""
  result.hover_date = date
  check("hover on a date: weekday and distance", type(date) == "string" and date:find("mandag", 1, true) ~= nil
    and date:find("for 189 dage siden", 1, true) ~= nil, vim.inspect(date))

  -- 3. Completion of Tema's values after »Tema: «.
  local tema_line = line_of(buf, "Tema: sundhed")
  local completion = request(buf, "textDocument/completion", { textDocument = { uri = uri }, position = { line = tema_line, character = 6 } })
  local items = completion and (completion.items or completion) or {}
  local labels = {}
  for _, item in ipairs(items) do labels[item.label] = item end
  result.completion_labels = vim.tbl_keys(labels)
  check("completion: Tema's values", labels["fritid"] ~= nil and labels["sundhed og trivsel"] ~= nil, vim.inspect(result.completion_labels))

  -- 4. The code action of PL203, applied to the buffer with the negotiated encoding.
  local actions = request(buf, "textDocument/codeAction", {
    textDocument = { uri = uri }, range = law.range, context = { diagnostics = { law } },
  }) or {}
  local fix = nil
  for _, a in ipairs(actions) do
    if a.kind == "quickfix" and a.title:find("Barnets lov § 91", 1, true) then fix = a end
  end
  result.code_action_titles = vim.tbl_map(function(a) return a.title end, actions)
  if not check("a quickfix for PL203", fix ~= nil and fix.edit ~= nil, vim.inspect(result.code_action_titles)) then return end
  local before = #published
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
  local edited = vim.api.nvim_buf_get_lines(buf, law_line, law_line + 1, false)[1]
  check("the edit changed the line", edited == "Lovgrundlag: Barnets lov § 91", edited)

  -- 5. Neovim sends the change; the server publishes diagnostics for the new version.
  local version = vim.lsp.util.buf_versions[buf]
  local updated = vim.wait(WAIT_MS, function()
    return #published > before and published[#published].version == version
  end, 20)
  if check("diagnostics for the edited version " .. tostring(version), updated) then
    local now = published[#published].diagnostics
    check("PL203 is gone after the fix", has_code(now, "PL203") == nil)
    check("the other findings stay", has_code(now, "PL111") ~= nil and #now == #last.diagnostics - 1,
      tostring(#now) .. " now, " .. tostring(#last.diagnostics) .. " before")
  end
  vim.wait(WAIT_MS, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do if d.code == "PL203" then return false end end
    return true
  end, 20)
  local still = false
  for _, d in ipairs(vim.diagnostic.get(buf)) do still = still or d.code == "PL203" end
  check("Neovim no longer shows PL203", not still)
  vim.cmd("write")

  -- 6. Stop: shutdown and exit; the server exits with 0.
  vim.lsp.stop_client(client_id)
  check("the server exits", (vim.wait(WAIT_MS, function() return exited ~= nil end, 20)))
  result.exit = exited
  check("exit code 0 after shutdown/exit", exited ~= nil and exited.code == 0 and exited.signal == 0, vim.inspect(exited))
end

local ok, err = pcall(run)
if not ok then check("no Lua error", false, tostring(err)) end
finish()
