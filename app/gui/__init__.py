"""The desktop window: PySide6 only here, a thin layer over the engine, readers and reports."""
