"""The sample documents, installed as the package ``app.samples`` for Help ▸ Open sample."""
