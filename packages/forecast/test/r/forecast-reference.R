# Reference forecasts from R's forecast package, stored as JSON fixtures for the TypeScript
# implementations of @corridor/forecast (packages/forecast/src/models). Run from the repository
# root (the fixtures' series are read from corridor's data mirror) on a machine
# with R and the Debian packages r-cran-forecast and r-cran-jsonlite (never in CI):
#
#   Rscript packages/forecast/test/r/forecast-reference.R [MIRROR_DIR]
#
# MIRROR_DIR defaults to $CORRIDOR_MIRROR, then ../shared/data. The script reads a few real
# monthly series from the data mirror (each with its provenance), fits snaive, ets (automatic
# and fixed forms), Arima (fixed orders), auto.arima and thetaf with h = 12 and 80%/95%
# intervals, and writes one JSON file per series to packages/forecast/test/fixtures/. Everything the
# TypeScript tests compare against is in those files, with full (15 significant digit) precision.

suppressMessages({
  library(forecast)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
mirror <- if (length(args) >= 1) args[1] else Sys.getenv("CORRIDOR_MIRROR", "../shared/data")
out_dir <- file.path("packages", "forecast", "test", "fixtures")
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)
H <- 12
LEVELS <- c(80, 95)

# ---------------------------------------------------------------------------------------------
# Series from the mirror

fy_months <- c("OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP")

# OHSS "CBP Encounters (USBP)" workbook, sheet "Monthly Count" (CSV export): Border Patrol
# encounters nationwide, by fiscal year and month ("01 October" ... "12 September").
ohss_monthly <- function(file, filter = NULL) {
  d <- read.csv(file.path(mirror, "us/ohss_cbp_encounters_usbp/sheets_csv", file), check.names = FALSE)
  if (!is.null(filter)) d <- d[d[[filter$column]] == filter$value, ]
  d$fm <- as.integer(substr(d$Month, 1, 2))
  d[order(d[["Fiscal Year"]], d$fm), ]
}

usbp_nationwide <- function() {
  d <- ohss_monthly("monthly_count.csv")
  d <- d[d[["Fiscal Year"]] >= 2000 & d[["Fiscal Year"]] <= 2019, ]
  stopifnot(nrow(d) == 240)
  list(
    id = "usbp-nationwide-fy2000-fy2019",
    title = "U.S. Border Patrol encounters nationwide, monthly, Oct 1999 - Sep 2019 (FY2000-FY2019)",
    provenance = paste(
      "DHS Office of Homeland Security Statistics, CBP Encounters (USBP) workbook",
      "'KHSM Encounters (USBP) fy25m11.xlsx', sheet 'Monthly Count' (mirror:",
      "us/ohss_cbp_encounters_usbp/sheets_csv/monthly_count.csv), rows FY2000 to FY2019; rounded to 10 by OHSS"
    ),
    start = "1999-10", values = as.numeric(d$Quantity)
  )
}

usbp_tucson <- function() {
  d <- ohss_monthly("monthly_sector.csv", list(column = "Sector", value = "Tucson, AZ"))
  d <- d[d[["Fiscal Year"]] >= 2010 & d[["Fiscal Year"]] <= 2019, ]
  stopifnot(nrow(d) == 120)
  list(
    id = "usbp-tucson-fy2010-fy2019",
    title = "U.S. Border Patrol encounters in the Tucson sector, monthly, Oct 2009 - Sep 2019 (FY2010-FY2019)",
    provenance = paste(
      "DHS Office of Homeland Security Statistics, CBP Encounters (USBP) workbook",
      "'KHSM Encounters (USBP) fy25m11.xlsx', sheet 'Monthly Sector' (mirror:",
      "us/ohss_cbp_encounters_usbp/sheets_csv/monthly_sector.csv), Sector 'Tucson, AZ', FY2010 to FY2019; rounded to 10 by OHSS"
    ),
    start = "2009-10", values = as.numeric(d$Quantity)
  )
}

usbp_san_diego <- function() {
  d <- ohss_monthly("monthly_sector.csv", list(column = "Sector", value = "San Diego, CA"))
  d <- d[d[["Fiscal Year"]] >= 2014 & d[["Fiscal Year"]] <= 2019, ]
  stopifnot(nrow(d) == 72)
  list(
    id = "usbp-san-diego-fy2014-fy2019",
    title = "U.S. Border Patrol encounters in the San Diego sector, monthly, Oct 2013 - Sep 2019 (FY2014-FY2019)",
    provenance = paste(
      "DHS Office of Homeland Security Statistics, CBP Encounters (USBP) workbook",
      "'KHSM Encounters (USBP) fy25m11.xlsx', sheet 'Monthly Sector' (mirror:",
      "us/ohss_cbp_encounters_usbp/sheets_csv/monthly_sector.csv), Sector 'San Diego, CA', FY2014 to FY2019; rounded to 10 by OHSS"
    ),
    start = "2013-10", values = as.numeric(d$Quantity)
  )
}

cbp_sw_total <- function() {
  d <- read.csv(file.path(mirror, "us/cbp_sw_land_border_encounters/sbo-encounters-fy22-fy25-aug.csv"),
                check.names = FALSE)
  fy <- as.integer(substr(d[["Fiscal Year"]], 1, 4))
  fm <- match(d[["Month (abbv)"]], fy_months)
  agg <- aggregate(d[["Encounter Count"]], list(fy = fy, fm = fm), sum)
  agg <- agg[order(agg$fy, agg$fm), ]
  stopifnot(nrow(agg) == 47)
  list(
    id = "cbp-sw-total-fy2022-fy2025aug",
    title = "Southwest land border encounters (USBP and OFO, Title 8 and Title 42), monthly, Oct 2021 - Aug 2025",
    provenance = paste(
      "U.S. Customs and Border Protection, Southwest Land Border Encounters CSV",
      "'sbo-encounters-fy22-fy25-aug.csv' (mirror: us/cbp_sw_land_border_encounters/),",
      "sum of 'Encounter Count' over component, demographic, citizenship, authority and encounter type",
      "by fiscal year and month; unrounded. Level shift: encounters collapse from Feb 2025."
    ),
    start = "2021-10", values = as.numeric(agg$x)
  )
}

# ---------------------------------------------------------------------------------------------
# Helpers

to_ts <- function(s) {
  start <- as.integer(strsplit(s$start, "-")[[1]])
  ts(s$values, start = c(start[1], start[2]), frequency = 12)
}

fc_json <- function(fc) {
  list(
    mean = as.numeric(fc$mean),
    lower80 = as.numeric(fc$lower[, 1]), upper80 = as.numeric(fc$upper[, 1]),
    lower95 = as.numeric(fc$lower[, 2]), upper95 = as.numeric(fc$upper[, 2])
  )
}

named <- function(x) as.list(x)

ets_json <- function(fit, request) {
  fc <- forecast(fit, h = H, level = LEVELS)
  c(
    list(
      request = request,
      method = fit$method,
      components = as.list(fit$components),
      par = named(fit$par),
      initstate = as.numeric(fit$initstate),
      laststate = as.numeric(fit$states[nrow(fit$states), ]),
      loglik = fit$loglik, aic = fit$aic, aicc = fit$aicc, bic = fit$bic,
      sigma2 = fit$sigma2, mse = fit$mse,
      fitted = as.numeric(fitted(fit))
    ),
    fc_json(fc)
  )
}

try_fit <- function(label, expr) {
  r <- tryCatch(expr, error = function(e) list(request = label, error = conditionMessage(e)))
  r
}

ets_forms <- list(
  list(form = "ANN", model = "ANN", damped = FALSE),
  list(form = "AAN", model = "AAN", damped = FALSE),
  list(form = "AAdN", model = "AAN", damped = TRUE),
  list(form = "ANA", model = "ANA", damped = FALSE),
  list(form = "AAA", model = "AAA", damped = FALSE),
  list(form = "AAdA", model = "AAA", damped = TRUE),
  list(form = "MNN", model = "MNN", damped = FALSE),
  list(form = "MAdN", model = "MAN", damped = TRUE),
  list(form = "MNA", model = "MNA", damped = FALSE),
  list(form = "MNM", model = "MNM", damped = FALSE),
  list(form = "MAM", model = "MAM", damped = FALSE),
  list(form = "MAdM", model = "MAM", damped = TRUE)
)

arima_json <- function(fit, request) {
  fc <- forecast(fit, h = H, level = LEVELS)
  c(
    list(
      request = request,
      method = forecast:::arima.string(fit, padding = FALSE),
      arma = as.integer(fit$arma),
      coef = named(fit$coef),
      sigma2 = fit$sigma2, loglik = fit$loglik, aic = fit$aic, aicc = fit$aicc, bic = fit$bic,
      fitted = as.numeric(fitted(fit))
    ),
    fc_json(fc)
  )
}

arima_orders <- list(
  list(label = "ARIMA(0,1,1)(0,1,1)[12]", order = c(0, 1, 1), seasonal = c(0, 1, 1), drift = FALSE, mean = FALSE),
  list(label = "ARIMA(1,0,0)(0,1,1)[12] with drift", order = c(1, 0, 0), seasonal = c(0, 1, 1), drift = TRUE, mean = FALSE),
  list(label = "ARIMA(1,0,1)(1,0,0)[12] with non-zero mean", order = c(1, 0, 1), seasonal = c(1, 0, 0), drift = FALSE, mean = TRUE),
  list(label = "ARIMA(2,1,0)", order = c(2, 1, 0), seasonal = c(0, 0, 0), drift = FALSE, mean = FALSE),
  list(label = "ARIMA(1,1,1) with drift", order = c(1, 1, 1), seasonal = c(0, 0, 0), drift = TRUE, mean = FALSE),
  list(label = "ARIMA(0,0,2)(1,1,0)[12] with drift", order = c(0, 0, 2), seasonal = c(1, 1, 0), drift = TRUE, mean = FALSE)
)

theta_json <- function(y) {
  fc <- thetaf(y, h = H, level = LEVELS)
  n <- length(y)
  m <- frequency(y)
  r <- as.numeric(acf(y, lag.max = m, plot = FALSE)$acf)[-1]
  stat <- sqrt((1 + 2 * sum(r[-m]^2)) / n)
  seasonal <- n > 2 * m && (abs(r[m]) / stat > qnorm(0.95))
  c(
    list(
      alpha = unname(fc$model$alpha), drift = unname(fc$model$drift), sigma2 = unname(fc$model$sigma),
      seasonal = seasonal, fitted = as.numeric(fc$fitted)
    ),
    fc_json(fc)
  )
}

diagnostics_json <- function(y) {
  k <- urca::ur.kpss(as.numeric(y), type = "mu", use.lag = trunc(3 * sqrt(length(y)) / 13))
  dec <- stats::decompose(y, type = "multiplicative")
  stlfit <- mstl(y)
  list(
    kpss_level_stat = k@teststat, kpss_lag = k@lag,
    ndiffs = ndiffs(y), nsdiffs = nsdiffs(y), seas_heuristic = forecast:::seas.heuristic(y),
    ndiffs_after_seasonal_diff = ndiffs(diff(y, lag = frequency(y))),
    stl_seasonal = as.numeric(stlfit[, "Seasonal12"]), stl_trend = as.numeric(stlfit[, "Trend"]),
    decompose_multiplicative_figure = as.numeric(dec$figure)
  )
}

reference <- function(s) {
  y <- to_ts(s)
  ly <- log(y)
  cat(s$id, "n =", length(y), "\n")
  out <- list(
    series = list(
      id = s$id, title = s$title, provenance = s$provenance, frequency = 12L, start = s$start,
      n = length(y), values = s$values
    ),
    generated = list(
      by = "packages/forecast/test/r/forecast-reference.R", r = R.version.string,
      forecast = as.character(packageVersion("forecast")), horizon = H, levels = LEVELS
    )
  )
  out$snaive <- fc_json(snaive(y, h = H, level = LEVELS))
  out$snaive_log <- fc_json(snaive(y, h = H, level = LEVELS, lambda = 0))

  out$ets_auto <- ets_json(ets(y), "ZZZ")
  out$ets_auto_log <- ets_json(ets(y, lambda = 0), "ZZZ, lambda = 0")
  out$ets_forms <- lapply(ets_forms, function(f) {
    try_fit(f$form, ets_json(ets(y, model = f$model, damped = f$damped), f$form))
  })
  out$ets_forms_log <- lapply(ets_forms[c(1, 3, 4, 6)], function(f) {
    try_fit(f$form, ets_json(ets(y, model = f$model, damped = f$damped, lambda = 0), f$form))
  })
  out$ses_mse <- ets_json(ets(y, model = "ANN", opt.crit = "mse"), "ANN, opt.crit = mse")

  out$arima_orders <- lapply(arima_orders, function(o) {
    try_fit(o$label, arima_json(Arima(y, order = o$order, seasonal = o$seasonal,
                                      include.drift = o$drift, include.mean = o$mean), o$label))
  })
  out$auto_arima <- arima_json(auto.arima(y), "auto.arima")
  out$auto_arima_log <- arima_json(auto.arima(y, lambda = 0), "auto.arima, lambda = 0")

  out$thetaf <- theta_json(y)
  out$thetaf_log_input <- theta_json(ly)
  out$diagnostics <- diagnostics_json(y)

  file <- file.path(out_dir, paste0(s$id, ".json"))
  write_json(out, file, auto_unbox = TRUE, digits = NA, pretty = FALSE)
  cat("  wrote", file, "\n")
}

for (s in list(usbp_nationwide(), usbp_tucson(), usbp_san_diego(), cbp_sw_total())) reference(s)
