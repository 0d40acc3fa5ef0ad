"""Duizhao (对照): compare two versions of a Chinese document clause by clause."""

__version__ = "0.3.0"
