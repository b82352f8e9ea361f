# R's forecast package on the series and rolling origins of bench/forecast-peers.ts: at every
# origin, snaive, ets, auto.arima and thetaf (and auto.arima on logs) are fitted to the data up to the origin (R's
# defaults: automatic model selection; the .log methods with lambda = 0) and forecast 1 to 12 months ahead
# with 80% and 95% intervals. Run by bench/forecast-peers.ts on a machine with Debian's
# r-cran-forecast (never in CI):
#
#   Rscript bench/r/forecast-peers.R SERIES.csv ORIGINS.csv OUT.csv [CORES]
#
# SERIES.csv: series,period,value (period YYYY-MM, months contiguous per series).
# ORIGINS.csv: series,origin (YYYY-MM, the last month of training data).
# OUT.csv: series,method,origin,h,mean,lo80,hi80,lo95,hi95 and, in OUT.csv.timing, the
# seconds each method took in all (summed over the processes); OUT.csv.d/ the tasks' parts.

suppressMessages(library(forecast))
library(parallel)

args <- commandArgs(trailingOnly = TRUE)
series_file <- args[1]
origins_file <- args[2]
out_file <- args[3]
cores <- if (length(args) >= 4) as.integer(args[4]) else 2L
H <- 12
LEVELS <- c(80, 95)

data <- read.csv(series_file, stringsAsFactors = FALSE)
origins <- read.csv(origins_file, stringsAsFactors = FALSE)
month_index <- function(p) as.integer(substr(p, 1, 4)) * 12 + as.integer(substr(p, 6, 7)) - 1

methods <- list(
  snaive = function(y) snaive(y, h = H, level = LEVELS),
  ets = function(y) forecast(ets(y), h = H, level = LEVELS),
  auto.arima = function(y) forecast(auto.arima(y), h = H, level = LEVELS),
  auto.arima.log = function(y) forecast(auto.arima(y, lambda = 0), h = H, level = LEVELS),
  thetaf = function(y) thetaf(y, h = H, level = LEVELS)
)

# Each task writes its rows to OUT.csv.d/<i>.csv as soon as it is done, so that a run cut
# short leaves the tasks it finished (the bench scores R on those) and a rerun skips them.
parts <- paste0(out_file, ".d")
dir.create(parts, showWarnings = FALSE)

task <- function(i) {
  part <- file.path(parts, sprintf("%05d.csv", i))
  if (file.exists(part)) return(NULL)
  o <- origins[i, ]
  d <- data[data$series == o$series, ]
  d <- d[order(d$period), ]
  first <- d$period[1]
  n <- month_index(o$origin) - month_index(first) + 1
  y <- ts(d$value[seq_len(n)], frequency = 12, start = c(as.integer(substr(first, 1, 4)), as.integer(substr(first, 6, 7))))
  rows <- list()
  timing <- c()
  for (m in names(methods)) {
    t0 <- proc.time()[["elapsed"]]
    fc <- tryCatch(methods[[m]](y), error = function(e) NULL)
    timing[m] <- proc.time()[["elapsed"]] - t0
    if (is.null(fc)) next
    rows[[m]] <- data.frame(
      series = o$series, method = m, origin = o$origin, h = seq_len(H),
      mean = as.numeric(fc$mean),
      lo80 = as.numeric(fc$lower[, 1]), hi80 = as.numeric(fc$upper[, 1]),
      lo95 = as.numeric(fc$lower[, 2]), hi95 = as.numeric(fc$upper[, 2])
    )
  }
  write.csv(do.call(rbind, rows), paste0(part, ".tmp"), row.names = FALSE)
  file.rename(paste0(part, ".tmp"), part)
  write.csv(data.frame(method = names(timing), seconds = as.numeric(timing)), paste0(part, ".timing"), row.names = FALSE)
  NULL
}

started <- proc.time()[["elapsed"]]
# Tasks in the order of ORIGINS.csv (the bench lists the main series first), handed out one at a time.
invisible(mclapply(seq_len(nrow(origins)), task, mc.cores = cores, mc.preschedule = FALSE))
files <- list.files(parts, pattern = "^[0-9]+[.]csv$", full.names = TRUE)
if (length(files) < nrow(origins)) stop(paste("tasks not finished:", nrow(origins) - length(files)))
out <- do.call(rbind, lapply(files, read.csv, stringsAsFactors = FALSE))
write.csv(out, out_file, row.names = FALSE)
timings <- do.call(rbind, lapply(paste0(files, ".timing"), read.csv, stringsAsFactors = FALSE))
timing <- tapply(timings$seconds, timings$method, sum)[names(methods)]
write.csv(data.frame(method = names(methods), seconds = as.numeric(timing), wall = proc.time()[["elapsed"]] - started), paste0(out_file, ".timing"), row.names = FALSE)
cat(sprintf("R forecast %s: %d origins x %d methods in %.1f s wall on %d cores\n", packageVersion("forecast"), nrow(origins), length(methods), proc.time()[["elapsed"]] - started, cores))
