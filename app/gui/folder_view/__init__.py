"""The folder view: the pairs of two folders in a table, compared in the background.

``FolderWindow`` holds the widgets, ``FolderModel``/``FolderFilter`` the rows, and
``FolderController`` the wiring: pairing, the batch run with progress and cancel, manual
pairing and exporting every report. Opening a pair is the main window's job; the controller
only asks for it through ``open_pair_requested``.
"""

from app.gui.folder_view.controller import FolderController
from app.gui.folder_view.window import FolderWindow

__all__ = ["FolderController", "FolderWindow"]
