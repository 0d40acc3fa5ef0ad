"""Reports of a document checked alone (``duizhao check``): one module per output format,
all rendered from the same ``CheckResult`` and registered in ``app.report.CHECK_WRITERS``."""
