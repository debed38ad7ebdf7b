-- Headless Neovim (0.7 API) as a third-party trainerd client. Driven by tests/editors/test_neovim.py:
-- TRAINERD_NVIM_ROOT (the project), TRAINERD_NVIM_OUT (the JSON result), TRAINERD_PYTHON.
-- Every wait is bounded; whatever happens, the result file is written and Neovim quits.
local root = assert(os.getenv('TRAINERD_NVIM_ROOT'), 'TRAINERD_NVIM_ROOT')
local out_path = assert(os.getenv('TRAINERD_NVIM_OUT'), 'TRAINERD_NVIM_OUT')
local python = os.getenv('TRAINERD_PYTHON') or 'python3'
local crash_command = os.getenv('TRAINERD_NVIM_CRASH_COMMAND')
local crash_file = os.getenv('TRAINERD_NVIM_CRASH_FILE')

local result = { steps = {}, run_states = {}, messages = {} }

local function step(name) table.insert(result.steps, name) end

local function write_result()
  local fh = assert(io.open(out_path, 'w'))
  fh:write(vim.fn.json_encode(result))
  fh:close()
end

local function wait(ms, predicate, what)
  if not vim.wait(ms, predicate, 50) then error('timed out waiting for ' .. what, 0) end
end

-- a synchronous request with a bounded wait (client.request's callback runs inside vim.wait)
local function request(client, method, params, bufnr, ms)
  local done, err, res = false, nil, nil
  client.request(method, params, function(e, r) done, err, res = true, e, r end, bufnr)
  wait(ms or 30000, function() return done end, method)
  if err then error(method .. ': ' .. (err.message or vim.inspect(err)), 0) end
  return res
end

local function scenario()
  local handlers = {
    ['trainer/runUpdated'] = function(_, params)
      table.insert(result.run_states, params.state)
    end,
    ['trainer/sessionEvent'] = function(_, params)
      result.session_events = result.session_events or {}
      table.insert(result.session_events, { session = params.session, kind = params.kind })
    end,
    ['window/showMessage'] = function(_, params)
      table.insert(result.messages, params.message)
    end,
  }
  local client_id = vim.lsp.start_client({
    name = 'trainerd',
    cmd = { python, '-m', 'trainerd', 'serve' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'project' } },
    init_options = { trainer = { model = 'replay:' .. root .. '/replay-fix.json', iterations = 2 } },
    handlers = handlers,
  })
  assert(client_id, 'start_client failed')
  local client = vim.lsp.get_client_by_id(client_id)
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/stats.py'))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)
  wait(60000, function() return client.server_capabilities ~= nil end, 'initialize')
  result.commands = client.server_capabilities.executeCommandProvider.commands
  step('initialized')

  -- code lenses on the Trace example (resolved where the server left the command out)
  wait(30000, function()
    vim.lsp.codelens.refresh()
    vim.wait(500, function()
      local lenses = vim.lsp.codelens.get(bufnr)
      return #lenses > 0
    end, 50)
    local lenses = vim.lsp.codelens.get(bufnr)
    if #lenses == 0 then return false end
    for _, lens in ipairs(lenses) do
      if not lens.command then return false end
    end
    return true
  end, 'code lenses')
  result.lenses = {}
  local optimize_lens
  for _, lens in ipairs(vim.lsp.codelens.get(bufnr)) do
    table.insert(result.lenses, { title = lens.command.title, command = lens.command.command, line = lens.range.start.line })
    if lens.command.command == 'trainer.optimize' then optimize_lens = lens end
  end
  assert(optimize_lens, 'no trainer.optimize lens')
  step('lenses')

  -- the lens first reports the missing review as a diagnostic; its code action writes the review
  local blocked = request(client, 'workspace/executeCommand', optimize_lens.command, bufnr)
  result.first_state = blocked.state
  wait(30000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'review_missing' then return true end
    end
    return false
  end, 'the review_missing diagnostic')
  local lsp_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, optimize_lens.range.start.line)
  local actions = request(client, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = optimize_lens.range,
    context = { diagnostics = lsp_diagnostics },
  }, bufnr)
  local review_action
  for _, action in ipairs(actions or {}) do
    if action.title == 'Create engineering review' then review_action = action end
  end
  assert(review_action, 'no "Create engineering review" code action')
  request(client, 'workspace/executeCommand', review_action.command, bufnr)
  step('review')

  -- trainer.optimize through workspace/executeCommand: the replay model's fix lands in the buffer
  local before = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  local started = request(client, 'workspace/executeCommand', optimize_lens.command, bufnr)
  result.run_id = started.runId
  wait(240000, function()
    local last = result.run_states[#result.run_states]
    return last == 'written_back' or last == 'failed' or last == 'conflict' or last == 'done'
  end, 'the end of the run')
  local after = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
  result.buffer_changed = before ~= after
  result.buffer = after
  result.buffer_modified = vim.api.nvim_buf_get_option(bufnr, 'modified')
  step('optimized')

  -- a crashing training session: its traceback becomes a diagnostic in the user's file
  if crash_command and crash_file then
    vim.cmd('edit ' .. vim.fn.fnameescape(crash_file))
    local crash_buf = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(crash_buf, client_id)
    local launched = request(client, 'trainer/launchTraining', { command = crash_command, cwd = root }, crash_buf)
    result.crash_session = launched.session.name
    local ok = vim.wait(60000, function() return #vim.diagnostic.get(crash_buf) > 0 end, 100)
    result.crash_diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(crash_buf)) do
      table.insert(result.crash_diagnostics, { line = d.lnum, message = d.message, severity = d.severity, source = d.source })
    end
    result.crash_waited = ok
    step('crash')
  end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
  step('stopped')
end

local ok, err = pcall(scenario)
if not ok then result.error = tostring(err) end
write_result()
vim.cmd('qa!')
