"""Whole sets of documents: pair two folders, compare every pair, write an index.

``pairing`` finds the pairs (by relative path and a name tolerant of script, draft and
extension changes, then by content), ``runner`` compares them on a process pool and writes
each pair's reports, ``index`` writes the batch index (``duizhao-batch`` version 1). No Qt:
the command line and the window's folder view both drive it.
"""
