"""Data the window needs (translations, icons), installed as the package ``app.resources``."""
