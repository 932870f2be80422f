-- wrk script: every request asks a view the explorer has not drawn lately, so each one misses
-- its figure cache (512 drawings, oldest out first). The paths come from the file named by
-- $UNCACHED_PATHS, one a line; each of the $WRK_THREADS threads walks the list from its own
-- offset. (Environment, not `-- arguments`: Debian's wrk 4.1 hands the script its own options.)
local paths, counter = {}, 0

local threads = 0
function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

function init(args)
  for line in io.lines(os.getenv("UNCACHED_PATHS")) do paths[#paths + 1] = line end
  counter = math.floor((index or 0) * #paths / tonumber(os.getenv("WRK_THREADS") or "1"))
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
