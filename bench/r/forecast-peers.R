# R's forecast package on the series and rolling origins of bench/forecast-peers.ts: at every
# origin, snaive, ets, auto.arima and thetaf (and ets and auto.arima on logs) are fitted to the data up to the origin (R's
# defaults: automatic model selection; the .log methods with lambda = 0) and forecast 1 to 12 months ahead
# with 80% and 95% intervals. Run by bench/forecast-peers.ts on a machine with Debian's
# r-cran-forecast (never in CI):
#
#   Rscript bench/r/forecast-peers.R SERIES.csv ORIGINS.csv OUT.csv [CORES]
#
# SERIES.csv: series,period,value (period YYYY-MM, months contiguous per series).
# ORIGINS.csv: series,origin (YYYY-MM, the last month of training data).
# OUT.csv: series,method,origin,h,mean,lo80,hi80,lo95,hi95 and, in OUT.csv.timing, the
# seconds each method took in all (summed over the processes).

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
  ets.log = function(y) forecast(ets(y, lambda = 0), h = H, level = LEVELS),
  auto.arima = function(y) forecast(auto.arima(y), h = H, level = LEVELS),
  auto.arima.log = function(y) forecast(auto.arima(y, lambda = 0), h = H, level = LEVELS),
  thetaf = function(y) thetaf(y, h = H, level = LEVELS)
)

task <- function(i) {
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
  list(rows = do.call(rbind, rows), timing = timing)
}

started <- proc.time()[["elapsed"]]
results <- mclapply(seq_len(nrow(origins)), task, mc.cores = cores)
failed <- vapply(results, function(r) inherits(r, "try-error"), logical(1))
if (any(failed)) stop(paste("tasks failed:", sum(failed)))
out <- do.call(rbind, lapply(results, `[[`, "rows"))
write.csv(out, out_file, row.names = FALSE)
timing <- Reduce(`+`, lapply(results, function(r) r$timing[names(methods)]))
write.csv(data.frame(method = names(methods), seconds = as.numeric(timing), wall = proc.time()[["elapsed"]] - started), paste0(out_file, ".timing"), row.names = FALSE)
cat(sprintf("R forecast %s: %d origins x %d methods in %.1f s wall on %d cores\n", packageVersion("forecast"), nrow(origins), length(methods), proc.time()[["elapsed"]] - started, cores))
